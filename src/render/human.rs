//! `--format human`: miette's graphical report, with the source, labels and help.
//!
//! [`Diagnostic`] is adapted to `miette::Diagnostic` by hand, as kdl-rs does, because
//! its severity is only known at run time (levels come from `allow`/`warn`/`deny`).
//! Labels in the primary file are drawn on its snippet; a label in another file (the
//! first definition of a name, in an imported file) is drawn as a related note.

use std::fmt;

use miette::{GraphicalReportHandler, GraphicalTheme, LabeledSpan, SourceCode};

use super::excerpt::Excerpt;
use crate::diagnostic::{Diagnostic, Label, Severity};
use crate::source::SourceMap;
use crate::span::Span;

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

/// A diagnostic with the lines it points at, as miette draws it.
struct Report<'a> {
    diagnostic: &'a Diagnostic,
    source: Excerpt<'a>,
    /// The primary label, then the secondary ones in its file, each with its span in
    /// the excerpt.
    labels: Vec<(&'a Label, Span)>,
    notes: Vec<Note<'a>>,
}

impl<'a> Report<'a> {
    fn new(sources: &'a SourceMap, diagnostic: &'a Diagnostic) -> Self {
        let file = diagnostic.file();
        let (here, elsewhere): (Vec<&Label>, Vec<&Label>) = diagnostic
            .secondary
            .iter()
            .partition(|label| label.location.file == file);
        let labels: Vec<&Label> = std::iter::once(&diagnostic.primary).chain(here).collect();
        let spans: Vec<Span> = labels.iter().map(|l| l.location.span).collect();
        let (source, spans) = Excerpt::new(sources.file(file), &spans);
        Self {
            diagnostic,
            source,
            labels: labels.into_iter().zip(spans).collect(),
            notes: elsewhere
                .into_iter()
                .map(|label| Note::new(sources, label))
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
        Some(Box::new(self.labels.iter().enumerate().map(
            |(index, (label, span))| {
                let text = label.text.clone();
                if index == 0 {
                    LabeledSpan::new_primary_with_span(text, *span)
                } else {
                    LabeledSpan::new_with_span(text, *span)
                }
            },
        )))
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
    source: Excerpt<'a>,
    span: Span,
}

impl<'a> Note<'a> {
    fn new(sources: &'a SourceMap, label: &'a Label) -> Self {
        let location = label.location;
        let (source, spans) = Excerpt::new(sources.file(location.file), &[location.span]);
        Self {
            label,
            source,
            span: spans[0],
        }
    }
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
        Some(Box::new(std::iter::once(
            LabeledSpan::new_primary_with_span(self.label.text.clone(), self.span),
        )))
    }
}
