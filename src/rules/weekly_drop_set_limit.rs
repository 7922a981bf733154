use super::{Report, ordinal};
use crate::declare_rule;
use crate::model::Model;

declare_rule! {
    /// ## What it checks
    /// More than three drop sets in a week. Every set of a `drop` or `mechanical drop`
    /// line is a drop set, and a session done on two days counts twice. The line that
    /// holds the week's fourth drop set is reported.
    ///
    /// ## Why
    /// A drop set costs about three times the fatigue of a straight set; the article
    /// warns that more than three drop sets in total per week likely means overtraining,
    /// and that two or three a week, spread out, is what even advanced lifters handle
    /// (`001_0a5e9ea24e371da4.txt`, "The Drop Set Fatigue Ratio", "How often should I do
    /// drop sets?").
    ///
    /// ## Example
    /// ```wod
    /// program "Drop-heavy week"
    /// athlete advanced
    ///
    /// block "A" weeks 1-2 {
    ///   session "Arms" on mon {
    ///     Dumbbell Curl: 1 x 10 @ 14kg, drop 25%
    ///     Triceps Pushdown: 1 x 10 @ 40kg, drop 25%
    ///   }
    ///   session "Shoulders" on wed {
    ///     Lateral Raise: 1 x 12 @ 10kg, drop 25%
    ///     Leg Extension: 1 x 10 @ 60kg, drop 25%
    ///   }
    /// }
    /// ```
    ///
    /// ## Fix
    /// Keep to three drop sets a week; do the others as straight sets.
    /// ```wod
    /// program "Drop-heavy week"
    /// athlete advanced
    ///
    /// block "A" weeks 1-2 {
    ///   session "Arms" on mon {
    ///     Dumbbell Curl: 1 x 10 @ 14kg, drop 25%
    ///     Triceps Pushdown: 1 x 10 @ 40kg, drop 25%
    ///   }
    ///   session "Shoulders" on wed {
    ///     Lateral Raise: 1 x 12 @ 10kg, drop 25%
    ///     Leg Extension: 2 x 10 @ 60kg
    ///   }
    /// }
    /// ```
    pub static META = {
        name: "weekly-drop-set-limit",
        level: Warning,
        kind: Guardrail,
    }
}

/// Drop sets a week may hold.
const LIMIT: u32 = 3;

pub fn check(model: &Model, report: &mut Report) {
    for block in model.blocks.iter().filter(|b| b.derived_from.is_none()) {
        for week in block.distinct_weeks() {
            let mut count = 0;
            let mut earlier = Vec::new();
            let lines = block.week().flat_map(|(_, session)| &session.lines);
            for line in lines.filter(|line| line.is_drop_set()) {
                let sets = line.drop_sets_in(week);
                if count <= LIMIT && count + sets > LIMIT {
                    let total: u32 = block
                        .week()
                        .flat_map(|(_, s)| &s.lines)
                        .map(|l| l.drop_sets_in(week))
                        .sum();
                    if let Some(finding) = report.at(&META, line.location) {
                        finding.emit(
                            format!(
                                "{} drop set of the week ({}); the articles advise at most {LIMIT} a week",
                                ordinal(LIMIT + 1),
                                model.entry(line).name
                            ),
                            format!("holds the {} drop set", ordinal(LIMIT + 1)),
                            format!(
                                "this week has {total} drop sets: do some of them as straight sets, or rotate them over the weeks"
                            ),
                            earlier.iter().map(|&location| (location, "an earlier drop set".to_owned())),
                        );
                    }
                    break;
                }
                count += sets;
                earlier.push(line.location);
            }
        }
    }
}
