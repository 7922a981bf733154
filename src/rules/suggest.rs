//! Words and suggestions the rules share: technique names, muscle lists, where a
//! session falls in the week, and catalog exercises to use instead.

use crate::catalog::{Catalog, Entry};
use crate::diagnostic::list_words;
use crate::model::{Occurrence, Session};
use crate::resolve::Technique;
use crate::vocabulary::{Equipment, MuscleSet};

/// The technique as a noun: "drop set", "rest-pause"...
pub fn technique(technique: &Technique) -> &'static str {
    match technique {
        Technique::Drop(_) | Technique::DropTo(_) => "drop set",
        Technique::MechanicalDrop(_) => "mechanical drop set",
        Technique::RestPause(_) => "rest-pause",
        Technique::MyoReps(_) => "myo-reps",
    }
}

/// Muscles as a sentence lists them: "chest, front-delts and triceps".
pub fn muscles(set: MuscleSet) -> String {
    let names: Vec<&str> = set.iter().map(|m| m.as_str()).collect();
    list_words(&names, "and")
}

/// A session occurrence for people: `"Upper A" on mon`, or `"Upper A"` without a day.
pub fn occurrence(session: &Session, occurrence: &Occurrence) -> String {
    match occurrence.day {
        Some(day) => format!("\"{}\" on {}", session.name, day.as_str()),
        None => format!("\"{}\"", session.name),
    }
}

/// A built-in machine or cable exercise that trains what `entry` trains, for "do the
/// technique there instead": the one sharing the most muscles, a compound for a
/// compound, first in catalog order among equals.
pub fn safer_alternative(entry: &Entry) -> Option<&'static str> {
    // `max_by_key` returns the last of equals, so walk the catalog backwards.
    Catalog::built_in_entries()
        .iter()
        .rev()
        .filter(|candidate| {
            matches!(candidate.equipment, Equipment::Machine | Equipment::Cable)
                && !candidate.is_technical()
                && candidate.muscles.intersects(entry.muscles)
        })
        .max_by_key(|candidate| {
            let shared = candidate
                .muscles
                .iter()
                .filter(|&m| entry.muscles.contains(m))
                .count();
            (shared, candidate.mechanic == entry.mechanic)
        })
        .map(|candidate| candidate.name.as_str())
}

/// A built-in variation of `entry` for a mechanical drop: another exercise with the same
/// primary muscles, the same equipment if there is one, not a heavy barbell lift or a
/// technical one, and none of the names in `taken`.
pub fn variation(entry: &Entry, taken: &[&str]) -> Option<&'static str> {
    let same_muscles = |candidate: &&Entry| {
        candidate.muscles == entry.muscles
            && candidate.name != entry.name
            && !taken.contains(&candidate.name.as_str())
            && !candidate.is_technical()
            && !candidate.is_heavy_compound()
    };
    let entries = Catalog::built_in_entries();
    entries
        .iter()
        .filter(same_muscles)
        .find(|candidate| candidate.equipment == entry.equipment)
        .or_else(|| entries.iter().find(same_muscles))
        .map(|candidate| candidate.name.as_str())
}
