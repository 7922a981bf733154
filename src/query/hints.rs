//! The notes an editor writes beside lines (inlay hints): the load each week beside a
//! line whose load is worked out (`wk1 80kg · wk2 82.5kg`), and the estimated length
//! beside a session's header (`≈ 52 min`).
//!
//! A line gets a hint only when its load is computed: it changes along the weeks, or
//! it is written otherwise than it is lifted (a `%` of a given max, the other unit).
//! Weeks in a row with the same load are one entry (`wk1-4 80kg`); a week whose
//! occurrences differ (a progression per session) lists each (`wk1 80kg/82.5kg`).

use std::ops::Range;

use super::work::{LineWork, lines_work, session_lengths};
use crate::Analysis;
use crate::backends::sheet;
use crate::plan::{ComputedLoad, SetKind};
use crate::syntax::{LineKind, StatementKind, TokenKind};

/// A note to write at byte `offset` of the analysed file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hint {
    pub offset: usize,
    pub label: String,
}

/// The hints of the lines that hold bytes of `range`, in order.
pub fn hints(
    sources: &crate::source::SourceMap,
    analysis: &Analysis,
    range: Range<usize>,
) -> Vec<Hint> {
    let text = sources.text(analysis.file);
    let lines = &analysis.syntax.lines;
    let works = lines_work(analysis, range.clone());
    let mut hints = Vec::new();
    let first = lines.index_at(range.start);
    for line in lines
        .iter()
        .skip(first)
        .take_while(|line| line.span.start <= range.end)
    {
        let tokens = lines.tokens(line);
        let (Some(head), Some(tail)) = (tokens.first(), tokens.last()) else {
            continue;
        };
        let code = head.span.to(tail.span);
        let label = match line.kind {
            LineKind::Statement(StatementKind::Prescription) => {
                let written = tokens
                    .iter()
                    .skip_while(|t| t.kind != TokenKind::At)
                    .nth(1)
                    .filter(|t| t.kind == TokenKind::Mass)
                    .map(|t| &text[t.span.start..t.span.end]);
                let work = works.iter().find(|(span, _)| *span == code);
                work.and_then(|(_, work)| load_label(work, written))
            }
            LineKind::Statement(StatementKind::SessionOpen) => length_label(analysis, code),
            _ => None,
        };
        if let Some(label) = label {
            hints.push(Hint {
                offset: line.span.end,
                label,
            });
        }
    }
    hints
}

/// `wk1 80kg · wk2 82.5kg`, or `None` when the load is lifted as written every week.
fn load_label(works: &[LineWork<'_>], written: Option<&str>) -> Option<String> {
    let mut weeks: Vec<(u32, u32, String)> = Vec::new();
    let mut computed = false;
    for work in works {
        let exercise = &work.exercise;
        let set = exercise.sets.iter().find(|s| s.kind == SetKind::Work)?;
        let load = set.load?;
        computed |= matches!(load, ComputedLoad::Mass(_));
        let text = sheet::load(load, exercise);
        match weeks.last_mut() {
            Some((_, last, loads)) if *last == work.week => {
                if !loads.split('/').any(|l| l == text) {
                    loads.push('/');
                    loads.push_str(&text);
                }
            }
            _ => weeks.push((work.week, work.week, text)),
        }
    }
    let mut merged: Vec<(u32, u32, String)> = Vec::new();
    for (first, last, loads) in weeks {
        match merged.last_mut() {
            Some((_, end, same)) if *same == loads && *end + 1 == first => *end = last,
            _ => merged.push((first, last, loads)),
        }
    }
    let as_written = merged.len() == 1 && Some(merged[0].2.as_str()) == written;
    if !computed || as_written {
        return None;
    }
    let entries: Vec<String> = merged
        .iter()
        .map(|(first, last, loads)| match first == last {
            true => format!("wk{first} {loads}"),
            false => format!("wk{first}-{last} {loads}"),
        })
        .collect();
    Some(entries.join(" · "))
}

/// `≈ 52 min`, `≈ 48-55 min`; none for a session whose length is written.
fn length_label(analysis: &Analysis, header: crate::span::Span) -> Option<String> {
    let lengths = session_lengths(analysis, header);
    if lengths.iter().any(|l| !l.estimated) {
        return None;
    }
    let shortest = lengths.iter().map(|l| l.minutes).min()?;
    let longest = lengths.iter().map(|l| l.minutes).max()?;
    Some(if shortest == longest {
        format!("≈ {shortest} min")
    } else {
        format!("≈ {shortest}-{longest} min")
    })
}
