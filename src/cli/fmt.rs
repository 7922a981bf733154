//! `wodc fmt [--check] [--diff] [PATH...]`: rewrite files in the canonical layout
//! (`format.md`), or say which would change.
//!
//! Standard output carries what was asked for (the formatted text of `-`, the names of
//! `--check`, the diff of `--diff`); diagnostics and failures go to standard error.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};

use clap::Args as ClapArgs;
use wodc::format::{self, Refusal};
use wodc::render;
use wodc::source::{self, SourceMap};
use wodc::syntax;

use super::config::Configs;
use super::console::{self, Broken};
use super::destination;
use super::inputs::Selection;
use super::{Console, Outcome, Status};

/// Rewrite programs in the canonical layout.
///
/// Indentation, spacing, spellings and blank lines as `format.md` fixes them, trailing
/// comments aligned. A file with a syntax error is left untouched; standard input is
/// formatted to standard output.
#[derive(ClapArgs)]
#[command(
    after_help = "Examples:\n  wodc fmt plan.wod\n  wodc fmt --check programs/\n  wodc fmt --diff plan.wod\n  wodc fmt - < plan.wod"
)]
pub struct Args {
    #[command(flatten)]
    inputs: Selection,
    /// Read this `wodc.toml` (for its `exclude`) instead of searching for one.
    #[arg(long, value_name = "FILE")]
    config: Option<PathBuf>,
    /// Write nothing: name each file that would change (`would reformat PATH`) and exit 1
    /// if any would.
    #[arg(long)]
    check: bool,
    /// Write nothing: print the unified diff of each file that would change, and exit as
    /// --check does.
    #[arg(long)]
    diff: bool,
}

/// What the run does with a formatted file.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    /// Rewrite the file (standard input: print it).
    Write,
    /// Name it, if it would change.
    Check,
    /// Print its diff, if it would change.
    Diff,
}

/// What came of the files so far.
#[derive(Default)]
struct Tally {
    /// A file could not be read or written, or a path gave no file.
    failed: bool,
    /// A file has syntax errors, or (`--check`, `--diff`) would change.
    findings: bool,
}

pub fn run(console: &mut Console, args: Args) -> Outcome {
    let mode = if args.diff {
        Mode::Diff
    } else if args.check {
        Mode::Check
    } else {
        Mode::Write
    };
    let Some(mut configs) = Configs::load(args.config.as_deref(), console)? else {
        return Ok(Status::Failure);
    };
    let Some((inputs, failed)) = args.inputs.inputs(console, &mut configs)? else {
        return Ok(Status::Failure);
    };
    let mut tally = Tally {
        failed,
        findings: false,
    };
    for input in &inputs {
        let (name, path, bytes) = args.inputs.read(input);
        let path = path.filter(|_| !input.is_stdin());
        match bytes {
            Ok(bytes) => one(console, mode, &name, path, &bytes, &mut tally)?,
            Err(error) => {
                console.error(format_args!("cannot read {name}: {error}"))?;
                tally.failed = true;
            }
        }
    }
    Ok(if tally.failed {
        Status::Failure
    } else if tally.findings {
        Status::Findings
    } else {
        Status::Clean
    })
}

/// Formats one input, named `name`, read from `path` (`None`: standard input).
fn one(
    console: &mut Console,
    mode: Mode,
    name: &str,
    path: Option<&Path>,
    bytes: &[u8],
    tally: &mut Tally,
) -> Result<(), Broken> {
    let decoded = source::decode(bytes);
    let mut sources = SourceMap::new();
    let file = sources.add(name, decoded.text);
    let text = sources.shared_text(file);
    let parsed = syntax::parse_decoded(file, &text, decoded.invalid_at);
    let formatted = match format::format(&text, &parsed) {
        Ok(formatted) => formatted,
        Err(Refusal::SyntaxErrors) => {
            let color = std::io::stderr().is_terminal()
                && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
            let style = render::human::Style { color, width: 100 };
            console.report(&render::human::render(&sources, &parsed.diagnostics, style))?;
            console.error(format_args!(
                "{name} is left as it is: fmt does not rewrite a file with syntax errors"
            ))?;
            tally.findings = true;
            return Ok(());
        }
    };
    let changed = formatted.as_bytes() != bytes;
    match (mode, path) {
        (Mode::Write, None) => console.print(&formatted)?,
        (Mode::Write, Some(path)) => {
            if changed && let Err(error) = destination::rewrite(path, formatted.as_bytes()) {
                console.error(format_args!(
                    "cannot write {name}: {}",
                    console::reason(&error)
                ))?;
                tally.failed = true;
            }
        }
        (Mode::Check, _) if changed => {
            console.line(format_args!("would reformat {name}"))?;
            tally.findings = true;
        }
        (Mode::Diff, _) if changed => {
            let original = String::from_utf8_lossy(bytes);
            let diff = similar::TextDiff::from_lines(original.as_ref(), formatted.as_str());
            console.print(diff.unified_diff().header(name, name).to_string())?;
            tally.findings = true;
        }
        (Mode::Check | Mode::Diff, _) => {}
    }
    Ok(())
}
