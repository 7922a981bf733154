//! `wodc stats FILE`: weekly figures per muscle and block.

use std::path::PathBuf;

use clap::{Args as ClapArgs, ValueEnum};
use wodc::backends::stats;
use wodc::levels::Levels;
use wodc::render;

use super::files;
use super::{Console, Outcome, Status};

/// Show each week's hard sets, intensified sets and fatigue units per muscle.
#[derive(ClapArgs)]
#[command(after_help = "Examples:\n  wodc stats plan.wod\n  wodc stats plan.wod --format json")]
pub struct Args {
    /// The program.
    file: PathBuf,
    /// A table for people, or JSON for scripts.
    #[arg(long, value_enum, default_value_t = Format::Table)]
    format: Format,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Format {
    Table,
    Json,
}

pub fn run(console: &mut Console, args: Args) -> Outcome {
    let name = args.file.display().to_string();
    let (sources, analysis) = match files::check_file(console, &args.file, &Levels::default()) {
        Ok(checked) => checked,
        Err(outcome) => return outcome,
    };
    if analysis.has_errors() {
        let errors: Vec<_> = analysis
            .diagnostics
            .into_iter()
            .filter(|d| d.severity == wodc::diagnostic::Severity::Error)
            .collect();
        let style = render::human::Style {
            color: false,
            width: 100,
        };
        console.report(&render::human::render(&sources, &errors, style))?;
        console.error(format_args!(
            "{name} has errors; fix them to see its figures"
        ))?;
        return Ok(Status::Findings);
    }
    match args.format {
        Format::Table => console.print(stats::table(&analysis.model))?,
        Format::Json => console.print(stats::json(&analysis.model))?,
    }
    Ok(Status::Clean)
}
