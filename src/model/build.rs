//! From a resolved program to its weeks.

use super::{At, Block, Line, Model, Occurrence, Session, figures};
use crate::ast::Weekday;
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
            None if block.deload && block.repeats.is_none() && !blocks.is_empty() => {
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
            repeats: block.repeats.clone(),
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
        notes: session.notes.clone(),
    }
}

fn line(program: &Program, line: &resolve::Line) -> Line {
    let entry = program.catalog.entry(line.exercise);
    Line {
        location: line.location,
        exercise: line.exercise,
        muscles: entry.muscles,
        conditioning: entry.is_conditioning(),
        sets: line.sets.clone(),
        reps: line.reps.clone(),
        each: line.each,
        continuous: line.continuous,
        load: line.load.clone(),
        load_of: line.load_of,
        effort: line.effort.clone(),
        progress: line.progress.clone(),
        rest: line.rest,
        tempo: line.tempo,
        note: line.note.clone(),
        warmup: line.warmup.clone(),
        backoff: line.backoff,
        technique: line.technique.clone(),
        technique_span: line.technique_span,
        superset: line.superset,
        deload_of: None,
    }
}

/// The sessions of a deload written without a body (`language.md`): those of the block
/// before, as they stood at its last occurrence, with sets halved (rounded up), every
/// technique removed (each set a straight set at the first set's load), no progression,
/// loads at 90% and efforts eased by 2 (worked out where the values are read, through
/// [`Line::deload_of`]), warm-ups kept, and the estimate in place of a written `for`.
fn deloaded(before: &Block) -> Vec<Session> {
    let last_week = before.week_count() - 1;
    before
        .sessions
        .iter()
        .map(|session| Session {
            name: session.name.clone(),
            header: session.header,
            days: session.days.clone(),
            time: session.time,
            duration: None,
            lines: session
                .lines
                .iter()
                .map(|line| Line {
                    technique: None,
                    // A deload after a deload is the same deload.
                    deload_of: line.deload_of.or(Some(At {
                        week: last_week,
                        occurrence: (last_week + 1) * session.per_week() - 1,
                    })),
                    ..line.clone()
                })
                .collect(),
            supersets: session.supersets.clone(),
            notes: session.notes.clone(),
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
                rank: 0,
            })
        })
        .collect();
    occurrences.sort_by_key(|o| {
        let offset = o
            .day
            .map_or(7, |day| (day.index() + 7 - first_day.index()) % 7);
        (offset, o.session)
    });
    let mut seen = vec![0; sessions.len()];
    for occurrence in &mut occurrences {
        occurrence.rank = seen[occurrence.session];
        seen[occurrence.session] += 1;
    }
    occurrences
}
