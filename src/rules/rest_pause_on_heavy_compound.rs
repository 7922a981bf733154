use super::{Report, suggest};
use crate::declare_rule;
use crate::model::Model;
use crate::resolve::Technique;

declare_rule! {
    /// ## What it checks
    /// Rest-pause or myo-reps on a heavy compound: a compound lift loaded on a barbell.
    ///
    /// ## Why
    /// Rest-pause keeps the load and cuts the rest to a few breaths, so every mini-set
    /// starts already tired. Machines and a few guided compounds take that well; on heavy
    /// free weights the articles urge caution (`000_16b862246f4cca0a.txt`, "Which
    /// exercises to choose") and list heavy compounds among the poor candidates, where a
    /// tired rep turns into a different, riskier movement (`002_58af7380838583ec.txt`,
    /// "Choose low-drama exercises").
    ///
    /// ## Example
    /// ```wod
    /// program "Deadlift clusters"
    /// athlete advanced
    ///
    /// block "A" weeks 1-3 {
    ///   session "Pull" on mon {
    ///     Deadlift: 1 x 5 @ 140kg, rest-pause 2 x 2 pause 15s
    ///   }
    /// }
    /// ```
    ///
    /// ## Fix
    /// Do the barbell lift as straight sets with full rest, and use rest-pause on a
    /// stable machine or cable exercise.
    /// ```wod
    /// program "Deadlift clusters"
    /// athlete advanced
    ///
    /// block "A" weeks 1-3 {
    ///   session "Pull" on mon {
    ///     Deadlift: 3 x 5 @ 140kg, rest 3min
    ///     Lying Leg Curl: 1 x 8 @ 40kg, rest-pause 2 x 3 pause 15s
    ///   }
    /// }
    /// ```
    pub static META = {
        name: "rest-pause-on-heavy-compound",
        level: Warning,
        kind: Guardrail,
        fix: None,
    }
}

pub fn check(model: &Model, report: &mut Report) {
    for (block, _, line) in model.written_lines() {
        let Some(technique @ (Technique::RestPause(_) | Technique::MyoReps(_))) = &line.technique
        else {
            continue;
        };
        let entry = model.entry(line);
        if !entry.is_heavy_compound() || entry.is_technical() {
            continue;
        }
        let Some(finding) = report.in_block(&META, block, line.location) else {
            continue;
        };
        let words = suggest::technique(technique);
        let help = match suggest::safer_alternative(entry) {
            Some(other) => format!(
                "keep {} to straight sets with full rest and use {words} on a stable exercise such as {other}",
                entry.name
            ),
            None => format!("keep {} to straight sets with full rest", entry.name),
        };
        finding.emit(
            format!("{words} on a heavy barbell compound ({})", entry.name),
            "heavy barbell compound",
            help,
            [],
        );
    }
}
