//! `--format json`: one document on standard output, in the shape `cli.md` fixes.

use serde::Serialize;

use super::{Counts, Position};
use crate::diagnostic::Diagnostic;
use crate::source::SourceMap;

/// The JSON document of a run.
#[derive(Debug, Serialize)]
pub struct Document<'a> {
    pub version: u32,
    pub files: usize,
    pub errors: usize,
    pub warnings: usize,
    pub advice: usize,
    pub diagnostics: Vec<Entry<'a>>,
}

/// One diagnostic in JSON: the fields of `cli.md`, then the other places it points at.
#[derive(Debug, Serialize)]
pub struct Entry<'a> {
    pub rule: &'a str,
    pub severity: &'a str,
    pub file: &'a str,
    pub line: usize,
    pub column: usize,
    pub end_line: usize,
    pub end_column: usize,
    pub message: &'a str,
    pub help: Option<&'a str>,
    pub related: Vec<Related<'a>>,
}

#[derive(Debug, Serialize)]
pub struct Related<'a> {
    pub file: &'a str,
    pub line: usize,
    pub column: usize,
    pub end_line: usize,
    pub end_column: usize,
    pub message: Option<&'a str>,
}

impl<'a> Entry<'a> {
    pub fn new(sources: &'a SourceMap, diagnostic: &'a Diagnostic) -> Self {
        let position = Position::of(sources, &diagnostic.primary);
        Self {
            rule: diagnostic.rule,
            severity: diagnostic.severity.as_str(),
            file: sources.name(diagnostic.file()),
            line: position.line,
            column: position.column,
            end_line: position.end_line,
            end_column: position.end_column,
            message: &diagnostic.message,
            help: diagnostic.help.as_deref(),
            related: diagnostic
                .secondary
                .iter()
                .map(|label| {
                    let position = Position::of(sources, label);
                    Related {
                        file: sources.name(label.location.file),
                        line: position.line,
                        column: position.column,
                        end_line: position.end_line,
                        end_column: position.end_column,
                        message: label.text.as_deref(),
                    }
                })
                .collect(),
        }
    }
}

/// The document for a run over `files` files.
pub fn render(sources: &SourceMap, files: usize, diagnostics: &[Diagnostic]) -> String {
    let counts = Counts::of(diagnostics);
    let document = Document {
        version: 1,
        files,
        errors: counts.errors,
        warnings: counts.warnings,
        advice: counts.advice,
        diagnostics: diagnostics.iter().map(|d| Entry::new(sources, d)).collect(),
    };
    let mut out = serde_json::to_string_pretty(&document).expect("the document is plain data");
    out.push('\n');
    out
}
