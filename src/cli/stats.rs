//! `wodc stats FILE`: weekly figures per muscle and block.

use std::path::PathBuf;

use clap::{Args as ClapArgs, ValueEnum};
use wodc::backends::stats;
use wodc::levels::CommandLine;
use wodc::render;
use wodc::resolve::Loader;
use wodc::source::SourceMap;

use super::Status;
use super::files::FsLoader;

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
    let loader = FsLoader;
    let name = args.file.display().to_string();
    let bytes = match loader.load(&args.file) {
        Ok(loaded) => loaded.bytes,
        Err(error) => {
            eprintln!("wodc: cannot read {name}: {error}");
            return Status::Failure;
        }
    };
    let mut sources = SourceMap::new();
    let analysis = wodc::check(
        &mut sources,
        &name,
        Some(&args.file),
        &bytes,
        &loader,
        &CommandLine::default(),
    );
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
