//! How long a session takes: as written with `for`, or estimated.
//!
//! The estimate, documented in `docs/output.md`:
//! - each rep takes the line's tempo (an `X` part counts 1 s), or 3 s without one; a
//!   range counts its middle, AMRAP counts 10 reps, a hold or a continuous effort its
//!   duration, a distance the time it takes at 5 minutes a kilometre;
//! - per-side work (`each`) takes twice as long;
//! - each drop or mechanical step takes 10 s to change, then half the set's reps;
//! - each rest-pause or myo-reps mini-set takes its pause, then its reps;
//! - warm-up sets are followed by 1 min of rest each;
//! - after each work and back-off set comes its rest: as written (0 inside a superset
//!   until its last member), else 2 min after a compound exercise, 90 s after an
//!   isolation one and 1 min after conditioning.
//!
//! The total is rounded up to whole minutes.

use super::{Exercise, Set};
use crate::ast::{Reps, Tempo};
use crate::model::Session;
use crate::vocabulary::Mechanic;

const SECONDS_PER_REP: f64 = 3.0;
const EXPLOSIVE_PART_SECONDS: f64 = 1.0;
const AMRAP_REPS: f64 = 10.0;
const CHANGE_SECONDS: f64 = 10.0;
const REST_AFTER_COMPOUND: f64 = 120.0;
const REST_AFTER_ISOLATION: f64 = 90.0;
const REST_AFTER_CONDITIONING: f64 = 60.0;
/// The pace a distance is covered at, in seconds per metre: 5 minutes a kilometre.
const SECONDS_PER_METRE: f64 = 0.3;

/// The session's length in whole minutes, and whether it is an estimate.
pub(super) fn minutes(session: &Session, exercises: &[Exercise<'_>]) -> (u32, bool) {
    if let Some(written) = session.duration {
        return (whole_minutes(written.seconds), false);
    }
    let seconds: f64 = exercises
        .iter()
        .map(|exercise| {
            let default_rest = match exercise.mechanic {
                Mechanic::Compound => REST_AFTER_COMPOUND,
                Mechanic::Isolation => REST_AFTER_ISOLATION,
                Mechanic::Conditioning => REST_AFTER_CONDITIONING,
            };
            exercise
                .sets
                .iter()
                .map(|set| set_seconds(set, exercise, default_rest))
                .sum::<f64>()
        })
        .sum();
    (whole_minutes(seconds), true)
}

fn set_seconds(set: &Set<'_>, exercise: &Exercise<'_>, default_rest: f64) -> f64 {
    let per_rep = exercise.tempo.map_or(SECONDS_PER_REP, |Tempo(parts)| {
        parts
            .iter()
            .map(|part| part.map_or(EXPLOSIVE_PART_SECONDS, f64::from))
            .sum()
    });
    let sides = if exercise.each { 2.0 } else { 1.0 };
    let work = |reps: Reps| {
        sides
            * match reps {
                Reps::Exact(n) => f64::from(n) * per_rep,
                Reps::Range(low, high) => f64::from(low + high) / 2.0 * per_rep,
                Reps::Amrap => AMRAP_REPS * per_rep,
                Reps::Hold(duration) => duration.seconds,
                Reps::Distance(distance) => distance.metres() * SECONDS_PER_METRE,
            }
    };
    let changes = (set.drops.len() + set.steps.len()) as f64;
    let mini_sets: f64 = set.mini_sets.iter().map(|m| m.pause_s + work(m.reps)).sum();
    work(set.reps)
        + changes * (CHANGE_SECONDS + work(set.reps) / 2.0)
        + mini_sets
        + set.rest_s.unwrap_or(default_rest)
}

fn whole_minutes(seconds: f64) -> u32 {
    (seconds / 60.0).ceil().min(f64::from(u32::MAX)) as u32
}
