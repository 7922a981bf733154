//! The program as weeks: what the guardrails judge and the backends render.
//!
//! Built once from a resolved program ([`build`]): the blocks in week order, each with
//! its sessions and their occurrences in week order (a session on two days occurs
//! twice), derived deload blocks filled in, every line's facts worked out (the muscles
//! it hits, its drop sets, its fatigue units), and the weekly figures per muscle. Rules
//! and backends read these; none of them recounts.

mod build;
mod figures;
pub mod loads;

use std::ops::RangeInclusive;

pub use build::build;
pub use figures::{Figures, MuscleFigures};

use crate::ast::{ClockTime, Duration, Effort, Load, Progress, Reps, Tempo, Weekday};
use crate::catalog::{Catalog, Entry, EntryId, MuscleSet};
use crate::resolve::{Definition, Settings, Superset, Technique};
use crate::span::Location;

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

    /// Every line as written, once each, with its block and session: what line rules
    /// judge. Derived deload blocks are left out; their lines are copies.
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

#[derive(Debug)]
pub struct Block {
    pub name: String,
    pub header: Location,
    pub weeks: RangeInclusive<u32>,
    pub deload: bool,
    /// For a deload written without a body: the index of the block it repeats.
    pub derived_from: Option<usize>,
    pub sessions: Vec<Session>,
    /// The sessions of each week in the order they are done.
    pub occurrences: Vec<Occurrence>,
}

impl Block {
    pub fn week_count(&self) -> u32 {
        self.weeks.end() - self.weeks.start() + 1
    }

    /// The weeks (0 is the block's first) whose counts can differ: all of them when a
    /// line adds sets week by week, else the first alone, since the others repeat it.
    pub fn distinct_weeks(&self) -> RangeInclusive<u32> {
        let progresses = self
            .sessions
            .iter()
            .flat_map(|s| &s.lines)
            .any(|line| line.set_step > 0);
        0..=if progresses { self.week_count() - 1 } else { 0 }
    }

    /// The sessions of one week, in order, each with its occurrence.
    pub fn week(&self) -> impl Iterator<Item = (&Occurrence, &Session)> {
        self.occurrences
            .iter()
            .map(|occurrence| (occurrence, &self.sessions[occurrence.session]))
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
}

/// An exercise line, with what the rules need to know about it.
#[derive(Debug, Clone)]
pub struct Line {
    /// The line as written; a derived deload's line points at the line it copies.
    pub location: Location,
    pub exercise: EntryId,
    /// The primary muscles of the exercise: those the line *hits*.
    pub muscles: MuscleSet,
    /// Sets in the block's first week, and the sets added in each later week.
    pub sets: u32,
    pub set_step: u32,
    pub reps: Reps,
    pub load: Option<Load>,
    pub effort: Option<Effort>,
    pub load_progress: LoadProgress,
    pub rest: Option<Duration>,
    pub tempo: Option<Tempo>,
    pub note: Option<String>,
    pub technique: Option<Technique>,
    /// The index of the line's superset in its session.
    pub superset: Option<usize>,
}

/// How a line's load moves from week to week.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum LoadProgress {
    None,
    /// `progress +MASS/week` or `+N%/week`: added once per week after the block's first.
    Weekly(Progress),
    /// A derived deload's line: the load where `Weekly` had taken it in the last week
    /// of the block it repeats, `weeks` steps on, and no further.
    Frozen {
        step: Progress,
        weeks: u32,
    },
}

impl Line {
    /// The sets done in week `week` of the block (0 is the first).
    pub fn sets_in(&self, week: u32) -> u32 {
        self.sets + self.set_step * week
    }

    /// A line with a technique: each of its sets is an *intensified set*.
    pub fn is_intensified(&self) -> bool {
        self.technique.is_some()
    }

    /// A line of `drop` or `mechanical drop`: each of its sets is a *drop set*.
    pub fn is_drop_set(&self) -> bool {
        self.technique.as_ref().is_some_and(Technique::is_drop_set)
    }

    pub fn drop_sets_in(&self, week: u32) -> u32 {
        if self.is_drop_set() {
            self.sets_in(week)
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

    /// Fatigue units of one set (`language.md`): a straight set is 1; a drop set 1 +
    /// its drops; a rest-pause or myo-reps set 1 + half its mini-sets; a mechanical
    /// drop set 1 + its steps.
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
