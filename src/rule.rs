//! What every rule declares about itself: its name, default level, and documentation.
//!
//! A rule's doc comment is its documentation: [`declare_rule!`] keeps the `///` lines
//! both as rustdoc and as the text `wodc explain RULE` prints, in the manner of Biome's
//! `declare_lint_rule!` (a plain `macro_rules!`, so the crate needs no proc-macro).

use crate::diagnostic::Severity;

/// A rule's level: the severity it reports with, or `Allow` to stay silent.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Level {
    Allow,
    Advice,
    Warning,
    Error,
}

impl Level {
    pub fn severity(self) -> Option<Severity> {
        match self {
            Self::Allow => None,
            Self::Advice => Some(Severity::Advice),
            Self::Warning => Some(Severity::Warning),
            Self::Error => Some(Severity::Error),
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Allow => "allow",
            Self::Advice => "advice",
            Self::Warning => "warning",
            Self::Error => "error",
        }
    }
}

/// Whether `allow`/`warn`/`deny` may change a rule's level.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// An error of meaning: the program does not say anything coherent. Always an error.
    Meaning,
    /// A guardrail: advice from the articles, at a level the author may change.
    Guardrail,
}

/// Whether a rule's diagnostics come with a [`crate::diagnostic::Fix`], as ruff's
/// `FixAvailability` and Biome's `fix_kind` say it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FixAvailability {
    /// Never: what is right depends on the program.
    None,
    /// When the answer is clear: some of its diagnostics have a fix.
    Sometimes,
    /// Every diagnostic has one.
    Always,
}

impl FixAvailability {
    /// The line `wodc explain` prints about fixes.
    pub fn sentence(self) -> &'static str {
        match self {
            Self::None => "Automatic fix: none; what is right depends on the program.",
            Self::Sometimes => {
                "Automatic fix: offered when the answer is clear (`wodc check --fix` \
                 applies the safe ones; editors offer them all)."
            }
            Self::Always => {
                "Automatic fix: always offered (`wodc check --fix` applies the safe ones; \
                 editors offer them all)."
            }
        }
    }
}

/// A rule's metadata.
#[derive(Debug)]
pub struct RuleMeta {
    pub name: &'static str,
    pub default_level: Level,
    pub kind: Kind,
    pub fix: FixAvailability,
    /// The doc comment: `## What it checks`, `## Why`, `## Example`, `## Fix`.
    pub doc: &'static str,
}

impl RuleMeta {
    /// The documentation as `wodc explain` prints it: the doc comment without the one
    /// space that `///` leaves at the start of each line.
    pub fn explanation(&self) -> String {
        let mut out = String::new();
        for line in self.doc.lines() {
            out.push_str(line.strip_prefix(' ').unwrap_or(line));
            out.push('\n');
        }
        out
    }

    /// The first sentence under `## What it checks`: the one-line summary for `wodc rules`.
    pub fn summary(&self) -> String {
        let explanation = self.explanation();
        let body = section(&explanation, "What it checks").unwrap_or_default();
        let paragraph: String = body
            .lines()
            .take_while(|l| !l.trim().is_empty())
            .map(str::trim)
            .collect::<Vec<_>>()
            .join(" ");
        match paragraph.find(". ") {
            Some(end) => paragraph[..=end].to_owned(),
            None => paragraph,
        }
    }
}

/// The text of a `## NAME` section of a rule's explanation, up to the next heading.
pub fn section<'a>(explanation: &'a str, name: &str) -> Option<&'a str> {
    let heading = format!("## {name}\n");
    let start = explanation.find(&heading)? + heading.len();
    let rest = &explanation[start..];
    let end = rest.find("\n## ").map_or(rest.len(), |i| i + 1);
    Some(rest[..end].trim_matches('\n'))
}

/// Declares a rule's [`RuleMeta`] from its doc comment.
///
/// ```ignore
/// declare_rule! {
///     /// ## What it checks
///     /// ...
///     pub static META = {
///         name: "drop-size",
///         level: Warning,
///         kind: Guardrail,
///         fix: Sometimes,
///     }
/// }
/// ```
#[macro_export]
macro_rules! declare_rule {
    (
        $(#[doc = $doc:literal])+
        $vis:vis static $ident:ident = {
            name: $name:literal,
            level: $level:ident,
            kind: $kind:ident,
            fix: $fix:ident $(,)?
        }
    ) => {
        $(#[doc = $doc])+
        $vis static $ident: $crate::rule::RuleMeta = $crate::rule::RuleMeta {
            name: $name,
            default_level: $crate::rule::Level::$level,
            kind: $crate::rule::Kind::$kind,
            fix: $crate::rule::FixAvailability::$fix,
            doc: concat!($($doc, "\n"),+),
        };
    };
}
