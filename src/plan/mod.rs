//! The program expanded week by week, with every value a backend prints worked out:
//! what `wodc compile` renders, computed once ([`build`]).
//!
//! Each week of each block gets its session occurrences, dated from `start`; each line
//! its sets with the loads of that week (progress applied from the block's second week,
//! `%` loads turned into masses where a `max` exists, everything in the program's units
//! and snapped to `round`), its drop loads, mini-sets and steps, a superset label, and
//! each session a length. The backends in [`crate::backends`] only render this.

mod calendar;
mod duration;
mod loads;

use crate::ast::{ClockTime, Effort, Reps, Tempo, Weekday};
use crate::model::{self, Model};
use crate::resolve::{MiniSets, Technique};
use crate::span::Location;

pub use loads::ComputedLoad;

/// The expanded program.
#[derive(Debug)]
pub struct Plan<'m> {
    pub model: &'m Model,
    pub weeks: Vec<Week<'m>>,
}

#[derive(Debug)]
pub struct Week<'m> {
    pub number: u32,
    /// The index of the block in [`Model::blocks`].
    pub block: usize,
    pub block_name: &'m str,
    pub deload: bool,
    pub sessions: Vec<Session<'m>>,
}

/// One session occurrence: a session on one day of one week.
#[derive(Debug)]
pub struct Session<'m> {
    pub name: &'m str,
    pub header: Location,
    pub day: Option<Weekday>,
    pub date: Option<jiff::civil::Date>,
    pub time: Option<ClockTime>,
    /// Whole minutes: as written with `for`, or estimated.
    pub duration_min: u32,
    pub duration_estimated: bool,
    pub exercises: Vec<Exercise<'m>>,
}

#[derive(Debug)]
pub struct Exercise<'m> {
    /// The catalog name, not the alias written.
    pub name: &'m str,
    pub source: Location,
    /// `A1`, `A2`, `B1`... for superset members.
    pub superset: Option<String>,
    pub technique: Option<&'m Technique>,
    pub tempo: Option<Tempo>,
    pub note: Option<&'m str>,
    pub sets: Vec<Set<'m>>,
}

/// One set as it is to be done.
#[derive(Debug, Clone)]
pub struct Set<'m> {
    pub reps: Reps,
    pub load: Option<ComputedLoad>,
    pub effort: Option<Effort>,
    /// Rest after the set, in seconds: as written; 0 between superset members; `None`
    /// when the program does not say.
    pub rest_s: Option<f64>,
    /// A drop set's loads, one per drop, each cut from the load just used.
    pub drops: Vec<Option<ComputedLoad>>,
    /// Rest-pause and myo-reps mini-sets.
    pub mini_sets: Vec<MiniSet>,
    /// A mechanical drop set's variations, in order.
    pub steps: Vec<&'m str>,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct MiniSet {
    pub reps: Reps,
    pub pause_s: f64,
}

/// The most sets a compiled program may expand to. A year of four sessions a week is a
/// few thousand sets; the limit is there so that a short file (520 weeks of daily
/// sessions of hundred-set lines) cannot make gigabytes of output.
pub const MAX_SETS: u64 = 1_000_000;

/// A program that expands to more than [`MAX_SETS`] sets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TooLarge {
    pub sets: u64,
}

impl std::fmt::Display for TooLarge {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "the program expands to {} sets, more than the {MAX_SETS} a compiled program may hold",
            self.sets
        )
    }
}

impl TooLarge {
    pub fn help(&self) -> &'static str {
        "a year of training is a few thousand sets: look for a `weeks` span, a `progress` of \
         sets or a session's days that multiply the work more than meant"
    }
}

/// How many sets the program expands to: what [`build`] would make, counted first.
fn set_count(model: &Model) -> u64 {
    model
        .weeks
        .iter()
        .map(|week| {
            model.blocks[week.block]
                .week()
                .flat_map(|(_, session)| &session.lines)
                .map(|line| u64::from(line.sets_in(week.index)))
                .sum::<u64>()
        })
        .sum()
}

/// Expands the model's weeks into sessions and sets, unless there would be more than
/// [`MAX_SETS`] of them.
pub fn build(model: &Model) -> Result<Plan<'_>, TooLarge> {
    let sets = set_count(model);
    if sets > MAX_SETS {
        return Err(TooLarge { sets });
    }
    let weeks = model
        .weeks
        .iter()
        .map(|week| {
            let block = &model.blocks[week.block];
            Week {
                number: week.number,
                block: week.block,
                block_name: &block.name,
                deload: block.deload,
                sessions: block
                    .week()
                    .map(|(occurrence, session)| {
                        let exercises = exercises(model, session, week.index);
                        let (duration_min, duration_estimated) =
                            duration::minutes(model, session, &exercises);
                        Session {
                            name: &session.name,
                            header: session.header,
                            day: occurrence.day,
                            date: calendar::date(model.settings.start, week.number, occurrence.day),
                            time: session.time,
                            duration_min,
                            duration_estimated,
                            exercises,
                        }
                    })
                    .collect(),
            }
        })
        .collect();
    Ok(Plan { model, weeks })
}

/// The exercises of a session in week `week` of its block (0 is the first).
fn exercises<'m>(model: &'m Model, session: &'m model::Session, week: u32) -> Vec<Exercise<'m>> {
    session
        .lines
        .iter()
        .enumerate()
        .map(|(index, line)| {
            let load = loads::of_week(model, line, week);
            let rest_s = rest_after(session, index);
            let set = Set {
                reps: line.reps,
                drops: loads::drops(model, line, load.as_ref()),
                load,
                effort: line.effort,
                rest_s,
                mini_sets: mini_sets(line.technique.as_ref()),
                steps: match &line.technique {
                    Some(Technique::MechanicalDrop(steps)) => {
                        steps.iter().map(|&s| model.name(s)).collect()
                    }
                    _ => Vec::new(),
                },
            };
            Exercise {
                name: model.name(line.exercise),
                source: line.location,
                superset: superset_label(session, index),
                technique: line.technique.as_ref(),
                tempo: line.tempo,
                note: line.note.as_deref(),
                sets: vec![set; line.sets_in(week) as usize],
            }
        })
        .collect()
}

fn mini_sets(technique: Option<&Technique>) -> Vec<MiniSet> {
    match technique {
        Some(
            Technique::RestPause(MiniSets { count, reps, pause })
            | Technique::MyoReps(MiniSets { count, reps, pause }),
        ) => {
            vec![
                MiniSet {
                    reps: *reps,
                    pause_s: pause.seconds,
                };
                *count as usize
            ]
        }
        _ => Vec::new(),
    }
}

/// The rest after each set of line `index`: its own `rest` if written; inside a
/// superset, none until the last member, which takes the superset's rest.
fn rest_after(session: &model::Session, index: usize) -> Option<f64> {
    let line = &session.lines[index];
    if let Some(rest) = line.rest {
        return Some(rest.seconds);
    }
    let superset = line.superset?;
    let last_member = session.lines[index + 1..]
        .iter()
        .all(|later| later.superset != Some(superset));
    if last_member {
        session.supersets[superset].rest.map(|r| r.seconds)
    } else {
        Some(0.0)
    }
}

/// `A1`, `A2` for the first superset of a session, `B1`... for the next.
fn superset_label(session: &model::Session, index: usize) -> Option<String> {
    let superset = session.lines[index].superset?;
    let letter = char::from(b'A' + (superset % 26) as u8);
    let position = session.lines[..=index]
        .iter()
        .filter(|l| l.superset == Some(superset))
        .count();
    Some(format!("{letter}{position}"))
}
