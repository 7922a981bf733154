//! "Allow RULE in this session / block / file": the edits that silence a guardrail
//! where it was reported, as `language.md` writes levels (an `allow` line among the
//! items of a session or block, or at the top of the file).
//!
//! A scope that already sets the rule's level gets its level word changed to `allow`,
//! since a second level for the rule in one scope is a `duplicate-definition` error.

use crate::Analysis;
use crate::ast::{self, BlockItem, Item, LevelDirective, LevelWord, SessionItem};
use crate::diagnostic::{Diagnostic, Edit};
use crate::rule::Kind;
use crate::rules;
use crate::span::{Location, Span};
use crate::syntax::LineEnd;

/// One way to allow a rule: what it says, and the edit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Allow {
    pub title: String,
    pub edit: Edit,
}

/// The ways to allow the rule of `diagnostic` where it is reported, innermost scope
/// first; none for an error of meaning, or a diagnostic in another file.
pub fn allow(analysis: &Analysis, diagnostic: &Diagnostic) -> Vec<Allow> {
    let guardrail = rules::find(diagnostic.rule).is_some_and(|r| r.kind == Kind::Guardrail);
    if !guardrail || diagnostic.file() != analysis.file {
        return Vec::new();
    }
    let rule = diagnostic.rule;
    let anchor = diagnostic.span();
    let tree = &analysis.syntax.file;
    let mut scopes = Vec::new();
    let block = tree.items.iter().find_map(|item| match item {
        Item::Block(block) if block.extent().contains(anchor) => Some(block),
        _ => None,
    });
    if let Some(block) = block
        && let Some(body) = &block.body
    {
        let session = body.items.iter().find_map(|item| match item {
            BlockItem::Session(session) if session.extent().contains(anchor) => Some(session),
            _ => None,
        });
        if let Some(session) = session {
            let levels = session.items.iter().filter_map(|item| match item {
                SessionItem::Level(level) => Some(level),
                _ => None,
            });
            scopes.push(("session", session.span, find(levels, rule)));
        }
        let levels = body.items.iter().filter_map(|item| match item {
            BlockItem::Level(level) => Some(level),
            BlockItem::Session(_) => None,
        });
        scopes.push(("block", block.span, find(levels, rule)));
    }
    let mut allows: Vec<Allow> = scopes
        .into_iter()
        .map(|(scope, header, level)| Allow {
            title: format!("Allow `{rule}` in this {scope}"),
            edit: match level {
                Some(level) => reword(analysis, level),
                None => insert_after(analysis, header, rule, 1),
            },
        })
        .collect();
    let levels = tree.items.iter().filter_map(|item| match item {
        Item::Level(level) => Some(level),
        _ => None,
    });
    allows.push(Allow {
        title: format!("Allow `{rule}` in this file"),
        edit: match find(levels, rule) {
            Some(level) => reword(analysis, level),
            None => in_file(analysis, tree, rule),
        },
    });
    allows
}

fn find<'a>(
    mut levels: impl Iterator<Item = &'a LevelDirective>,
    rule: &str,
) -> Option<&'a LevelDirective> {
    levels.find(|level| level.rule.value == rule)
}

/// `warn RULE` or `deny RULE` made `allow RULE`.
fn reword(analysis: &Analysis, level: &LevelDirective) -> Edit {
    let word = match level.level {
        LevelWord::Allow => "allow",
        LevelWord::Warn => "warn",
        LevelWord::Deny => "deny",
    };
    let span = Span::new(level.span.start, level.span.start + word.len());
    Edit {
        location: Location::new(analysis.file, span),
        replacement: "allow".to_owned(),
    }
}

/// `allow RULE` on a line of its own after the statement at `at`, `deeper` levels
/// deeper than it (1 after a header, in its body).
fn insert_after(analysis: &Analysis, at: Span, rule: &str, deeper: usize) -> Edit {
    let lines = &analysis.syntax.lines;
    let (end, depth, line_end) = lines
        .get(lines.index_at(at.start))
        .map_or((at.end, 0, LineEnd::Lf), |line| {
            (line.span.end, line.depth, line.end)
        });
    let line_end = match line_end {
        LineEnd::CrLf => "\r\n",
        _ => "\n",
    };
    Edit {
        location: Location::new(analysis.file, Span::new(end, end)),
        replacement: format!("{line_end}{}allow {rule}", "  ".repeat(depth + deeper)),
    }
}

/// `allow RULE` at the top level: after the header statements, imports and levels
/// that open the file, else as its first line.
fn in_file(analysis: &Analysis, tree: &ast::File, rule: &str) -> Edit {
    let last_leading = tree
        .items
        .iter()
        .take_while(|item| matches!(item, Item::Header(_) | Item::Import(_) | Item::Level(_)))
        .last()
        .map(|item| match item {
            Item::Header(header) => header.span,
            Item::Import(import) => import.span,
            Item::Level(level) => level.span,
            Item::Exercise(def) => def.span,
            Item::Block(block) => block.span,
        });
    match last_leading {
        Some(span) => insert_after(analysis, span, rule, 0),
        None => Edit {
            location: Location::new(analysis.file, Span::new(0, 0)),
            replacement: format!("allow {rule}\n"),
        },
    }
}
