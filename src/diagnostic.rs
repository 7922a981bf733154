//! The one diagnostic type every stage reports with and every output format renders.
//!
//! A diagnostic names its rule, points at one primary location (the rule's *anchor*)
//! and any number of secondary ones, says what is wrong in `message`, and how to fix
//! it in `help`. Severity is decided late: rules report at their default level and
//! [`crate::levels`] applies `allow`/`warn`/`deny` before anything is rendered.
//!
//! Every text a diagnostic carries goes through [`text::visible`] as it is set, so no
//! format can pass a hidden character of a file (an escape sequence, a right-to-left
//! override) raw to a terminal, a CI log or an editor.
//!
//! A diagnostic may carry [`Fix`]es: text edits that resolve it, each marked safe (one
//! clear answer, applied by `wodc check --fix`) or not (offered to a person, in the
//! editor or in JSON and SARIF, but never applied unseen).

use std::fmt;

use crate::span::{FileId, Location, Span};
use crate::text;

/// How serious a diagnostic is. Ordered from least to most serious.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    Advice,
    Warning,
    Error,
}

impl Severity {
    /// The word used in JSON, `short` and SARIF output.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Advice => "advice",
            Self::Warning => "warning",
            Self::Error => "error",
        }
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A place a diagnostic points at, with what it says there.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Label {
    pub location: Location,
    pub text: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Diagnostic {
    /// The rule's kebab-case name: the diagnostic's code.
    pub rule: &'static str,
    pub severity: Severity,
    pub message: String,
    /// The anchor: where the diagnostic is reported.
    pub primary: Label,
    /// Other places involved: the first of two definitions, the other session...
    pub secondary: Vec<Label>,
    pub help: Option<String>,
    /// Ways to resolve it, the most likely first.
    pub fixes: Vec<Fix>,
}

/// A change that resolves a diagnostic.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Fix {
    /// What it does, as a command: "Replace with `Bench Press`".
    pub title: String,
    pub edits: Vec<Edit>,
    pub applicability: Applicability,
}

/// Whether a fix may be applied without a person looking at it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Applicability {
    /// The one clear answer: a misspelling with one close match, a missing `:`.
    Safe,
    /// A likely answer that changes what the program means: a lighter drop, another
    /// exercise among several close ones.
    Unsafe,
}

impl Applicability {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Safe => "safe",
            Self::Unsafe => "unsafe",
        }
    }
}

/// Replace the text at `location` with `replacement` (empty: delete it; an empty span:
/// insert).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Edit {
    pub location: Location,
    pub replacement: String,
}

impl Fix {
    /// A fix of one edit.
    pub fn replace(
        title: impl Into<String>,
        location: Location,
        replacement: impl Into<String>,
        applicability: Applicability,
    ) -> Self {
        Self {
            title: title.into(),
            edits: vec![Edit {
                location,
                replacement: replacement.into(),
            }],
            applicability,
        }
    }

    pub fn is_safe(&self) -> bool {
        self.applicability == Applicability::Safe
    }
}

impl Diagnostic {
    pub fn new(
        rule: &'static str,
        severity: Severity,
        file: FileId,
        span: Span,
        message: impl Into<String>,
    ) -> Self {
        Self {
            rule,
            severity,
            message: visible(message.into()),
            primary: Label {
                location: Location::new(file, span),
                text: None,
            },
            secondary: Vec::new(),
            help: None,
            fixes: Vec::new(),
        }
    }

    /// An error that no level setting turns off.
    pub fn error(rule: &'static str, file: FileId, span: Span, message: impl Into<String>) -> Self {
        Self::new(rule, Severity::Error, file, span, message)
    }

    /// What the primary label says at the anchor.
    pub fn with_label(mut self, text: impl Into<String>) -> Self {
        self.primary.text = Some(visible(text.into()));
        self
    }

    pub fn with_secondary(mut self, location: Location, text: impl Into<String>) -> Self {
        self.secondary.push(Label {
            location,
            text: Some(visible(text.into())),
        });
        self
    }

    pub fn with_help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(visible(help.into()));
        self
    }

    /// Adds `fix`, if there is one.
    pub fn with_fix(mut self, fix: impl Into<Option<Fix>>) -> Self {
        self.fixes.extend(fix.into());
        self
    }

    /// A fix of one edit in the diagnostic's own file.
    pub fn with_edit(
        self,
        title: impl Into<String>,
        span: Span,
        replacement: impl Into<String>,
        applicability: Applicability,
    ) -> Self {
        let location = Location::new(self.file(), span);
        self.with_fix(Fix::replace(title, location, replacement, applicability))
    }

    pub fn file(&self) -> FileId {
        self.primary.location.file
    }

    pub fn span(&self) -> Span {
        self.primary.location.span
    }
}

/// `text` with its hidden characters named, reusing the string when it has none.
fn visible(text: String) -> String {
    match text::visible(&text) {
        std::borrow::Cow::Borrowed(_) => text,
        std::borrow::Cow::Owned(named) => named,
    }
}

/// Puts diagnostics in reading order: by file, then position, then rule name.
pub fn sort(diagnostics: &mut [Diagnostic]) {
    diagnostics.sort_by(|a, b| {
        (a.primary.location, a.rule, &a.message).cmp(&(b.primary.location, b.rule, &b.message))
    });
}

/// Joins words as a sentence lists them: `a`, `a or b`, `a, b or c`.
pub fn list_words<S: AsRef<str>>(words: &[S], conjunction: &str) -> String {
    match words {
        [] => String::new(),
        [one] => one.as_ref().to_owned(),
        [init @ .., last] => {
            let init: Vec<&str> = init.iter().map(AsRef::as_ref).collect();
            format!("{} {conjunction} {}", init.join(", "), last.as_ref())
        }
    }
}
