//! Diagnostics rendered for people, scripts, CI and editors (`--format`).
//!
//! Every format reads the same [`Diagnostic`]s; line and column numbers come from the
//! [`SourceMap`]'s one position index, so all formats agree on positions.

mod excerpt;
pub mod github;
pub mod human;
pub mod json;
pub mod sarif;
pub mod short;

use crate::diagnostic::{Diagnostic, Label, Severity};
use crate::source::SourceMap;
use crate::span::Location;

/// Where a label is, in the numbers people and tools read: one-based lines and
/// character columns, the end exclusive as editors expect.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Position {
    pub line: usize,
    pub column: usize,
    pub end_line: usize,
    pub end_column: usize,
}

impl Position {
    pub fn of(sources: &SourceMap, label: &Label) -> Self {
        Self::at(sources, label.location)
    }

    pub fn at(sources: &SourceMap, location: Location) -> Self {
        let start = sources.line_column(location.file, location.span.start);
        let end = sources.line_column(location.file, location.span.end);
        Self {
            line: start.line,
            column: start.column,
            end_line: end.line,
            end_column: end.column,
        }
    }
}

/// How many diagnostics of each severity.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    pub errors: usize,
    pub warnings: usize,
    pub advice: usize,
}

impl Counts {
    pub fn of<'a>(diagnostics: impl IntoIterator<Item = &'a Diagnostic>) -> Self {
        let mut counts = Self::default();
        for diagnostic in diagnostics {
            match diagnostic.severity {
                Severity::Error => counts.errors += 1,
                Severity::Warning => counts.warnings += 1,
                Severity::Advice => counts.advice += 1,
            }
        }
        counts
    }
}
