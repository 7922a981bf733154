use super::{Report, ordinal};
use crate::declare_rule;
use crate::model::Model;

declare_rule! {
    /// ## What it checks
    /// A session with more than two intensified lines (lines with a technique). Each
    /// intensified line after the second is reported.
    ///
    /// ## Why
    /// The techniques are a spice, not the meal: one or two finishers give the extra
    /// stimulus, and more turn the whole session into recovery debt. The articles say
    /// one or two drop sets at the end of a session is enough
    /// (`000_16b862246f4cca0a.txt`, "How to perform a drop set") and keep rest-pause to
    /// one or two accessory exercises a session (`002_58af7380838583ec.txt`, "How to use
    /// this guide").
    ///
    /// ## Example
    /// ```wod
    /// program "Everything intensified"
    /// athlete intermediate
    ///
    /// block "A" weeks 1-3 {
    ///   session "Push" on mon {
    ///     Bench Press: 3 x 6 @ 90kg, rest 3min
    ///     Cable Fly: 2 x 12 @ 15kg, rest-pause 2 x 3
    ///     Triceps Pushdown: 1 x 12 @ 30kg, drop 25%
    ///     Lateral Raise: 1 x 15 @ 8kg, myo-reps 3 x 4
    ///   }
    /// }
    /// ```
    ///
    /// ## Fix
    /// Keep techniques to the last one or two exercises.
    /// ```wod
    /// program "Everything intensified"
    /// athlete intermediate
    ///
    /// block "A" weeks 1-3 {
    ///   session "Push" on mon {
    ///     Bench Press: 3 x 6 @ 90kg, rest 3min
    ///     Cable Fly: 3 x 12 @ 15kg, rest 90s
    ///     Triceps Pushdown: 1 x 12 @ 30kg, drop 25%
    ///     Lateral Raise: 1 x 15 @ 8kg, myo-reps 3 x 4
    ///   }
    /// }
    /// ```
    pub static META = {
        name: "too-many-techniques",
        level: Warning,
        kind: Guardrail,
        fix: None,
    }
}

/// Intensified lines a session may hold.
const ENOUGH: usize = 2;

pub fn check(model: &Model, report: &mut Report) {
    for block in model.blocks.iter().filter(|b| b.derived_from.is_none()) {
        for session in &block.sessions {
            let intensified: Vec<_> = session.lines.iter().filter(|l| l.is_intensified()).collect();
            for (index, line) in intensified.iter().enumerate().skip(ENOUGH) {
                let Some(finding) = report.in_block(&META, block, line.location) else {
                    continue;
                };
                let also = intensified[..ENOUGH]
                    .iter()
                    .map(|first| (first.location, "intensified line".to_owned()));
                finding.emit(
                    format!(
                        "{} intensified line in session \"{}\"; the articles advise one or two",
                        ordinal(index as u32 + 1),
                        session.name
                    ),
                    "one technique too many",
                    format!(
                        "do {} as straight sets, and keep techniques for the last one or two exercises",
                        model.entry(line).name
                    ),
                    also,
                );
            }
        }
    }
}
