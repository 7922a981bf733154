use std::collections::BTreeMap;

use super::{Report, suggest};
use crate::catalog::{Muscle, MuscleSet};
use crate::declare_rule;
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
    }
}

pub fn check(model: &Model, report: &mut Report) {
    for block in model.blocks.iter().filter(|b| b.derived_from.is_none()) {
        // The muscles to report at each anchor, with the line of the first session.
        let mut findings: BTreeMap<Location, Finding<'_>> = BTreeMap::new();
        for muscle in Muscle::ALL {
            let hits: Vec<(&Occurrence, &Session, &Line)> = block
                .week()
                .filter_map(|(occurrence, session)| {
                    let line = session
                        .lines
                        .iter()
                        .find(|l| l.is_drop_set() && l.muscles.contains(muscle))?;
                    Some((occurrence, session, line))
                })
                .collect();
            let [(first_occurrence, first_session, first_line), (occurrence, session, line), ..] =
                hits[..]
            else {
                continue;
            };
            let finding = findings.entry(line.location).or_insert_with(|| Finding {
                muscles: MuscleSet::default(),
                line,
                first: first_line,
                sessions: (
                    suggest::occurrence(first_session, first_occurrence),
                    suggest::occurrence(session, occurrence),
                ),
            });
            finding.muscles.insert(muscle);
        }
        for (anchor, finding) in findings {
            let Some(report_at) = report.at(&META, anchor) else {
                continue;
            };
            let muscles = suggest::muscles(finding.muscles);
            let (first, second) = &finding.sessions;
            report_at.emit(
                format!("drop sets hit {muscles} in two sessions of the week ({first} and {second})"),
                format!("second session with drop sets for {muscles}"),
                format!(
                    "keep drop sets for {muscles} to one session a week: do {} as straight sets, or rotate the drop set between weeks",
                    model.entry(finding.line).name
                ),
                [(finding.first.location, "drop set earlier in the week".to_owned())],
            );
        }
    }
}

struct Finding<'m> {
    muscles: MuscleSet,
    line: &'m Line,
    first: &'m Line,
    sessions: (String, String),
}
