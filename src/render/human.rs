//! `--format human`: miette's graphical report, with the source, labels and help.
//!
//! [`Diagnostic`] is adapted to `miette::Diagnostic` by hand, as kdl-rs does, because
//! its severity is only known at run time (levels come from `allow`/`warn`/`deny`).
//! Labels in the primary file are drawn on its snippet; a label in another file (the
//! first definition of a name, in an imported file) is drawn as a related note.

use std::fmt;

use miette::{
    GraphicalReportHandler, GraphicalTheme, LabeledSpan, MietteError, MietteSpanContents,
    SourceCode, SourceSpan, SpanContents,
};

use crate::diagnostic::{Diagnostic, Label, Severity};
use crate::source::SourceMap;
use crate::span::FileId;

/// How the report is drawn.
#[derive(Debug, Clone, Copy)]
pub struct Style {
    /// ANSI colours: only for a terminal, and never under `NO_COLOR`.
    pub color: bool,
    pub width: usize,
}

pub fn render(sources: &SourceMap, diagnostics: &[Diagnostic], style: Style) -> String {
    let theme = if style.color {
        GraphicalTheme::unicode()
    } else {
        GraphicalTheme::unicode_nocolor()
    };
    let handler = GraphicalReportHandler::new_themed(theme)
        .with_width(style.width)
        .with_links(false)
        .with_word_splitter(textwrap::WordSplitter::NoHyphenation);
    let mut out = String::new();
    for (index, diagnostic) in diagnostics.iter().enumerate() {
        if index > 0 {
            out.push('\n');
        }
        let report = Report::new(sources, diagnostic);
        handler
            .render_report(&mut out, &report)
            .expect("rendering to a String cannot fail");
    }
    out
}

/// A file's text under its name, as miette reads snippets.
struct NamedText<'a> {
    name: &'a str,
    text: &'a str,
}

impl<'a> NamedText<'a> {
    fn new(sources: &'a SourceMap, file: FileId) -> Self {
        Self {
            name: sources.name(file),
            text: sources.text(file),
        }
    }
}

impl SourceCode for NamedText<'_> {
    fn read_span<'b>(
        &'b self,
        span: &SourceSpan,
        context_lines_before: usize,
        context_lines_after: usize,
    ) -> Result<Box<dyn SpanContents<'b> + 'b>, MietteError> {
        let contents = self
            .text
            .read_span(span, context_lines_before, context_lines_after)?;
        Ok(Box::new(MietteSpanContents::new_named(
            self.name.to_owned(),
            contents.data(),
            *contents.span(),
            contents.line(),
            contents.column(),
            contents.line_count(),
        )))
    }
}

/// A diagnostic with its source, as miette draws it.
struct Report<'a> {
    diagnostic: &'a Diagnostic,
    source: NamedText<'a>,
    labels: Vec<&'a Label>,
    notes: Vec<Note<'a>>,
}

impl<'a> Report<'a> {
    fn new(sources: &'a SourceMap, diagnostic: &'a Diagnostic) -> Self {
        let file = diagnostic.file();
        let (labels, elsewhere): (Vec<&Label>, Vec<&Label>) = diagnostic
            .secondary
            .iter()
            .partition(|label| label.location.file == file);
        Self {
            diagnostic,
            source: NamedText::new(sources, file),
            labels,
            notes: elsewhere
                .into_iter()
                .map(|label| Note {
                    label,
                    source: NamedText::new(sources, label.location.file),
                })
                .collect(),
        }
    }
}

impl fmt::Debug for Report<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.diagnostic.fmt(f)
    }
}

impl fmt::Display for Report<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.diagnostic.message)
    }
}

impl std::error::Error for Report<'_> {}

impl miette::Diagnostic for Report<'_> {
    fn code<'b>(&'b self) -> Option<Box<dyn fmt::Display + 'b>> {
        Some(Box::new(self.diagnostic.rule))
    }

    fn severity(&self) -> Option<miette::Severity> {
        Some(match self.diagnostic.severity {
            Severity::Error => miette::Severity::Error,
            Severity::Warning => miette::Severity::Warning,
            Severity::Advice => miette::Severity::Advice,
        })
    }

    fn help<'b>(&'b self) -> Option<Box<dyn fmt::Display + 'b>> {
        self.diagnostic
            .help
            .as_ref()
            .map(|help| Box::new(help) as Box<dyn fmt::Display>)
    }

    fn source_code(&self) -> Option<&dyn SourceCode> {
        Some(&self.source)
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        let primary = &self.diagnostic.primary;
        let primary =
            LabeledSpan::new_primary_with_span(primary.text.clone(), primary.location.span);
        let secondary = self
            .labels
            .iter()
            .map(|label| LabeledSpan::new_with_span(label.text.clone(), label.location.span));
        Some(Box::new(std::iter::once(primary).chain(secondary)))
    }

    fn related<'b>(&'b self) -> Option<Box<dyn Iterator<Item = &'b dyn miette::Diagnostic> + 'b>> {
        if self.notes.is_empty() {
            return None;
        }
        Some(Box::new(
            self.notes.iter().map(|n| n as &dyn miette::Diagnostic),
        ))
    }
}

/// A label in another file than the diagnostic's own, drawn as a note of its own.
struct Note<'a> {
    label: &'a Label,
    source: NamedText<'a>,
}

impl fmt::Debug for Note<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.label.fmt(f)
    }
}

impl fmt::Display for Note<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.label.text.as_deref().unwrap_or("see also"))
    }
}

impl std::error::Error for Note<'_> {}

impl miette::Diagnostic for Note<'_> {
    fn severity(&self) -> Option<miette::Severity> {
        Some(miette::Severity::Advice)
    }

    fn source_code(&self) -> Option<&dyn SourceCode> {
        Some(&self.source)
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        let span = self.label.location.span;
        Some(Box::new(std::iter::once(
            LabeledSpan::new_primary_with_span(self.label.text.clone(), span),
        )))
    }
}
