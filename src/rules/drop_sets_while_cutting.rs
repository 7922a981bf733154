use super::{Report, ordinal};
use crate::ast::Phase;
use crate::declare_rule;
use crate::model::{At, Line, Model, Session};
use crate::span::Location;

declare_rule! {
    /// ## What it checks
    /// With `phase cut`, more than one drop set in one session. The line that holds the
    /// session's second drop set is reported.
    ///
    /// ## Why
    /// On a calorie deficit recovery is already short, and drop sets are among the most
    /// fatiguing sets there are. The article's advice when cutting: one drop set per
    /// workout is plenty (`001_0a5e9ea24e371da4.txt`, "When to Use Drop Sets", the
    /// cutting row of its table).
    ///
    /// ## Example
    /// ```wod
    /// program "Cut"
    /// athlete intermediate
    /// phase cut
    ///
    /// block "A" weeks 1-3 {
    ///   session "Arms" on mon {
    ///     Triceps Pushdown: 1 x 10 @ 30kg, drop 25%
    ///     Dumbbell Curl: 1 x 10 @ 12kg, drop 25%
    ///   }
    /// }
    /// ```
    ///
    /// ## Fix
    /// Keep one drop set per session while cutting.
    /// ```wod
    /// program "Cut"
    /// athlete intermediate
    /// phase cut
    ///
    /// block "A" weeks 1-3 {
    ///   session "Arms" on mon {
    ///     Triceps Pushdown: 1 x 10 @ 30kg, drop 25%
    ///     Dumbbell Curl: 2 x 10 @ 12kg
    ///   }
    /// }
    /// ```
    pub static META = {
        name: "drop-sets-while-cutting",
        level: Warning,
        kind: Guardrail,
        fix: None,
    }
}

/// Drop sets a session may hold on a cut.
const LIMIT: u32 = 1;

pub fn check(model: &Model, report: &mut Report) {
    if model.settings.phase != Phase::Cut {
        return;
    }
    for block in model.blocks.iter().filter(|b| b.derived_from.is_none()) {
        for session in &block.sessions {
            // Once per session and block: in the first week past the limit.
            let Some((line, first, sets)) = block
                .places(session)
                .into_iter()
                .find_map(|at| second_drop_set(session, at))
            else {
                continue;
            };
            let Some(finding) = report.in_block(&META, block, line.location) else {
                continue;
            };
            let name = &model.entry(line).name;
            let help = match first {
                Some(_) => format!("one drop set per session is plenty on a cut: do {name} as straight sets"),
                None => format!("one drop set per session is plenty on a cut: do {name} as one drop set (`1 x`) and the other {} as straight sets", sets - 1),
            };
            finding.emit(
                format!(
                    "{} drop set in session \"{}\" while cutting",
                    ordinal(LIMIT + 1),
                    session.name
                ),
                format!("holds the {} drop set", ordinal(LIMIT + 1)),
                help,
                first.map(|location| (location, "the session's first drop set".to_owned())),
            );
        }
    }
}

/// The line holding the session's second drop set at `at`, the line of the first (when
/// it is another line), and the drop sets of the line.
fn second_drop_set(session: &Session, at: At) -> Option<(&Line, Option<Location>, u32)> {
    let mut first = None;
    let mut count = 0;
    for line in session.lines.iter().filter(|l| l.is_drop_set()) {
        let sets = line.drop_sets_at(at);
        if count + sets > LIMIT {
            return Some((line, first, sets));
        }
        count += sets;
        first = Some(line.location);
    }
    None
}
