//! Blocks and sessions: names resolved, values checked. Exercise lines are resolved in
//! [`super::lines`], blocks that `repeats` another in [`super::repeats`].

use super::lines::LineContext;
use super::names::Names;
use super::values::{self, MAX_WEEK};
use super::{Block, Directive, Scope, Session, Settings, Superset, repeats};
use crate::ast::{self, BlockItem, SessionItem};
use crate::diagnostic::Diagnostic;
use crate::meaning;
use crate::span::{FileId, Location, Span, Spanned};

/// Resolves every block of the root file, in file order.
pub(super) fn blocks(
    file: FileId,
    tree: &ast::File,
    settings: &Settings,
    names: &mut Names<'_>,
    directives: &mut Vec<Directive>,
    diagnostics: &mut Vec<Diagnostic>,
) -> Vec<Block> {
    let mut resolver = Resolver {
        file,
        settings,
        names,
        directives,
        diagnostics,
    };
    let written = tree.blocks();
    let mut blocks: Vec<Option<Block>> = written.iter().map(|b| resolver.block(b)).collect();
    repeats::fill(file, &written, &mut blocks, resolver.diagnostics);
    blocks.into_iter().flatten().collect()
}

/// What a line is resolved within: its block's name and length.
#[derive(Clone, Copy)]
pub(super) struct BlockContext<'b> {
    pub name: &'b str,
    pub weeks: u32,
}

pub(super) struct Resolver<'a, 'c> {
    pub file: FileId,
    pub settings: &'a Settings,
    pub names: &'a mut Names<'c>,
    pub directives: &'a mut Vec<Directive>,
    pub diagnostics: &'a mut Vec<Diagnostic>,
}

impl Resolver<'_, '_> {
    pub fn report(&mut self, diagnostic: Diagnostic) {
        self.diagnostics.push(diagnostic);
    }

    pub fn location(&self, span: Span) -> Location {
        Location::new(self.file, span)
    }

    /// The block, or `None` when its weeks are out of range (its lines are still
    /// checked, so their mistakes are reported too).
    fn block(&mut self, block: &ast::Block) -> Option<Block> {
        let weeks = self.weeks(&block.weeks);
        let week_count = weeks.as_ref().map_or(1, |w| w.end() - w.start() + 1);
        let extent = block.extent();
        let name = self.name(&block.name, "the block name");
        let context = BlockContext {
            name: &name,
            weeks: week_count,
        };
        let sessions = block.body.as_ref().map(|body| {
            let mut sessions: Vec<Session> = Vec::new();
            let mut names: Vec<&Spanned<String>> = Vec::new();
            for item in &body.items {
                match item {
                    BlockItem::Level(directive) => {
                        self.directive(directive, Scope::Block(self.file, extent))
                    }
                    BlockItem::Session(session) => {
                        if let Some(first) = names.iter().find(|n| n.value == session.name.value) {
                            self.report(meaning::duplicate_definition::diagnostic(
                                self.file,
                                session.name.span,
                                &format!("the session name \"{}\"", session.name.value),
                                self.location(first.span),
                                "give each session of a block its own name",
                            ));
                        }
                        names.push(&session.name);
                        sessions.push(self.session(session, context));
                    }
                }
            }
            sessions
        });
        let sessions = match (&block.repeats, block.body.as_ref()) {
            (Some(_), Some(body)) => {
                self.report(meaning::syntax::body_of_repeats(self.file, body.span.open));
                None
            }
            _ => sessions,
        };
        Some(Block {
            name,
            header: self.location(block.span),
            weeks: weeks?,
            deload: block.deload.is_some(),
            sessions,
            repeats: block.repeats.as_ref().map(|r| r.value.clone()),
            extent,
        })
    }

    /// The weeks a block covers. A reversed span is reported and read the right way
    /// round; a week out of range is reported, and the block is then left out of the
    /// program (`None`), so that no later check reports weeks the file never names.
    fn weeks(&mut self, weeks: &Spanned<ast::WeekSpan>) -> Option<std::ops::RangeInclusive<u32>> {
        let (first, last) = (weeks.value.first, weeks.value.last);
        let written = if first.span == last.span {
            vec![first]
        } else {
            vec![first, last]
        };
        let mut in_range = true;
        for week in written {
            if !(1..=MAX_WEEK).contains(&week.value) {
                in_range = false;
                self.report(meaning::invalid_value::diagnostic(
                    self.file,
                    week.span,
                    format!("week {} is out of range", week.value),
                    format!("weeks are numbered from 1 to {MAX_WEEK}"),
                ));
            }
        }
        if first.value > last.value {
            let right = format!("weeks {}-{}", last.value, first.value);
            self.report(
                meaning::invalid_value::diagnostic(
                    self.file,
                    weeks.span,
                    format!("the weeks {}-{} are reversed", first.value, last.value),
                    format!("write the first week first: {right}"),
                )
                .with_edit(
                    format!("Write {right}"),
                    weeks.span,
                    right.clone(),
                    crate::diagnostic::Applicability::Safe,
                ),
            );
        }
        in_range.then(|| first.value.min(last.value)..=first.value.max(last.value))
    }

    fn directive(&mut self, directive: &ast::LevelDirective, scope: Scope) {
        self.directives.push(Directive {
            level: directive.level,
            rule: directive.rule.value.clone(),
            name: self.location(directive.rule.span),
            scope,
        });
    }

    fn session(&mut self, session: &ast::Session, block: BlockContext<'_>) -> Session {
        let extent = session.extent();
        let mut days = Vec::new();
        for day in &session.days {
            if let Some(first) = session
                .days
                .iter()
                .find(|d| d.value == day.value && d.span != day.span)
                && first.span < day.span
            {
                self.report(meaning::duplicate_definition::diagnostic(
                    self.file,
                    day.span,
                    &format!("the day `{}`", day.value.as_str()),
                    self.location(first.span),
                    "list each day once; a session done twice a week lists two days",
                ));
            } else {
                days.push(day.value);
            }
        }
        let time = session
            .time
            .filter(|time| self.check(values::clock_time(self.file, time)));
        let duration = session
            .duration
            .filter(|d| self.check(values::session_length(self.file, *d)));
        let name = self.name(&session.name, "the session name");
        let mut resolved = Session {
            name,
            header: self.location(session.span),
            days,
            time: time.map(|t| t.value),
            duration: duration.map(|d| d.value),
            lines: Vec::new(),
            supersets: Vec::new(),
            notes: Vec::new(),
            extent,
        };
        let occurrences_per_week = u32::try_from(resolved.days.len().max(1)).unwrap_or(u32::MAX);
        let at = |superset| LineContext {
            block,
            occurrences_per_week,
            superset,
        };
        for item in &session.items {
            match item {
                SessionItem::Level(directive) => {
                    self.directive(directive, Scope::Session(self.file, extent))
                }
                SessionItem::Prescription(line) => {
                    if let Some(line) = self.line(line, at(None)) {
                        resolved.lines.push(line);
                    }
                }
                SessionItem::Note(note) => resolved.notes.push(note.text.value.clone()),
                SessionItem::Superset(superset) => {
                    if superset.members.len() < 2 {
                        self.report(meaning::invalid_value::diagnostic(
                            self.file,
                            superset.span,
                            format!(
                                "a superset of {} exercise{}",
                                superset.members.len(),
                                if superset.members.len() == 1 { "" } else { "s" }
                            ),
                            "a superset pairs two or more exercises done back to back",
                        ));
                    }
                    let rest = superset
                        .rest
                        .filter(|rest| self.check(values::rest(self.file, *rest)));
                    let index = resolved.supersets.len();
                    resolved.supersets.push(Superset {
                        location: self.location(superset.span),
                        rest: rest.map(|r| r.value),
                    });
                    for member in &superset.members {
                        if let Some(line) = self.line(member, at(Some(index))) {
                            resolved.lines.push(line);
                        }
                    }
                }
            }
        }
        resolved
    }

    /// A block's or session's name; one too long to quote is reported, and kept cut
    /// short, so no later message quotes it whole.
    fn name(&mut self, name: &Spanned<String>, what: &str) -> String {
        if self.check(values::name(self.file, name, what)) {
            name.value.clone()
        } else {
            crate::text::shown(&name.value)
        }
    }

    /// Keeps the diagnostic, and says whether the value was fine.
    pub fn check(&mut self, result: values::Checked) -> bool {
        match result {
            Ok(()) => true,
            Err(diagnostic) => {
                self.report(*diagnostic);
                false
            }
        }
    }
}
