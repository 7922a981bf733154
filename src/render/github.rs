//! `--format github`: GitHub Actions workflow commands, which annotate the lines of a
//! pull request: `::error file=F,line=L,col=C,title=RULE::MESSAGE`.

use std::fmt::Write;

use super::Position;
use crate::diagnostic::{Diagnostic, Severity};
use crate::source::SourceMap;

pub fn render(sources: &SourceMap, diagnostics: &[Diagnostic]) -> String {
    let mut out = String::new();
    for diagnostic in diagnostics {
        let position = Position::of(sources, &diagnostic.primary);
        let command = match diagnostic.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Advice => "notice",
        };
        let _ = writeln!(
            out,
            "::{command} file={},line={},col={},endLine={},endColumn={},title={}::{}",
            property(sources.name(diagnostic.file())),
            position.line,
            position.column,
            position.end_line,
            position.end_column,
            property(diagnostic.rule),
            data(&diagnostic.message),
        );
    }
    out
}

/// Escapes a command's message as the Actions toolkit does.
fn data(text: &str) -> String {
    text.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Escapes a command property, where `:` and `,` are separators.
fn property(text: &str) -> String {
    data(text).replace(':', "%3A").replace(',', "%2C")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn separators_are_escaped() {
        assert_eq!(property("a,b:c%"), "a%2Cb%3Ac%25");
        assert_eq!(data("one\ntwo: 50%"), "one%0Atwo: 50%25");
    }
}
