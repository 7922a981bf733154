//! The work a line or a session stands for, week by week: what hover shows on a line
//! and inlay hints print beside it. Worked out by [`plan::worked`], one session at a
//! time, exactly as `wodc compile` lays the program out.

use std::collections::HashMap;
use std::ops::Range;

use crate::Analysis;
use crate::ast::Weekday;
use crate::model::{At, Session};
use crate::plan::{self, Exercise};
use crate::span::{Location, Span};

/// One time a line is done: its week, and its sets as they are to be done.
#[derive(Debug)]
pub struct LineWork<'m> {
    /// The program's week, from 1.
    pub week: u32,
    pub deload: bool,
    pub day: Option<Weekday>,
    pub exercise: Exercise<'m>,
}

/// One time a session is done, and how long it takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SessionLength {
    pub week: u32,
    pub day: Option<Weekday>,
    pub minutes: u32,
    /// Estimated (`docs/output.md`), or as written with `for`.
    pub estimated: bool,
}

/// A session occurrence of the program: its week, day, session and place in its block.
struct Occurrence<'m> {
    week: u32,
    deload: bool,
    day: Option<Weekday>,
    session: &'m Session,
    at: At,
}

/// Every session occurrence of the program, in week order: derived deloads and blocks
/// that `repeats` another included, their lines pointing at the lines they copy.
fn occurrences(analysis: &Analysis) -> impl Iterator<Item = Occurrence<'_>> {
    analysis.model.blocks.iter().flat_map(|block| {
        (0..block.week_count()).flat_map(move |week| {
            block
                .week(week)
                .map(move |(occurrence, session, at)| Occurrence {
                    week: block.weeks.start() + week,
                    deload: block.deload,
                    day: occurrence.day,
                    session,
                    at,
                })
        })
    })
}

/// Every time the lines written in `range` of the analysed file are done, by the
/// span of the line, each in week order.
pub fn lines_work(analysis: &Analysis, range: Range<usize>) -> Vec<(Span, Vec<LineWork<'_>>)> {
    let mut found: HashMap<Span, Vec<LineWork<'_>>> = HashMap::new();
    let here = |location: Location| {
        location.file == analysis.file
            && location.span.start < range.end
            && range.start <= location.span.end
    };
    for occurrence in occurrences(analysis) {
        if !occurrence
            .session
            .lines
            .iter()
            .any(|line| here(line.location))
        {
            continue;
        }
        let worked = plan::worked(&analysis.model, occurrence.session, occurrence.at);
        let lines = occurrence.session.lines.iter().zip(worked.exercises);
        for (line, exercise) in lines.filter(|(line, _)| here(line.location)) {
            let work = LineWork {
                week: occurrence.week,
                deload: occurrence.deload,
                day: occurrence.day,
                exercise,
            };
            found.entry(line.location.span).or_default().push(work);
        }
    }
    let mut found: Vec<_> = found.into_iter().collect();
    found.sort_by_key(|(span, _)| *span);
    found
}

/// Every time the line written at `span` of the analysed file is done.
pub fn line_work(analysis: &Analysis, span: Span) -> Vec<LineWork<'_>> {
    lines_work(analysis, span.start..span.end)
        .into_iter()
        .find(|(line, _)| *line == span)
        .map(|(_, works)| works)
        .unwrap_or_default()
}

/// Every time the session whose header is at `header` (in the analysed file) is done,
/// with its length.
pub fn session_lengths(analysis: &Analysis, header: Span) -> Vec<SessionLength> {
    let at = Location::new(analysis.file, header);
    occurrences(analysis)
        .filter(|occurrence| occurrence.session.header == at)
        .map(|occurrence| {
            let worked = plan::worked(&analysis.model, occurrence.session, occurrence.at);
            SessionLength {
                week: occurrence.week,
                day: occurrence.day,
                minutes: worked.duration_min,
                estimated: worked.duration_estimated,
            }
        })
        .collect()
}
