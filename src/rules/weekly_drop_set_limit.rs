use super::{Report, ordinal};
use crate::declare_rule;
use crate::model::{Block, Line, Model};
use crate::span::Location;

declare_rule! {
    /// ## What it checks
    /// More than three drop sets in a week. Every work set of a `drop` or `mechanical
    /// drop` line is a drop set (warm-ups are not), and a session done on two days counts
    /// twice. Sets given week by week or progressing are counted in each week. The line
    /// that holds the week's fourth drop set is reported, once, in the first week over.
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
        fix: None,
    }
}

/// Drop sets a week may hold.
const LIMIT: u32 = 3;

pub fn check(model: &Model, report: &mut Report) {
    for block in model.blocks.iter().filter(|b| b.derived_from.is_none()) {
        // The rule reports once per block: in the first week past the limit (later weeks
        // differ only where sets are given week by week or progress).
        let Some((week, finding)) = block
            .distinct_weeks()
            .find_map(|week| past_limit(block, week).map(|found| (week, found)))
        else {
            continue;
        };
        let Some(at) = report.in_block(&META, block, finding.line.location) else {
            continue;
        };
        let when = if week == 0 {
            "of the week".to_owned()
        } else {
            format!("of the week from week {} on", block.weeks.start() + week)
        };
        let counted_twice = if finding.repeated_session {
            " (a session done on two days counts twice)"
        } else {
            ""
        };
        at.emit(
            format!(
                "{} drop set {when} ({}); the articles advise at most {LIMIT} a week",
                ordinal(LIMIT + 1),
                model.entry(finding.line).name
            ),
            format!("holds the {} drop set", ordinal(LIMIT + 1)),
            format!(
                "the week has {} drop sets{counted_twice}: do {} of them as straight sets",
                finding.total,
                finding.total - LIMIT
            ),
            finding
                .earlier
                .into_iter()
                .map(|location| (location, "an earlier drop set".to_owned())),
        );
    }
}

struct PastLimit<'m> {
    /// The line that holds the first drop set past the limit.
    line: &'m Line,
    /// The lines holding the drop sets before it, in week order.
    earlier: Vec<Location>,
    total: u32,
    /// Whether a session with drop sets is done on two or more days.
    repeated_session: bool,
}

/// The week's drop sets in order, and where they pass the limit, if they do.
fn past_limit(block: &Block, week: u32) -> Option<PastLimit<'_>> {
    let mut count = 0;
    let mut earlier = Vec::new();
    let mut found = None;
    for (_, session, at) in block.week(week) {
        for line in session.lines.iter().filter(|l| l.is_drop_set()) {
            let sets = line.drop_sets_at(at);
            if found.is_none() && count + sets > LIMIT {
                found = Some(line);
            } else if found.is_none() {
                earlier.push(line.location);
            }
            count += sets;
        }
    }
    let repeated_session = block
        .sessions
        .iter()
        .any(|s| s.days.len() > 1 && s.lines.iter().any(Line::is_drop_set));
    found.map(|line| PastLimit {
        line,
        earlier,
        total: count,
        repeated_session,
    })
}
