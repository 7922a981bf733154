use super::Report;
use crate::ast::Goal;
use crate::declare_rule;
use crate::model::Model;

declare_rule! {
    /// ## What it checks
    /// A drop set (`drop` or `mechanical drop`) in a program whose goal is strength
    /// (`goal strength`).
    ///
    /// ## Why
    /// Drop sets are a hypertrophy tool: they pile up fatigue with light loads, which is
    /// the opposite of the heavy, well-rested work that builds maximal strength. Asked
    /// whether to use them for strength, the article answers no
    /// (`001_0a5e9ea24e371da4.txt`, "Should I use drop sets if my goal is strength, not
    /// size?").
    ///
    /// ## Example
    /// ```wod
    /// program "Peak"
    /// athlete advanced
    /// goal strength
    ///
    /// block "A" weeks 1-3 {
    ///   session "Upper" on mon {
    ///     Bench Press: 5 x 3 @ 100kg, rest 4min
    ///     Triceps Pushdown: 1 x 10 @ 30kg, drop 25%
    ///   }
    /// }
    /// ```
    ///
    /// ## Fix
    /// Do accessories as straight sets.
    /// ```wod
    /// program "Peak"
    /// athlete advanced
    /// goal strength
    ///
    /// block "A" weeks 1-3 {
    ///   session "Upper" on mon {
    ///     Bench Press: 5 x 3 @ 100kg, rest 4min
    ///     Triceps Pushdown: 3 x 10 @ 30kg
    ///   }
    /// }
    /// ```
    pub static META = {
        name: "drop-set-for-strength-goal",
        level: Warning,
        kind: Guardrail,
        fix: None,
    }
}

pub fn check(model: &Model, report: &mut Report) {
    if model.settings.goal != Goal::Strength {
        return;
    }
    for (block, _, line) in model.written_lines().filter(|(.., line)| line.is_drop_set()) {
        let Some(finding) = report.in_block(&META, block, line.location) else {
            continue;
        };
        finding.emit(
            format!("drop set in a strength program ({})", model.entry(line).name),
            "drop set with `goal strength`",
            "drop sets add fatigue without training heavy lifts: do straight sets, or set `goal hypertrophy` if size is the aim",
            [],
        );
    }
}
