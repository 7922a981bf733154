use super::{Report, suggest};
use crate::vocabulary::MuscleSet;
use crate::declare_rule;
use crate::model::Model;

declare_rule! {
    /// ## What it checks
    /// A triple drop set (exactly three load drops, by `drop` or `drop to`) on an
    /// exercise that trains a muscle other than the small ones: biceps, triceps,
    /// forearms, side delts, rear delts and calves.
    ///
    /// ## Why
    /// Small muscles recover quickly, so they can take the deepest version of the
    /// technique; large ones pay for it for days. The article reserves the triple drop
    /// for small muscles like biceps or triceps (`001_0a5e9ea24e371da4.txt`, "Drop Set
    /// Protocol Examples", "Triple Drop (Advanced)").
    ///
    /// ## Example
    /// ```wod
    /// program "Quad triple"
    /// athlete advanced
    ///
    /// block "A" weeks 1-2 {
    ///   session "Legs" on wed {
    ///     Leg Extension: 1 x 10 @ 60kg, drop 25% 25% 25%
    ///   }
    /// }
    /// ```
    ///
    /// ## Fix
    /// Use two drops on large muscles; keep triple drops for arms, side and rear delts
    /// and calves.
    /// ```wod
    /// program "Quad triple"
    /// athlete advanced
    ///
    /// block "A" weeks 1-2 {
    ///   session "Legs" on wed {
    ///     Leg Extension: 1 x 10 @ 60kg, drop 25% 25%
    ///   }
    /// }
    /// ```
    pub static META = {
        name: "triple-drop-on-large-muscle",
        level: Warning,
        kind: Guardrail,
        fix: None,
    }
}

pub fn check(model: &Model, report: &mut Report) {
    for (block, _, line) in model.written_lines() {
        if line.technique.as_ref().map(|t| t.load_drops()) != Some(3) {
            continue;
        }
        let large: MuscleSet = line.muscles.iter().filter(|m| !m.is_small()).collect();
        if large.is_empty() {
            continue;
        }
        let Some(finding) = report.in_block(&META, block, line.location) else {
            continue;
        };
        let name = &model.entry(line).name;
        finding.emit(
            format!(
                "triple drop set on {name}, which trains {} (not {})",
                suggest::muscles(large),
                if large.iter().count() == 1 { "a small muscle" } else { "small muscles" }
            ),
            "three drops",
            format!(
                "use at most two drops on {name} (`drop 25% 25%`); keep triple drops for small muscles such as biceps and triceps"
            ),
            [],
        );
    }
}
