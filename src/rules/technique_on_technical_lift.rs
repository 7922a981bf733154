use super::{Report, suggest};
use crate::declare_rule;
use crate::model::Model;

declare_rule! {
    /// ## What it checks
    /// Any technique (drop set, mechanical drop set, rest-pause, myo-reps) on a technical
    /// lift: an exercise with `skill high`, which in the built-in catalog means the
    /// Olympic lifts (cleans, snatches, jerks and their power, hang and split forms).
    ///
    /// ## Why
    /// These lifts are skill first: speed, timing and positions that fall apart long
    /// before the muscles fail. The rest-pause article lists Olympic lifts, technical
    /// hinges and unstable movements as poor candidates, and warns against using such
    /// methods on high-skill lifts because they sound hardcore
    /// (`002_58af7380838583ec.txt`, "Choose low-drama exercises", "Common mistakes").
    /// This rule replaces the two heavy-compound rules on such a line.
    ///
    /// ## Example
    /// ```wod
    /// program "Clean clusters"
    /// athlete advanced
    ///
    /// block "A" weeks 1-2 {
    ///   session "Pull" on mon {
    ///     Power Clean: 1 x 3 @ 80kg, rest-pause 2 x 1 pause 15s
    ///   }
    /// }
    /// ```
    ///
    /// ## Fix
    /// Do the lift as straight sets (or singles) with full rest.
    /// ```wod
    /// program "Clean clusters"
    /// athlete advanced
    ///
    /// block "A" weeks 1-2 {
    ///   session "Pull" on mon {
    ///     Power Clean: 5 x 2 @ 80kg, rest 2min
    ///   }
    /// }
    /// ```
    pub static META = {
        name: "technique-on-technical-lift",
        level: Error,
        kind: Guardrail,
        fix: None,
    }
}

pub fn check(model: &Model, report: &mut Report) {
    for (block, _, line) in model.written_lines() {
        let Some(technique) = &line.technique else {
            continue;
        };
        let entry = model.entry(line);
        if !entry.is_technical() {
            continue;
        }
        let Some(finding) = report.in_block(&META, block, line.location) else {
            continue;
        };
        finding.emit(
            format!(
                "{} on a technical lift ({})",
                suggest::technique(technique),
                entry.name
            ),
            "technical lift",
            format!(
                "do {} as straight sets with full rest; keep techniques for stable accessories at the end of the session",
                entry.name
            ),
            [],
        );
    }
}
