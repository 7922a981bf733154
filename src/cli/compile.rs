//! `wodc compile FILE --to FORMAT [-o OUT]`: check, then render the expanded program.

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};

use clap::{Args as ClapArgs, ValueEnum};
use wodc::backends::{self, Target};

use super::Status;
use super::check::Output;
use super::files;

/// Compile a program to JSON, session sheets (Markdown, HTML) or a calendar (ICS).
#[derive(ClapArgs)]
#[command(
    after_help = "Examples:\n  wodc compile plan.wod --to md -o plan.md\n  wodc compile plan.wod --to ics -o plan.ics\n  wodc compile plan.wod --to json | jq '.weeks[0]'"
)]
pub struct Args {
    /// The program to compile.
    file: PathBuf,
    /// The output format.
    #[arg(long, value_enum)]
    to: To,
    /// Where to write the output (standard output without it). An existing file is only
    /// replaced once the whole output is ready.
    #[arg(short, long, value_name = "OUT")]
    output: Option<PathBuf>,
    #[command(flatten)]
    diagnostics: Output,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum To {
    /// JSON for apps and scripts (schema/wod.schema.json)
    Json,
    /// printable session sheets in Markdown
    Md,
    /// printable session sheets as one HTML page
    Html,
    /// calendar events (iCalendar)
    Ics,
}

impl From<To> for Target {
    fn from(to: To) -> Self {
        match to {
            To::Json => Target::Json,
            To::Md => Target::Markdown,
            To::Html => Target::Html,
            To::Ics => Target::Ics,
        }
    }
}

pub fn run(args: Args) -> Status {
    let levels = match args.diagnostics.command_line() {
        Ok(levels) => levels,
        Err(error) => {
            eprintln!("wodc: {error}");
            return Status::Failure;
        }
    };
    let name = args.file.display().to_string();
    let (sources, analysis) = match files::check_file(&args.file, &levels) {
        Ok(checked) => checked,
        Err(status) => return status,
    };
    // Diagnostics go to standard error: standard output may be carrying the program.
    if !analysis.diagnostics.is_empty() {
        let report = args.diagnostics.render(
            &sources,
            1,
            &analysis.diagnostics,
            std::io::stderr().is_terminal(),
        );
        eprint!("{report}");
    }
    if analysis.has_errors() {
        eprintln!("wodc: {name} has errors; nothing was written");
        return Status::Findings;
    }
    let plan = wodc::plan::build(&analysis.model);
    let input = backends::Input {
        plan: &plan,
        sources: &sources,
        diagnostics: &analysis.diagnostics,
        made_at: jiff::Timestamp::now(),
    };
    let rendered = match backends::render(args.to.into(), &input) {
        Ok(rendered) => rendered,
        Err(missing) => {
            eprintln!(
                "wodc: cannot compile {name} to {}: {}",
                args.to.name(),
                missing.message
            );
            for location in &missing.at {
                let position = sources.line_column(location.file, location.span.start);
                let text = &sources.text(location.file)[location.span.start..location.span.end];
                eprintln!(
                    "  {}:{}:{}: {text}",
                    sources.name(location.file),
                    position.line,
                    position.column
                );
            }
            eprintln!("help: {}", missing.help);
            return Status::Findings;
        }
    };
    match &args.output {
        Some(path) => match write_atomically(path, rendered.as_bytes()) {
            Ok(()) => Status::Clean,
            Err(error) => {
                eprintln!("wodc: cannot write {}: {error}", path.display());
                Status::Failure
            }
        },
        None => {
            let mut stdout = std::io::stdout().lock();
            match stdout
                .write_all(rendered.as_bytes())
                .and_then(|()| stdout.flush())
            {
                Ok(()) => Status::Clean,
                // A closed pipe (`| head`) is the reader's choice, not a failure to report.
                Err(error) if error.kind() == std::io::ErrorKind::BrokenPipe => Status::Clean,
                Err(error) => {
                    eprintln!("wodc: cannot write to standard output: {error}");
                    Status::Failure
                }
            }
        }
    }
}

impl To {
    fn name(self) -> &'static str {
        match self {
            Self::Json => "json",
            Self::Md => "md",
            Self::Html => "html",
            Self::Ics => "ics",
        }
    }
}

/// Writes `bytes` to a temporary file in `path`'s directory, then renames it over
/// `path`: readers see the old file or the new one, never a part of either.
fn write_atomically(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let directory = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    let mut file = tempfile::NamedTempFile::new_in(directory)?;
    file.write_all(bytes)?;
    file.as_file().sync_all()?;
    file.persist(path).map_err(|error| error.error)?;
    Ok(())
}
