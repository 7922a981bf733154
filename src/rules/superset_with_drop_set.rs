use super::Report;
use crate::ast::Athlete;
use crate::declare_rule;
use crate::model::Model;

declare_rule! {
    /// ## What it checks
    /// A drop set (`drop` or `mechanical drop`) inside a superset, unless the program is
    /// for an advanced lifter (`athlete advanced`). Without an `athlete` line the rule
    /// stays silent, since it cannot tell.
    ///
    /// ## Why
    /// Both methods cut rest to nothing; together they pile fatigue on fatigue, and the
    /// second exercise of the pair starts from a muscle already past failure. The article
    /// calls combining drop sets with supersets advanced territory
    /// (`001_0a5e9ea24e371da4.txt`, "Drop Set Protocol Examples").
    ///
    /// ## Example
    /// ```wod
    /// program "Arm superset"
    /// athlete intermediate
    ///
    /// block "A" weeks 1-2 {
    ///   session "Arms" on wed {
    ///     superset {
    ///       Dumbbell Curl: 2 x 10 @ 12kg, drop 25%
    ///       Triceps Pushdown: 2 x 10 @ 30kg
    ///     }
    ///   }
    /// }
    /// ```
    ///
    /// ## Fix
    /// Do the superset straight, and the drop set on its own afterwards.
    /// ```wod
    /// program "Arm superset"
    /// athlete intermediate
    ///
    /// block "A" weeks 1-2 {
    ///   session "Arms" on wed {
    ///     superset {
    ///       Hammer Curl: 2 x 10 @ 12kg
    ///       Triceps Pushdown: 2 x 10 @ 30kg
    ///     }
    ///     Dumbbell Curl: 1 x 10 @ 12kg, drop 25%
    ///   }
    /// }
    /// ```
    pub static META = {
        name: "superset-with-drop-set",
        level: Warning,
        kind: Guardrail,
        fix: None,
    }
}

pub fn check(model: &Model, report: &mut Report) {
    // Rules that need the lifter's training age stay silent when it is not given.
    if matches!(model.settings.athlete, None | Some(Athlete::Advanced)) {
        return;
    }
    for (block, session, line) in model.written_lines() {
        let Some(superset) = line.superset.filter(|_| line.is_drop_set()) else {
            continue;
        };
        let Some(finding) = report.in_block(&META, block, line.location) else {
            continue;
        };
        let name = &model.entry(line).name;
        finding.emit(
            format!("drop set inside a superset ({name})"),
            "drop set in a superset",
            format!(
                "take {name} out of the superset and do its drop set on its own; drop sets in supersets suit advanced lifters (`athlete advanced`)"
            ),
            [(session.supersets[superset].location, "the superset".to_owned())],
        );
    }
}
