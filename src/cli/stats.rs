//! `wodc stats FILE`: weekly figures per muscle and block.

use std::path::PathBuf;

use clap::{Args as ClapArgs, ValueEnum};
use wodc::backends::stats;
use wodc::levels::CommandLine;
use wodc::render;

use super::Status;
use super::files;

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

pub fn run(args: Args) -> Status {
    let name = args.file.display().to_string();
    let (sources, analysis) = match files::check_file(&args.file, &CommandLine::default()) {
        Ok(checked) => checked,
        Err(status) => return status,
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
        eprint!("{}", render::human::render(&sources, &errors, style));
        eprintln!("wodc: {name} has errors; fix them to see its figures");
        return Status::Findings;
    }
    match args.format {
        Format::Table => print!("{}", stats::table(&analysis.model)),
        Format::Json => print!("{}", stats::json(&analysis.model)),
    }
    Status::Clean
}
