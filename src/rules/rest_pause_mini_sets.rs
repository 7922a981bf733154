use super::Report;
use crate::declare_rule;
use crate::model::Model;
use crate::resolve::Technique;

declare_rule! {
    /// ## What it checks
    /// A `rest-pause` line with more than three mini-sets. Myo-reps, built around longer
    /// runs of short mini-sets, are exempt.
    ///
    /// ## Why
    /// Every mini-set starts closer to failure than the last, and the reps soon collapse
    /// into grinding. The article's recipe is two or three mini-sets
    /// (`000_16b862246f4cca0a.txt`, "How to perform a rest-pause": "Repeat for 2-3
    /// mini-sets"), and it advises starting from the least aggressive version.
    ///
    /// ## Example
    /// ```wod
    /// program "Long cluster"
    /// athlete intermediate
    ///
    /// block "A" weeks 1-2 {
    ///   session "Arms" on tue {
    ///     Cable Curl: 1 x 10 @ 25kg, rest-pause 4 x 3
    ///   }
    /// }
    /// ```
    ///
    /// ## Fix
    /// Stop at three mini-sets (or write the set as myo-reps if that is what it is).
    /// ```wod
    /// program "Long cluster"
    /// athlete intermediate
    ///
    /// block "A" weeks 1-2 {
    ///   session "Arms" on tue {
    ///     Cable Curl: 1 x 10 @ 25kg, rest-pause 3 x 3
    ///   }
    /// }
    /// ```
    pub static META = {
        name: "rest-pause-mini-sets",
        level: Warning,
        kind: Guardrail,
        fix: None,
    }
}

const MAX_MINI_SETS: u32 = 3;

pub fn check(model: &Model, report: &mut Report) {
    for (block, _, line) in model.written_lines() {
        let Some(Technique::RestPause(mini)) = &line.technique else {
            continue;
        };
        if mini.count <= MAX_MINI_SETS {
            continue;
        }
        let Some(finding) = report.in_block(&META, block, line.location) else {
            continue;
        };
        finding.emit(
            format!(
                "{}: {} rest-pause mini-sets; the articles advise 2-3",
                model.entry(line).name,
                mini.count
            ),
            format!("{} mini-sets", mini.count),
            format!(
                "stop at three mini-sets: `rest-pause {MAX_MINI_SETS} x {}`, and progress by adding reps to them",
                mini.reps
            ),
            [],
        );
    }
}
