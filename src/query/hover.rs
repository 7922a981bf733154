//! What hovering over a place of a file shows, in Markdown: an exercise's catalog entry,
//! a rule's `wodc explain` page, a line's work week by week, a session's length, and the
//! page of every rule reported there.

use std::fmt::Write;

use super::names::{NameKind, name_at};
use super::work::{LineWork, line_work, session_lengths};
use crate::Analysis;
use crate::backends::sheet;
use crate::catalog::{Entry, EntryId};
use crate::plan::SetKind;
use crate::rule::RuleMeta;
use crate::rules;
use crate::source::SourceMap;
use crate::span::Span;
use crate::syntax::{LineKind, StatementKind};

/// A hover: the text it shows, and the part of the file it is about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hover {
    pub span: Span,
    pub markdown: String,
}

/// The hover at byte `offset` of the analysed file, if anything is there to say: on a
/// name, what it stands for; elsewhere, the line's work or the session's length, then
/// the page of each rule reported there.
pub fn hover(sources: &SourceMap, analysis: &Analysis, offset: usize) -> Option<Hover> {
    if let Some(name) = name_at(analysis, offset)
        && let Some(markdown) = name_text(sources, analysis, &name.kind)
    {
        return Some(Hover {
            span: name.span,
            markdown,
        });
    }
    let (mut span, mut parts) = match line_text(analysis, offset) {
        Some((line, text)) => (Some(line), vec![text]),
        None => (None, Vec::new()),
    };
    for (at, rule) in reported_rules(analysis, offset) {
        span.get_or_insert(at);
        parts.push(rule_page(rule));
    }
    Some(Hover {
        span: span?,
        markdown: parts.join("\n\n---\n\n"),
    })
}

/// What a name stands for, in words.
fn name_text(sources: &SourceMap, analysis: &Analysis, kind: &NameKind) -> Option<String> {
    match kind {
        NameKind::Exercise {
            entry: Some(entry), ..
        } => Some(entry_text(sources, analysis, *entry)),
        NameKind::Rule(Some(rule)) => Some(rule_page(rule)),
        NameKind::Import(Some(index)) => {
            let import = analysis.imports.get(*index)?;
            let read = if import.file.is_some() {
                "its exercise definitions are read into this program"
            } else {
                "it could not be read"
            };
            Some(format!("`{}`: {read}", import.path.display()))
        }
        NameKind::Repeats(Some(_)) => Some(
            "The block takes the sessions of the block of this name, as written there".to_owned(),
        ),
        _ => None,
    }
}

/// An exercise's catalog entry.
pub fn entry_text(sources: &SourceMap, analysis: &Analysis, id: EntryId) -> String {
    let entry: &Entry = analysis.model.catalog.entry(id);
    let mut text = format!("**{}**\n\n{}", entry.name, entry.classification());
    if !entry.aliases.is_empty() {
        let _ = write!(text, "\n\nAliases: {}", entry.aliases.join(", "));
    }
    match entry.defined_at {
        Some(at) => {
            let line = sources.line_column(at.file, at.span.start).line;
            let _ = write!(
                text,
                "\n\nDefined in `{}`, line {line}",
                sources.name(at.file)
            );
        }
        None => text.push_str("\n\nBuilt in (`wodc catalog`)"),
    }
    text
}

/// A rule's `wodc explain` page, under its name and default level.
fn rule_page(rule: &RuleMeta) -> String {
    format!(
        "**{}** ({} by default)\n\n{}\n{}",
        rule.name,
        rule.default_level.as_str(),
        rule.explanation().trim_end(),
        rule.fix.sentence()
    )
}

/// The rules of the diagnostics of the analysed file reported at `offset`, each once.
fn reported_rules(analysis: &Analysis, offset: usize) -> Vec<(Span, &'static RuleMeta)> {
    let mut found: Vec<(Span, &'static RuleMeta)> = Vec::new();
    for diagnostic in &analysis.diagnostics {
        let span = diagnostic.span();
        let here = span.start <= offset && offset <= span.end;
        if diagnostic.file() != analysis.file || !here {
            continue;
        }
        if let Some(rule) = rules::find(diagnostic.rule)
            && !found.iter().any(|(_, r)| r.name == rule.name)
        {
            found.push((span, rule));
        }
    }
    found
}

/// On an exercise line, its work week by week; on a session header, its length.
fn line_text(analysis: &Analysis, offset: usize) -> Option<(Span, String)> {
    let lines = &analysis.syntax.lines;
    let line = lines.get(lines.index_at(offset))?;
    let tokens = lines.tokens(line);
    let code = tokens.first()?.span.to(tokens.last()?.span);
    match line.kind {
        LineKind::Statement(StatementKind::Prescription) => {
            let works = line_work(analysis, code);
            let first = works.first()?;
            Some((code, work_table(first.exercise.name, &works)))
        }
        LineKind::Statement(StatementKind::SessionOpen) => {
            let lengths = session_lengths(analysis, code);
            let rows: Vec<String> = lengths
                .iter()
                .map(|length| {
                    let how = if length.estimated {
                        "estimated"
                    } else {
                        "as written"
                    };
                    format!(
                        "| {} | {} min ({how}) |",
                        week_label(length.week, length.day, false),
                        length.minutes
                    )
                })
                .collect();
            (!rows.is_empty()).then(|| {
                let text = format!("| week | length |\n| --- | --- |\n{}", rows.join("\n"));
                (code, text)
            })
        }
        _ => None,
    }
}

/// `3`, `3 mon`, `5 (deload)`.
pub(super) fn week_label(week: u32, day: Option<crate::ast::Weekday>, deload: bool) -> String {
    let mut label = week.to_string();
    if let Some(day) = day {
        label.push(' ');
        label.push_str(day.as_str());
    }
    if deload {
        label.push_str(" (deload)");
    }
    label
}

/// A line's work, a row per time it is done.
fn work_table(name: &str, works: &[LineWork<'_>]) -> String {
    let mut text = format!(
        "**{name}**, week by week\n\n| week | warm-up | work | load | back-off |\n| --- | --- | --- | --- | --- |"
    );
    for work in works {
        let exercise = &work.exercise;
        let sets_of = |kind: SetKind| exercise.sets.iter().filter(move |set| set.kind == kind);
        let warmups: Vec<String> = sets_of(SetKind::Warmup)
            .map(|set| format!("{} @ {}", set.reps, sheet::load_with_drops(set, exercise)))
            .collect();
        let count = |kind| sets_of(kind).count();
        let described = |kind| {
            sets_of(kind).next().map_or_else(String::new, |set| {
                format!("{} × {}", count(kind), sheet::target(set, exercise))
            })
        };
        let load = sets_of(SetKind::Work)
            .next()
            .map_or_else(String::new, |set| sheet::load_with_drops(set, exercise));
        let backoff = sets_of(SetKind::Backoff)
            .next()
            .map_or_else(String::new, |set| {
                format!(
                    "{} @ {}",
                    described(SetKind::Backoff),
                    sheet::load_with_drops(set, exercise)
                )
            });
        let _ = write!(
            text,
            "\n| {} | {} | {} | {} | {} |",
            week_label(work.week, work.day, work.deload),
            warmups.join(", "),
            described(SetKind::Work),
            load,
            backoff
        );
    }
    text
}
