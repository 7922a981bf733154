use super::{Report, suggest};
use crate::ast::Athlete;
use crate::declare_rule;
use crate::model::Model;

declare_rule! {
    /// ## What it checks
    /// Any technique in a program for a beginner (`athlete beginner`).
    ///
    /// ## Why
    /// A beginner still grows from straight sets and progressive overload, and is still
    /// learning the movements; the techniques add fatigue and put that technique at risk
    /// for no extra gain. All three articles say so: build the base first
    /// (`000_16b862246f4cca0a.txt`, "Are they suitable for beginners?";
    /// `001_0a5e9ea24e371da4.txt`, "They are not for beginners";
    /// `002_58af7380838583ec.txt`, "Caveats").
    ///
    /// ## Example
    /// ```wod
    /// program "First program"
    /// athlete beginner
    ///
    /// block "Base" weeks 1-3 {
    ///   session "Full Body" on mon {
    ///     Leg Press: 3 x 10 @ 120kg
    ///     Leg Extension: 1 x 12 @ 40kg, drop 25%
    ///   }
    /// }
    /// ```
    ///
    /// ## Fix
    /// Use straight sets and add load or reps week by week.
    /// ```wod
    /// program "First program"
    /// athlete beginner
    ///
    /// block "Base" weeks 1-3 {
    ///   session "Full Body" on mon {
    ///     Leg Press: 3 x 10 @ 120kg, progress +5kg/week
    ///     Leg Extension: 2 x 12 @ 40kg
    ///   }
    /// }
    /// ```
    pub static META = {
        name: "technique-for-beginner",
        level: Error,
        kind: Guardrail,
        fix: None,
    }
}

pub fn check(model: &Model, report: &mut Report) {
    if model.settings.athlete != Some(Athlete::Beginner) {
        return;
    }
    for (block, _, line) in model.written_lines() {
        let Some(technique) = &line.technique else {
            continue;
        };
        let Some(finding) = report.in_block(&META, block, line.location) else {
            continue;
        };
        finding.emit(
            format!(
                "{} in a program for a beginner ({})",
                suggest::technique(technique),
                model.entry(line).name
            ),
            "not for beginners",
            "build the base with straight sets and progressive overload (`progress +2.5kg/week`); add techniques once progress with straight sets slows",
            [],
        );
    }
}
