use std::collections::BTreeMap;

use super::{Report, suggest};
use crate::vocabulary::{Muscle, MuscleSet};
use crate::declare_rule;
use crate::diagnostic::list_words;
use crate::model::{Line, Model, Session};
use crate::span::Location;

declare_rule! {
    /// ## What it checks
    /// A muscle trained in two or more sessions of a week (a session done on two days
    /// counts as two) that is hit by an intensified line in every one of them. The
    /// intensified line hitting it in the week's last such session is reported.
    ///
    /// ## Why
    /// A muscle trained twice a week recovers between the sessions only if one of them
    /// is easier. The article advises reserving the intense techniques for one of the two
    /// sessions and keeping the other clean with straight sets, so the extra stimulus
    /// does not double the recovery bill (`000_16b862246f4cca0a.txt`, "Drop sets,
    /// rest-pause, and recovery").
    ///
    /// ## Example
    /// ```wod
    /// program "Quads twice"
    /// athlete intermediate
    ///
    /// block "A" weeks 1-3 {
    ///   session "Legs A" on mon {
    ///     Leg Press: 3 x 10 @ 150kg
    ///     Leg Extension: 1 x 12 @ 50kg, drop 25%
    ///   }
    ///   session "Legs B" on thu {
    ///     Hack Squat: 3 x 10 @ 100kg
    ///     Leg Extension: 1 x 12 @ 50kg, rest-pause 2 x 3
    ///   }
    /// }
    /// ```
    ///
    /// ## Fix
    /// Keep one of the sessions that train the muscle free of techniques for it.
    /// ```wod
    /// program "Quads twice"
    /// athlete intermediate
    ///
    /// block "A" weeks 1-3 {
    ///   session "Legs A" on mon {
    ///     Leg Press: 3 x 10 @ 150kg
    ///     Leg Extension: 1 x 12 @ 50kg, drop 25%
    ///   }
    ///   session "Legs B" on thu {
    ///     Hack Squat: 3 x 10 @ 100kg
    ///     Leg Extension: 2 x 12 @ 50kg
    ///   }
    /// }
    /// ```
    pub static META = {
        name: "intensified-every-session",
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
            let sessions: Vec<(String, Option<&Line>, &Session)> = block
                .week(0)
                .filter(|(_, session, _)| session.lines.iter().any(|l| l.hits(muscle)))
                .map(|(occurrence, session, _)| {
                    let line = session
                        .lines
                        .iter()
                        .find(|l| l.is_intensified() && l.hits(muscle));
                    (suggest::occurrence(session, occurrence), line, session)
                })
                .collect();
            if sessions.len() < 2 || sessions.iter().any(|(_, line, _)| line.is_none()) {
                continue;
            }
            let (_, last, last_session) = sessions.last().expect("two or more sessions");
            let last = last.expect("every session has an intensified line");
            findings.entry(last.location).or_default().push(Hit {
                muscle,
                // Every technique on this muscle in the last session must go to fix it.
                in_last: last_session
                    .lines
                    .iter()
                    .filter(|l| l.is_intensified() && l.hits(muscle))
                    .collect(),
                earlier: sessions[..sessions.len() - 1]
                    .iter()
                    .filter_map(|(_, line, _)| *line)
                    .collect(),
                sessions: sessions.into_iter().map(|(name, ..)| name).collect(),
            });
        }
        for (anchor, hits) in findings {
            let Some(finding) = report.in_block(&META, block, anchor) else {
                continue;
            };
            let set: MuscleSet = hits.iter().map(|h| h.muscle).collect();
            let pronoun = if hits.len() == 1 { "it" } else { "them" };
            let muscles = suggest::muscles(set);
            let message = if hits.iter().all(|h| h.sessions == hits[0].sessions) {
                format!(
                    "techniques hit {muscles} in every session that trains {pronoun} ({})",
                    list_words(&hits[0].sessions, "and")
                )
            } else {
                format!("techniques hit {muscles} in every session that trains {pronoun}")
            };
            let mut straight: Vec<&str> = hits
                .iter()
                .flat_map(|h| &h.in_last)
                .map(|line| model.entry(line).name.as_str())
                .collect();
            straight.dedup();
            let mut earlier: Vec<&Line> = hits.iter().flat_map(|h| h.earlier.iter().copied()).collect();
            earlier.sort_by_key(|l| l.location);
            earlier.dedup_by_key(|l| l.location);
            finding.emit(
                message,
                format!("technique for {muscles} in the week's last such session"),
                format!(
                    "keep one session that trains {muscles} free of techniques for {pronoun}: here, do {} as straight sets",
                    list_words(&straight, "and")
                ),
                earlier
                    .into_iter()
                    .map(|l| (l.location, "technique earlier in the week".to_owned())),
            );
        }
    }
}

/// A muscle intensified in every session that trains it.
struct Hit<'m> {
    muscle: Muscle,
    /// The intensified lines hitting it in the week's last session.
    in_last: Vec<&'m Line>,
    /// The first intensified line hitting it in each earlier session.
    earlier: Vec<&'m Line>,
    /// The sessions that train it, in week order.
    sessions: Vec<String>,
}
