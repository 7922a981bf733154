//! The program as weeks: what the guardrails judge and the backends render.
//!
//! Built once from a resolved program ([`build`]): the blocks in week order, each with
//! its sessions and their occurrences in week order (a session on two days occurs
//! twice), derived deload blocks filled in, every line's values at every place of its
//! block worked out on demand ([`Line::sets_at`], [`loads::load_at`]...), and the weekly
//! figures per muscle. Rules and backends read these; none of them recounts.
//!
//! A value can change along a block three ways: a week list (`5/3/1`), a weekly
//! progression (`+2.5kg/week`), and a progression per session (`+2.5kg/session`, added
//! at each occurrence of the session after its first). An [`At`] names the place a value
//! is read at: the week, and the session's occurrence in the block.

mod build;
mod figures;
pub mod loads;

use std::ops::RangeInclusive;

pub use build::build;
pub use figures::{Figures, MuscleFigures};

use crate::ast::{
    ClockTime, Duration, Effort, Load, NumberOrRange, Period, Progress, Reps, Step, Tempo,
    WarmupStep, Weekday,
};
use crate::catalog::{Catalog, Entry, EntryId};
use crate::resolve::{Backoff, Definition, Settings, Superset, Technique, Weekly};
use crate::span::Location;
use crate::vocabulary::MuscleSet;

/// A program laid out in weeks.
#[derive(Debug)]
pub struct Model {
    pub settings: Settings,
    pub catalog: Catalog,
    pub definitions: Vec<Definition>,
    /// Blocks in week order.
    pub blocks: Vec<Block>,
    /// Every week of the program, in order, with its figures.
    pub weeks: Vec<Week>,
}

impl Model {
    pub fn entry(&self, line: &Line) -> &Entry {
        self.catalog.entry(line.exercise)
    }

    pub fn name(&self, id: EntryId) -> &str {
        &self.catalog.entry(id).name
    }

    /// Every line as written, with its block and session: what line rules judge. A
    /// block that `repeats` another is judged as if its sessions were written in it, so
    /// its lines come again; derived deload blocks are left out, their lines being
    /// copies made lighter.
    pub fn written_lines(&self) -> impl Iterator<Item = (&Block, &Session, &Line)> {
        self.blocks
            .iter()
            .filter(|block| block.derived_from.is_none())
            .flat_map(|block| {
                block.sessions.iter().flat_map(move |session| {
                    session.lines.iter().map(move |line| (block, session, line))
                })
            })
    }

    /// The blocks that are not deloads, with their index.
    pub fn training_blocks(&self) -> impl Iterator<Item = (usize, &Block)> {
        self.blocks
            .iter()
            .enumerate()
            .filter(|(_, block)| !block.deload)
    }
}

/// A place in a block where a line's values are read: a week (0 is the block's first)
/// and the occurrence of the line's session in the block (0 is its first).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct At {
    pub week: u32,
    pub occurrence: u32,
}

impl At {
    /// How many steps of a progression of `period` have been taken here.
    pub fn steps(self, period: Period) -> u32 {
        match period {
            Period::Week => self.week,
            Period::Session => self.occurrence,
        }
    }
}

#[derive(Debug)]
pub struct Block {
    pub name: String,
    pub header: Location,
    pub weeks: RangeInclusive<u32>,
    pub deload: bool,
    /// For a deload written without a body: the index of the block it repeats.
    pub derived_from: Option<usize>,
    /// For a block that `repeats` another: that block's name.
    pub repeats: Option<String>,
    pub sessions: Vec<Session>,
    /// The sessions of each week in the order they are done.
    pub occurrences: Vec<Occurrence>,
}

impl Block {
    pub fn week_count(&self) -> u32 {
        self.weeks.end() - self.weeks.start() + 1
    }

    /// The weeks (0 is the block's first) whose values can differ: all of them when a
    /// line's values change along the block, else the first alone, since the others
    /// repeat it.
    pub fn distinct_weeks(&self) -> RangeInclusive<u32> {
        let varies = self
            .sessions
            .iter()
            .flat_map(|s| &s.lines)
            .any(Line::varies);
        0..=if varies { self.week_count() - 1 } else { 0 }
    }

    /// The sessions of week `week` (0 is the block's first), in order, each with its
    /// occurrence and the place its lines are read at.
    pub fn week(&self, week: u32) -> impl Iterator<Item = (&Occurrence, &Session, At)> {
        self.occurrences.iter().map(move |occurrence| {
            let session = &self.sessions[occurrence.session];
            let at = At {
                week,
                occurrence: week * session.per_week() + occurrence.rank,
            };
            (occurrence, session, at)
        })
    }

    /// Every place the lines of session `session` are read at in the block, in order:
    /// the first alone when none of them changes along the block.
    pub fn places(&self, session: &Session) -> Vec<At> {
        if !session.lines.iter().any(Line::varies) {
            return vec![At::default()];
        }
        let per_week = session.per_week();
        (0..self.week_count())
            .flat_map(|week| {
                (0..per_week).map(move |rank| At {
                    week,
                    occurrence: week * per_week + rank,
                })
            })
            .collect()
    }

    /// Whether any line of the block has a technique.
    pub fn has_techniques(&self) -> bool {
        self.sessions
            .iter()
            .flat_map(|s| &s.lines)
            .any(Line::is_intensified)
    }
}

/// A session done on a given day of each week of its block.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Occurrence {
    /// The index of the session in its block.
    pub session: usize,
    /// `None` for a session without `on`: it happens once a week, on no set day.
    pub day: Option<Weekday>,
    /// Its place among the session's occurrences in a week, from 0.
    pub rank: u32,
}

#[derive(Debug)]
pub struct Session {
    pub name: String,
    pub header: Location,
    pub days: Vec<Weekday>,
    pub time: Option<ClockTime>,
    pub duration: Option<Duration>,
    pub lines: Vec<Line>,
    pub supersets: Vec<Superset>,
    pub notes: Vec<String>,
}

impl Session {
    /// How many times a week the session is done: once per day, once without days.
    pub fn per_week(&self) -> u32 {
        u32::try_from(self.days.len().max(1)).unwrap_or(u32::MAX)
    }
}

/// An exercise line, with what the rules need to know about it.
#[derive(Debug, Clone)]
pub struct Line {
    /// The line as written; a derived deload's line points at the line it copies.
    pub location: Location,
    pub exercise: EntryId,
    /// The primary muscles of the exercise: those the line *hits*.
    pub muscles: MuscleSet,
    /// Cardio or a carry: counted in no figure, never a compound line.
    pub conditioning: bool,
    pub sets: Weekly<u32>,
    pub reps: Weekly<Reps>,
    pub each: bool,
    pub continuous: bool,
    pub load: Option<Weekly<Load>>,
    /// The exercise whose max the percentages are of, when not the line's own.
    pub load_of: Option<EntryId>,
    pub effort: Option<Weekly<Effort>>,
    pub progress: Vec<Progress>,
    pub rest: Option<Duration>,
    pub tempo: Option<Tempo>,
    pub note: Option<String>,
    pub warmup: Vec<WarmupStep>,
    pub backoff: Option<Backoff>,
    pub technique: Option<Technique>,
    /// Where the technique is written (in the line's file): what a fix rewrites.
    pub technique_span: Option<crate::span::Span>,
    /// The index of the line's superset in its session.
    pub superset: Option<usize>,
    /// A derived deload's line: the place of the line it copies (the last occurrence
    /// of the block before), whose values it takes, made lighter (`language.md`).
    pub deload_of: Option<At>,
}

/// How much a derived deload eases efforts: `RPE 8` becomes `RPE 6`, `RIR 1` `RIR 3`.
const DELOAD_EASE: f64 = 2.0;

impl Line {
    /// Whether any value of the line changes along its block.
    pub fn varies(&self) -> bool {
        self.deload_of.is_none()
            && (!self.progress.is_empty()
                || self.sets.is_list()
                || self.reps.is_list()
                || self.load.as_ref().is_some_and(Weekly::is_list)
                || self.effort.as_ref().is_some_and(Weekly::is_list))
    }

    /// Where the line's values are read: at `at`, or, on a derived deload, where the
    /// line it copies stood.
    pub(crate) fn source(&self, at: At) -> At {
        self.deload_of.unwrap_or(at)
    }

    /// The step of the line's progression of `kind`, with how many steps were taken.
    fn stepped(&self, at: At, pick: impl Fn(Step) -> Option<f64>) -> f64 {
        self.progress
            .iter()
            .find_map(|p| pick(p.step).map(|step| step * f64::from(at.steps(p.period))))
            .unwrap_or(0.0)
    }

    /// The work sets done at `at` (back-off sets apart).
    pub fn sets_at(&self, at: At) -> u32 {
        let source = self.source(at);
        let added = self.stepped(source, |step| match step {
            Step::Sets(n) => Some(f64::from(n)),
            _ => None,
        });
        let sets = self.sets.at(source.week).saturating_add(added as u32);
        if self.deload_of.is_some() {
            sets.div_ceil(2)
        } else {
            sets
        }
    }

    /// The rep target at `at`.
    pub fn reps_at(&self, at: At) -> Reps {
        let source = self.source(at);
        let added = self.stepped(source, |step| match step {
            Step::Reps(n) => Some(f64::from(n)),
            _ => None,
        }) as u32;
        match self.reps.at(source.week) {
            Reps::Exact(n) => Reps::Exact(n + added),
            Reps::Range(low, high) => Reps::Range(low + added, high + added),
            other => other,
        }
    }

    /// The effort of the work sets at `at`: RIR never under 0, RPE never over 10.
    pub fn effort_at(&self, at: At) -> Option<Effort> {
        let source = self.source(at);
        let effort = self.effort.as_ref()?.at(source.week);
        let rise = self.stepped(source, |step| match step {
            Step::Rir(n) | Step::Rpe(n) => Some(n),
            _ => None,
        });
        let effort = shift_effort(effort, rise);
        Some(if self.deload_of.is_some() {
            ease(effort)
        } else {
            effort
        })
    }

    /// The back-off sets: on a derived deload halved, like the other sets, and eased.
    pub fn backoff(&self) -> Option<Backoff> {
        let backoff = self.backoff?;
        if self.deload_of.is_none() {
            return Some(backoff);
        }
        Some(Backoff {
            sets: backoff.sets.div_ceil(2),
            effort: backoff.effort.map(ease),
            ..backoff
        })
    }

    /// The hard sets at `at`: the work sets and the back-off sets; conditioning counts
    /// none.
    pub fn hard_sets_at(&self, at: At) -> u32 {
        if self.conditioning {
            return 0;
        }
        self.sets_at(at) + self.backoff().map_or(0, |b| b.sets)
    }

    /// Whether the line *hits* `muscle`: one of its exercise's primary muscles, in work
    /// that counts (conditioning hits none).
    pub fn hits(&self, muscle: crate::vocabulary::Muscle) -> bool {
        !self.conditioning && self.muscles.contains(muscle)
    }

    /// A line with a technique: each of its sets is an *intensified set*.
    pub fn is_intensified(&self) -> bool {
        self.technique.is_some()
    }

    /// A line of `drop` or `mechanical drop`: each of its sets is a *drop set*.
    pub fn is_drop_set(&self) -> bool {
        self.technique.as_ref().is_some_and(Technique::is_drop_set)
    }

    pub fn drop_sets_at(&self, at: At) -> u32 {
        if self.is_drop_set() {
            self.sets_at(at)
        } else {
            0
        }
    }

    /// Drops, or mechanical steps, after each set.
    pub fn drops(&self) -> usize {
        match &self.technique {
            Some(Technique::MechanicalDrop(steps)) => steps.len(),
            Some(technique) => technique.load_drops(),
            None => 0,
        }
    }

    /// Fatigue units of one work set (`language.md`): a straight set is 1; a drop set
    /// 1 + its drops; a rest-pause or myo-reps set 1 + half its mini-sets; a mechanical
    /// drop set 1 + its steps. Back-off sets are straight sets.
    pub fn fatigue_per_set(&self) -> f64 {
        match &self.technique {
            None => 1.0,
            Some(Technique::RestPause(mini) | Technique::MyoReps(mini)) => {
                1.0 + f64::from(mini.count) / 2.0
            }
            Some(_) => 1.0 + self.drops() as f64,
        }
    }
}

/// An effort moved by `rise`: RIR falls by it (never under 0), RPE rises (never over 10).
fn shift_effort(effort: Effort, rise: f64) -> Effort {
    let by = |value: NumberOrRange, shift: fn(f64, f64) -> f64| match value {
        NumberOrRange::Number(n) => NumberOrRange::Number(shift(n, rise)),
        NumberOrRange::Range(low, high) => {
            NumberOrRange::Range(shift(low, rise), shift(high, rise))
        }
    };
    if rise == 0.0 {
        return effort;
    }
    match effort {
        Effort::Rir(value) => Effort::Rir(by(value, |n, r| (n - r).max(0.0))),
        Effort::Rpe(value) => Effort::Rpe(by(value, |n, r| (n + r).min(10.0))),
        Effort::Failure => Effort::Failure,
    }
}

/// An effort eased for a deload: RPE 2 lower (at least 1), RIR 2 higher (at most 10),
/// failure becomes RIR 2.
fn ease(effort: Effort) -> Effort {
    let by = |value: NumberOrRange, shift: fn(f64) -> f64| match value {
        NumberOrRange::Number(n) => NumberOrRange::Number(shift(n)),
        NumberOrRange::Range(low, high) => NumberOrRange::Range(shift(low), shift(high)),
    };
    match effort {
        Effort::Rpe(value) => Effort::Rpe(by(value, |n| (n - DELOAD_EASE).max(1.0))),
        Effort::Rir(value) => Effort::Rir(by(value, |n| (n + DELOAD_EASE).min(10.0))),
        Effort::Failure => Effort::Rir(NumberOrRange::Number(DELOAD_EASE)),
    }
}

/// One week of the program.
#[derive(Debug, Clone)]
pub struct Week {
    /// The week's number, from 1.
    pub number: u32,
    /// The index of its block in [`Model::blocks`].
    pub block: usize,
    /// The week's place in its block, from 0.
    pub index: u32,
    pub figures: Figures,
}
