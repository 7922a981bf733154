//! `wodc compile FILE --to FORMAT [-o OUT]`: check, then render the expanded program.

use std::io::IsTerminal;
use std::path::PathBuf;

use clap::{Args as ClapArgs, ValueEnum};
use wodc::backends::{self, Failure, Target};

use super::check::{LevelArgs, Output};
use super::config;
use super::console::{self, Broken};
use super::destination::Destination;
use super::files;
use super::{Console, Outcome, Status};

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
    /// Where to write the output (`-` or none: standard output). An existing file is
    /// only replaced once the whole output is ready, and keeps its mode.
    #[arg(short, long, value_name = "OUT")]
    output: Option<PathBuf>,
    #[command(flatten)]
    diagnostics: Output,
    #[command(flatten)]
    levels: LevelArgs,
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

pub fn run(console: &mut Console, args: Args) -> Outcome {
    let Some((command_line, mut configs)) = args.levels.load(console)? else {
        return Ok(Status::Failure);
    };
    // `exclude` is for walks of directories: the one file named is compiled.
    let governing = configs.governing_file(&args.file);
    let errors = configs.take_errors();
    for error in &errors {
        console.error(format_args!("{error}"))?;
    }
    if !errors.is_empty() {
        return Ok(Status::Failure);
    }
    let levels = config::levels(governing.config(), &command_line);
    let name = args.file.display().to_string();
    let destination = match &args.output {
        None => Destination::Stdout,
        Some(out) => match Destination::of(out, &args.file) {
            Ok(destination) => destination,
            Err(why) => {
                console.error(format_args!("cannot write {}: {why}", out.display()))?;
                return Ok(Status::Failure);
            }
        },
    };
    let (sources, analysis) = match files::check_file(console, &args.file, &levels) {
        Ok(checked) => checked,
        Err(outcome) => return outcome,
    };
    // Diagnostics go to standard error: standard output may be carrying the program.
    if !analysis.diagnostics.is_empty() {
        let terminal = std::io::stderr().is_terminal();
        let report = args
            .diagnostics
            .render(&sources, 1, &analysis.diagnostics, terminal);
        console.report(&report)?;
    }
    if analysis.has_errors() {
        console.error(format_args!("{name} has errors; nothing was written"))?;
        return Ok(Status::Findings);
    }
    let plan = match wodc::plan::build(&analysis.model) {
        Ok(plan) => plan,
        Err(too_large) => {
            console.error(format_args!("cannot compile {name}: {too_large}"))?;
            console.note(format_args!("help: {}", too_large.help()))?;
            return Ok(Status::Findings);
        }
    };
    let input = backends::Input {
        plan: &plan,
        sources: &sources,
        diagnostics: &analysis.diagnostics,
        made_at: jiff::Timestamp::now(),
    };
    let target = Target::from(args.to);
    let written = destination.write(console.stdout(), |out| {
        backends::render(target, &input, out)
    });
    match written {
        Ok(()) => Ok(Status::Clean),
        Err(Failure::Missing(missing)) => {
            console.error(format_args!(
                "cannot compile {name} to {}: {}",
                args.to.name(),
                missing.message
            ))?;
            for location in &missing.at {
                let position = sources.line_column(location.file, location.span.start);
                let text = &sources.text(location.file)[location.span.start..location.span.end];
                console.note(format_args!(
                    "  {}:{}:{}: {}",
                    sources.name(location.file),
                    position.line,
                    position.column,
                    wodc::text::visible(text)
                ))?;
            }
            console.note(format_args!("help: {}", missing.help))?;
            Ok(Status::Findings)
        }
        Err(Failure::Write(error)) => match &args.output {
            Some(out) if !matches!(destination, Destination::Stdout) => {
                let reason = console::reason(&error);
                console.error(format_args!("cannot write {}: {reason}", out.display()))?;
                Ok(Status::Failure)
            }
            _ => Err(Broken::Stdout(error)),
        },
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
