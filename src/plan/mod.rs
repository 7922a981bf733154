//! The program expanded week by week, with every value a backend prints worked out:
//! what `wodc compile` renders, computed once ([`build`]).
//!
//! Each week of each block gets its session occurrences, dated from `start`; each line
//! its sets as they are done: warm-ups first, then the work sets with the loads of that
//! place in the block (week lists and progressions applied, `%` loads made masses where a
//! `max` exists, computed loads snapped; see [`crate::model::loads`]), their drops,
//! mini-sets and steps, then the back-off sets; each superset member its label; each
//! session a length. The backends in [`crate::backends`] only render this.

mod calendar;
mod duration;

use crate::ast::{ClockTime, Effort, Reps, Tempo, Weekday};
use crate::model::{self, At, Model, loads};
use crate::resolve::{MiniSets, Technique};
use crate::span::Location;
use crate::vocabulary::{Equipment, Mechanic};

pub use crate::model::loads::ComputedLoad;

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
    /// The session's own notes.
    pub notes: &'m [String],
    pub exercises: Vec<Exercise<'m>>,
}

#[derive(Debug)]
pub struct Exercise<'m> {
    /// The catalog name, not the alias written.
    pub name: &'m str,
    pub equipment: Equipment,
    pub mechanic: Mechanic,
    pub source: Location,
    /// `A1`, `A2`, `B1`... for superset members.
    pub superset: Option<String>,
    pub technique: Option<&'m Technique>,
    pub tempo: Option<Tempo>,
    pub note: Option<&'m str>,
    /// The exercise whose max the percentages are of, when not this one (`of`).
    pub max_of: Option<&'m str>,
    /// Per side (`each`): every set is done once on each side.
    pub each: bool,
    /// Warm-ups, then work sets, then back-off sets.
    pub sets: Vec<Set<'m>>,
}

impl Exercise<'_> {
    /// The work sets alone.
    pub fn work_sets(&self) -> impl Iterator<Item = &Set<'_>> {
        self.sets.iter().filter(|s| s.kind == SetKind::Work)
    }
}

/// What a set is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SetKind {
    /// Before the work sets: counted nowhere.
    Warmup,
    Work,
    /// After the work sets, lighter: hard straight sets.
    Backoff,
}

impl SetKind {
    /// The word in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Warmup => "warmup",
            Self::Work => "work",
            Self::Backoff => "backoff",
        }
    }
}

/// One set as it is to be done.
#[derive(Debug, Clone)]
pub struct Set<'m> {
    pub kind: SetKind,
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

/// The rest between warm-up sets: what the length estimate counts (`language.md`).
pub const WARMUP_REST_SECONDS: f64 = 60.0;

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
                .week(week.index)
                .flat_map(|(_, session, at)| session.lines.iter().map(move |line| (line, at)))
                .map(|(line, at)| {
                    let warmups = line.warmup.len() as u64;
                    let backoffs = line.backoff().map_or(0, |b| u64::from(b.sets));
                    warmups + u64::from(line.sets_at(at)) + backoffs
                })
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
                    .week(week.index)
                    .map(|(occurrence, session, at)| {
                        let Worked {
                            exercises,
                            duration_min,
                            duration_estimated,
                        } = worked(model, session, at);
                        Session {
                            name: &session.name,
                            header: session.header,
                            day: occurrence.day,
                            date: calendar::date(model.settings.start, week.number, occurrence.day),
                            time: session.time,
                            duration_min,
                            duration_estimated,
                            notes: &session.notes,
                            exercises,
                        }
                    })
                    .collect(),
            }
        })
        .collect();
    Ok(Plan { model, weeks })
}

/// A session's work at one place of its block.
#[derive(Debug)]
pub struct Worked<'m> {
    pub exercises: Vec<Exercise<'m>>,
    /// Whole minutes: as written with `for`, or estimated.
    pub duration_min: u32,
    pub duration_estimated: bool,
}

/// The exercises and length of `session` at place `at` of its block: what [`build`]
/// makes of each occurrence, for one session alone (the language server's hovers and
/// inlay hints ask for a line or a session, not the whole program).
pub fn worked<'m>(model: &'m Model, session: &'m model::Session, at: At) -> Worked<'m> {
    let exercises = exercises(model, session, at);
    let (duration_min, duration_estimated) = duration::minutes(session, &exercises);
    Worked {
        exercises,
        duration_min,
        duration_estimated,
    }
}

/// The exercises of a session at place `at` of its block.
fn exercises<'m>(model: &'m Model, session: &'m model::Session, at: At) -> Vec<Exercise<'m>> {
    session
        .lines
        .iter()
        .enumerate()
        .map(|(index, line)| {
            let entry = model.entry(line);
            let load = loads::load_at(model, line, at);
            let rest_s = rest_after(session, index);
            let mut sets: Vec<Set<'m>> = line
                .warmup
                .iter()
                .map(|&step| Set {
                    kind: SetKind::Warmup,
                    reps: step.reps,
                    load: loads::warmup(model, line, step, load.as_ref()),
                    effort: None,
                    rest_s: Some(WARMUP_REST_SECONDS),
                    drops: Vec::new(),
                    mini_sets: Vec::new(),
                    steps: Vec::new(),
                })
                .collect();
            let work = Set {
                kind: SetKind::Work,
                reps: line.reps_at(at),
                drops: loads::drops(model, line, load.as_ref()),
                load,
                effort: line.effort_at(at),
                rest_s,
                mini_sets: mini_sets(line.technique.as_ref()),
                steps: match &line.technique {
                    Some(Technique::MechanicalDrop(steps)) => {
                        steps.iter().map(|&s| model.name(s)).collect()
                    }
                    _ => Vec::new(),
                },
            };
            sets.extend(std::iter::repeat_n(work, line.sets_at(at) as usize));
            if let Some(backoff) = line.backoff() {
                let set = Set {
                    kind: SetKind::Backoff,
                    reps: backoff.reps,
                    load: loads::backoff(model, line, &backoff, load.as_ref()),
                    effort: backoff.effort,
                    rest_s,
                    drops: Vec::new(),
                    mini_sets: Vec::new(),
                    steps: Vec::new(),
                };
                sets.extend(std::iter::repeat_n(set, backoff.sets as usize));
            }
            Exercise {
                name: &entry.name,
                equipment: entry.equipment,
                mechanic: entry.mechanic,
                source: line.location,
                superset: superset_label(session, index),
                technique: line.technique.as_ref(),
                tempo: line.tempo,
                note: line.note.as_deref(),
                max_of: line.load_of.map(|of| model.name(of)),
                each: line.each,
                sets,
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
