use super::{Report, suggest};
use crate::vocabulary::Mechanic;
use crate::declare_rule;
use crate::model::Model;

declare_rule! {
    /// ## What it checks
    /// An intensified line (one with a technique) that comes before a compound line
    /// without a technique in the same session. Conditioning (cardio, sleds, carries) is
    /// never a compound line: a finisher on the rower may follow a technique.
    ///
    /// ## Why
    /// Techniques belong at the end of a session, as a finisher: the compounds that build
    /// strength are done first, while you are fresh, and the targeted intensification
    /// comes after (`000_16b862246f4cca0a.txt`, "When to use them" and "Drop sets and
    /// rest-pause in a real program"). Done first, a drop set or rest-pause leaves the
    /// main lifts to a tired muscle and may hold back strength progress
    /// (`001_0a5e9ea24e371da4.txt`, "Drop Set Pros and Cons").
    ///
    /// ## Example
    /// ```wod
    /// program "Finisher first"
    /// athlete intermediate
    ///
    /// block "A" weeks 1-3 {
    ///   session "Push" on mon {
    ///     Machine Chest Press: 1 x 10 @ 70kg, drop 25%
    ///     Bench Press: 3 x 6 @ 90kg, rest 3min
    ///   }
    /// }
    /// ```
    ///
    /// ## Fix
    /// Move the intensified line after the main lifts.
    /// ```wod
    /// program "Finisher first"
    /// athlete intermediate
    ///
    /// block "A" weeks 1-3 {
    ///   session "Push" on mon {
    ///     Bench Press: 3 x 6 @ 90kg, rest 3min
    ///     Machine Chest Press: 1 x 10 @ 70kg, drop 25%
    ///   }
    /// }
    /// ```
    pub static META = {
        name: "technique-before-main-lift",
        level: Warning,
        kind: Guardrail,
        fix: None,
    }
}

pub fn check(model: &Model, report: &mut Report) {
    for block in model.blocks.iter().filter(|b| b.derived_from.is_none()) {
        for session in &block.sessions {
            for (index, line) in session.lines.iter().enumerate() {
                let Some(technique) = &line.technique else {
                    continue;
                };
                let compounds: Vec<_> = session.lines[index + 1..]
                    .iter()
                    .filter(|later| {
                        later.technique.is_none() && model.entry(later).mechanic == Mechanic::Compound
                    })
                    .collect();
                let (Some(next), Some(last)) = (compounds.first(), compounds.last()) else {
                    continue;
                };
                let Some(finding) = report.in_block(&META, block, line.location) else {
                    continue;
                };
                let next_name = &model.entry(next).name;
                let after = if compounds.len() == 1 {
                    next_name.clone()
                } else {
                    format!("the compound lifts (the last is {})", model.entry(last).name)
                };
                finding.emit(
                    format!(
                        "{} on {} comes before {next_name}, a compound lift",
                        suggest::technique(technique),
                        model.entry(line).name
                    ),
                    "technique before a compound lift",
                    format!("move this line after {after}: techniques go at the end of the session"),
                    [(next.location, "compound lift done after it".to_owned())],
                );
            }
        }
    }
}
