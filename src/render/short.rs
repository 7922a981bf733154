//! `--format short`: one line per diagnostic, `FILE:LINE:COL: LEVEL[RULE]: MESSAGE`.

use std::fmt::Write;

use super::Position;
use crate::diagnostic::Diagnostic;
use crate::source::SourceMap;

pub fn render(sources: &SourceMap, diagnostics: &[Diagnostic]) -> String {
    let mut out = String::new();
    for diagnostic in diagnostics {
        let position = Position::of(sources, &diagnostic.primary);
        // Writing to a String cannot fail.
        let _ = writeln!(
            out,
            "{}:{}:{}: {}[{}]: {}",
            sources.name(diagnostic.file()),
            position.line,
            position.column,
            diagnostic.severity,
            diagnostic.rule,
            diagnostic.message
        );
    }
    out
}
