//! Renderings of the program. Each backend is one file and only renders: every value it
//! prints was computed by [`crate::plan`] or [`crate::model`]. A new output format is a
//! new file, a [`Target`] and a line in [`render`].

pub mod html;
pub mod ics;
pub mod json;
pub mod markdown;
pub(crate) mod sheet;
pub mod stats;

use crate::diagnostic::Diagnostic;
use crate::plan::Plan;
use crate::source::SourceMap;

/// What a backend renders from.
pub struct Input<'a> {
    pub plan: &'a Plan<'a>,
    pub sources: &'a SourceMap,
    /// The program's warnings and advice (a program with errors is not compiled).
    pub diagnostics: &'a [Diagnostic],
    /// When the output is made (a calendar's `DTSTAMP`): given by the caller, since the
    /// core reads no clock.
    pub made_at: jiff::Timestamp,
}

/// The formats of `wodc compile --to`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    Json,
    Markdown,
    Html,
    Ics,
}

/// Why a program cannot be rendered in a format: a fact it lacks, and where.
#[derive(Debug, Clone, PartialEq)]
pub struct Missing {
    pub message: String,
    pub help: String,
    /// The places that lack it, if any: the sessions without a day, say.
    pub at: Vec<crate::span::Location>,
}

/// A number as JSON readers expect it: whole numbers without a fraction (`80`, not
/// `80.0`), others as decimals without binary noise.
#[derive(Debug, Clone, Copy)]
pub struct Number(pub f64);

impl serde::Serialize for Number {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let value = (self.0 * 1e6).round() / 1e6;
        if value.fract() == 0.0 && value.abs() < 1e15 {
            serializer.serialize_i64(value as i64)
        } else {
            serializer.serialize_f64(value)
        }
    }
}

/// Why a program was not rendered.
#[derive(Debug)]
pub enum Failure {
    /// The program lacks what the format needs; nothing was written.
    Missing(Missing),
    /// The output could not be written.
    Write(std::io::Error),
}

impl From<std::io::Error> for Failure {
    fn from(error: std::io::Error) -> Self {
        Self::Write(error)
    }
}

/// Renders the plan in `target`'s format to `out`, as it goes: the whole output is
/// never held in memory. A format that needs what the program lacks (a calendar needs
/// dates) says so before writing anything.
pub fn render(
    target: Target,
    input: &Input<'_>,
    out: &mut dyn std::io::Write,
) -> Result<(), Failure> {
    match target {
        Target::Json => json::render(input, out)?,
        Target::Markdown => markdown::render(input, out)?,
        Target::Html => html::render(input, out)?,
        Target::Ics => ics::render(input, out)?,
    }
    Ok(())
}
