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
    /// Every fix offered, the safe ones marked so: what `--fix` or an editor applies.
    pub fixes: Vec<JsonFix<'a>>,
}

#[derive(Debug, Serialize)]
pub struct JsonFix<'a> {
    pub title: &'a str,
    /// `safe` (applied by `wodc check --fix`) or `unsafe` (for a person to choose).
    pub applicability: &'static str,
    pub edits: Vec<JsonEdit<'a>>,
}

/// Replace the text between two positions (given both ways: line and column as in
/// the diagnostic, and byte offsets into the file) with `replacement`.
#[derive(Debug, Serialize)]
pub struct JsonEdit<'a> {
    pub file: &'a str,
    pub line: usize,
    pub column: usize,
    pub end_line: usize,
    pub end_column: usize,
    pub offset: usize,
    pub end_offset: usize,
    pub replacement: &'a str,
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
            fixes: diagnostic
                .fixes
                .iter()
                .map(|fix| JsonFix {
                    title: &fix.title,
                    applicability: fix.applicability.as_str(),
                    edits: fix
                        .edits
                        .iter()
                        .map(|edit| {
                            let location = edit.location;
                            let position = Position::at(sources, location);
                            JsonEdit {
                                file: sources.name(location.file),
                                line: position.line,
                                column: position.column,
                                end_line: position.end_line,
                                end_column: position.end_column,
                                offset: location.span.start,
                                end_offset: location.span.end,
                                replacement: &edit.replacement,
                            }
                        })
                        .collect(),
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
