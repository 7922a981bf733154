use std::collections::BTreeMap;

use super::{Report, suggest};
use crate::vocabulary::{Muscle, MuscleSet};
use crate::declare_rule;
use crate::diagnostic::list_words;
use crate::model::{Line, Model, Occurrence, Session};
use crate::span::Location;

declare_rule! {
    /// ## What it checks
    /// A muscle hit by drop sets in more than one session of a week (a session done on two
    /// days counts as two). A line *hits* the primary muscles of its exercise. The first
    /// drop-set line hitting the muscle in the second such session is reported.
    ///
    /// ## Why
    /// A drop set leaves a muscle needing more time to recover than a straight set does.
    /// The article's limit is once per muscle group per week, and it suggests one drop set
    /// for one muscle group at the end of a session, rotating which muscle each week
    /// (`001_0a5e9ea24e371da4.txt`, "How often should I do drop sets?", "Sample Weekly
    /// Structure").
    ///
    /// ## Example
    /// ```wod
    /// program "Chest twice"
    /// athlete intermediate
    ///
    /// block "A" weeks 1-3 {
    ///   session "Upper A" on mon {
    ///     Bench Press: 3 x 8 @ 80kg
    ///     Pec Deck: 1 x 12 @ 50kg, drop 25%
    ///   }
    ///   session "Upper B" on thu {
    ///     Incline Dumbbell Press: 3 x 10 @ 30kg
    ///     Cable Fly: 1 x 12 @ 15kg, drop 25%
    ///   }
    /// }
    /// ```
    ///
    /// ## Fix
    /// Give each muscle drop sets in one session a week.
    /// ```wod
    /// program "Chest twice"
    /// athlete intermediate
    ///
    /// block "A" weeks 1-3 {
    ///   session "Upper A" on mon {
    ///     Bench Press: 3 x 8 @ 80kg
    ///     Pec Deck: 1 x 12 @ 50kg, drop 25%
    ///   }
    ///   session "Upper B" on thu {
    ///     Incline Dumbbell Press: 3 x 10 @ 30kg
    ///     Cable Fly: 2 x 12 @ 15kg
    ///   }
    /// }
    /// ```
    pub static META = {
        name: "muscle-drop-set-frequency",
        level: Warning,
        kind: Guardrail,
        fix: None,
    }
}

pub fn check(model: &Model, report: &mut Report) {
    for block in model.blocks.iter().filter(|b| b.derived_from.is_none()) {
        // One diagnostic per anchor, listing every muscle reported there.
        let mut findings: BTreeMap<Location, Vec<Hit<'_>>> = BTreeMap::new();
        for muscle in Muscle::ALL {
            let sessions: Vec<(&Occurrence, &Session, &Line)> = block
                .week(0)
                .filter_map(|(occurrence, session, _)| {
                    let line = session
                        .lines
                        .iter()
                        .find(|l| l.is_drop_set() && l.hits(muscle))?;
                    Some((occurrence, session, line))
                })
                .collect();
            if let [first, (_, _, second), ..] = sessions[..] {
                findings.entry(second.location).or_default().push(Hit {
                    muscle,
                    line: second,
                    first: first.2,
                    sessions: sessions
                        .iter()
                        .map(|(occurrence, session, _)| suggest::occurrence(session, occurrence))
                        .collect(),
                });
            }
        }
        for (anchor, hits) in findings {
            let Some(finding) = report.in_block(&META, block, anchor) else {
                continue;
            };
            let muscles: MuscleSet = hits.iter().map(|h| h.muscle).collect();
            let muscles = suggest::muscles(muscles);
            let name = &model.entry(hits[0].line).name;
            let same_sessions = hits.iter().all(|h| h.sessions == hits[0].sessions);
            let (message, help) = if same_sessions {
                let sessions = &hits[0].sessions;
                let message = format!(
                    "drop sets hit {muscles} in {} sessions of the week ({})",
                    sessions.len(),
                    list_words(sessions, "and")
                );
                let help = if sessions.len() == 2 {
                    format!("keep drop sets for {muscles} to one session a week: do {name} as straight sets")
                } else {
                    format!(
                        "keep drop sets for {muscles} to one session a week: do them as straight sets in all but one of the {} sessions",
                        sessions.len()
                    )
                };
                (message, help)
            } else {
                (
                    format!("drop sets hit {muscles} in more than one session of the week"),
                    format!("keep drop sets for each muscle to one session a week: do {name} as straight sets, and check the other sessions marked"),
                )
            };
            // One label per earlier line, naming every muscle it stands for.
            let mut earlier: BTreeMap<Location, MuscleSet> = BTreeMap::new();
            for hit in &hits {
                earlier.entry(hit.first.location).or_default().insert(hit.muscle);
            }
            let also = earlier.into_iter().map(|(location, muscles)| {
                let muscles = suggest::muscles(muscles);
                (location, format!("drop set for {muscles} earlier in the week"))
            });
            finding.emit(
                message,
                format!("another session with drop sets for {muscles}"),
                help,
                also,
            );
        }
    }
}

/// A muscle hit by drop sets in two or more sessions of the week.
struct Hit<'m> {
    muscle: Muscle,
    /// The first drop-set line hitting it in the second such session: the anchor.
    line: &'m Line,
    /// The drop-set line hitting it in the first such session.
    first: &'m Line,
    /// Every session of the week with drop sets for it.
    sessions: Vec<String>,
}
