use std::collections::BTreeMap;

use super::{Report, suggest};
use crate::catalog::{Muscle, MuscleSet};
use crate::declare_rule;
use crate::model::{Line, Model};
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
    }
}

pub fn check(model: &Model, report: &mut Report) {
    for block in model.blocks.iter().filter(|b| b.derived_from.is_none()) {
        let mut findings: BTreeMap<Location, (MuscleSet, &Line, Vec<&Line>, usize)> = BTreeMap::new();
        for muscle in Muscle::ALL {
            let sessions: Vec<Option<&Line>> = block
                .week()
                .filter(|(_, session)| session.lines.iter().any(|l| l.muscles.contains(muscle)))
                .map(|(_, session)| {
                    session
                        .lines
                        .iter()
                        .find(|l| l.is_intensified() && l.muscles.contains(muscle))
                })
                .collect();
            if sessions.len() < 2 || sessions.iter().any(Option::is_none) {
                continue;
            }
            let lines: Vec<&Line> = sessions.into_iter().flatten().collect();
            let (last, earlier) = lines.split_last().expect("two or more sessions");
            let entry = findings
                .entry(last.location)
                .or_insert_with(|| (MuscleSet::default(), last, earlier.to_vec(), lines.len()));
            entry.0.insert(muscle);
        }
        for (anchor, (muscles, line, earlier, count)) in findings {
            let Some(finding) = report.at(&META, anchor) else {
                continue;
            };
            let pronoun = if muscles.iter().count() == 1 { "it" } else { "them" };
            let muscles = suggest::muscles(muscles);
            finding.emit(
                format!("techniques hit {muscles} in every session that trains {pronoun} ({count} a week)"),
                format!("technique for {muscles} in the week's last session"),
                format!(
                    "keep one of the {count} sessions that train {muscles} free of techniques: do {} as straight sets",
                    model.entry(line).name
                ),
                earlier
                    .into_iter()
                    .map(|l| (l.location, "technique earlier in the week".to_owned())),
            );
        }
    }
}
