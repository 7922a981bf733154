//! From a resolved program to its weeks.

use super::{Block, Line, LoadProgress, Model, Occurrence, Session, figures};
use crate::ast::{Progress, Weekday};
use crate::resolve::{self, Program};

/// Lays the program out in weeks.
pub fn build(program: Program) -> Model {
    let first_day = program.settings.start.map_or(Weekday::Mon, Weekday::of);
    let mut blocks: Vec<Block> = Vec::with_capacity(program.blocks.len());
    for block in &program.blocks {
        let (sessions, derived_from) = match &block.sessions {
            Some(sessions) => (
                sessions.iter().map(|s| session(&program, s)).collect(),
                None,
            ),
            None if block.deload && !blocks.is_empty() => {
                let before = blocks.len() - 1;
                (deloaded(&blocks[before]), Some(before))
            }
            None => (Vec::new(), None),
        };
        let occurrences = occurrences(&sessions, first_day);
        blocks.push(Block {
            name: block.name.clone(),
            header: block.header,
            weeks: block.weeks.clone(),
            deload: block.deload,
            derived_from,
            sessions,
            occurrences,
        });
    }
    let weeks = figures::weeks(&blocks);
    Model {
        settings: program.settings,
        catalog: program.catalog,
        definitions: program.definitions,
        blocks,
        weeks,
    }
}

fn session(program: &Program, session: &resolve::Session) -> Session {
    Session {
        name: session.name.clone(),
        header: session.header,
        days: session.days.clone(),
        time: session.time,
        duration: session.duration,
        lines: session.lines.iter().map(|l| line(program, l)).collect(),
        supersets: session.supersets.clone(),
    }
}

fn line(program: &Program, line: &resolve::Line) -> Line {
    let (set_step, load_progress) = match line.progress {
        Some(Progress::Sets(step)) => (step, LoadProgress::None),
        Some(step) => (0, LoadProgress::Weekly(step)),
        None => (0, LoadProgress::None),
    };
    Line {
        location: line.location,
        exercise: line.exercise,
        muscles: program.catalog.entry(line.exercise).muscles,
        sets: line.sets,
        set_step,
        reps: line.reps,
        load: line.load,
        effort: line.effort,
        load_progress,
        rest: line.rest,
        tempo: line.tempo,
        note: line.note.clone(),
        technique: line.technique.clone(),
        superset: line.superset,
    }
}

/// The sessions of a deload written without a body (`language.md`): those of the block
/// before, as they stood in its last week, with sets halved (rounded up), techniques
/// removed (every set straight, at the first set's load) and no progression.
fn deloaded(before: &Block) -> Vec<Session> {
    let last = before.week_count() - 1;
    before
        .sessions
        .iter()
        .map(|session| Session {
            name: session.name.clone(),
            header: session.header,
            days: session.days.clone(),
            time: session.time,
            duration: session.duration,
            lines: session
                .lines
                .iter()
                .map(|line| Line {
                    sets: line.sets_in(last).div_ceil(2),
                    set_step: 0,
                    technique: None,
                    load_progress: match line.load_progress {
                        LoadProgress::Weekly(step) => LoadProgress::Frozen { step, weeks: last },
                        frozen => frozen,
                    },
                    ..line.clone()
                })
                .collect(),
            supersets: session.supersets.clone(),
        })
        .collect()
}

/// The sessions of a week in the order they are done: by weekday counted from the
/// week's first day, then in file order; sessions without a day come last.
fn occurrences(sessions: &[Session], first_day: Weekday) -> Vec<Occurrence> {
    let mut occurrences: Vec<Occurrence> = sessions
        .iter()
        .enumerate()
        .flat_map(|(index, session)| {
            let days: Vec<Option<Weekday>> = if session.days.is_empty() {
                vec![None]
            } else {
                session.days.iter().copied().map(Some).collect()
            };
            days.into_iter().map(move |day| Occurrence {
                session: index,
                day,
            })
        })
        .collect();
    occurrences.sort_by_key(|o| {
        let offset = o
            .day
            .map_or(7, |day| (day.index() + 7 - first_day.index()) % 7);
        (offset, o.session)
    });
    occurrences
}
