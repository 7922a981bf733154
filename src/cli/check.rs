//! `wodc check [PATH...]`: parse and check files, report in the chosen format.

use std::collections::HashSet;
use std::io::IsTerminal;
use std::path::PathBuf;

use clap::{Args as ClapArgs, ValueEnum};
use wodc::ast::LevelWord;
use wodc::diagnostic::Diagnostic;
use wodc::levels::CommandLine;
use wodc::render;
use wodc::source::SourceMap;

use super::files::{self, FsLoader, Input, PathProblem};
use super::{Console, Outcome, Status, console};

/// Check programs: syntax, meaning, and the guardrails of the articles.
#[derive(ClapArgs)]
#[command(
    after_help = "Examples:\n  wodc check plan.wod\n  wodc check programs/ --format github --deny warnings\n  wodc check -A drop-size -D too-many-techniques plan.wod\n  cat plan.wod | wodc check -"
)]
pub struct Args {
    /// Files to check; a directory means every `.wod` file below it, `-` standard input.
    #[arg(default_value = ".")]
    paths: Vec<PathBuf>,
    #[command(flatten)]
    output: Output,
}

/// The options shared by every command that reports diagnostics.
#[derive(ClapArgs)]
pub struct Output {
    /// How to write diagnostics.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub format: Format,
    /// `--deny warnings` makes every warning an error.
    #[arg(long = "deny", value_name = "warnings", value_parser = ["warnings"])]
    pub deny: Option<String>,
    /// Allow RULE (silence it). -D wins over -W, which wins over -A.
    #[arg(short = 'A', value_name = "RULE")]
    pub allow: Vec<String>,
    /// Report RULE as a warning.
    #[arg(short = 'W', value_name = "RULE")]
    pub warn: Vec<String>,
    /// Report RULE as an error.
    #[arg(short = 'D', value_name = "RULE")]
    pub deny_rule: Vec<String>,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// miette's graphical report (colour on a terminal, unless NO_COLOR is set)
    Human,
    /// one line each: FILE:LINE:COL: LEVEL[RULE]: MESSAGE
    Short,
    /// one JSON document (`cli.md`)
    Json,
    /// GitHub Actions workflow commands
    Github,
    /// a SARIF 2.1.0 log
    Sarif,
}

impl Output {
    /// The levels the command line sets, or why they cannot be set.
    pub fn command_line(&self) -> Result<CommandLine, wodc::levels::LevelError> {
        let mut levels = CommandLine::new(self.deny.is_some());
        for (rules, word) in [
            (&self.allow, LevelWord::Allow),
            (&self.warn, LevelWord::Warn),
            (&self.deny_rule, LevelWord::Deny),
        ] {
            for rule in rules {
                levels.set(rule, word)?;
            }
        }
        Ok(levels)
    }

    /// Renders diagnostics in the chosen format.
    pub fn render(
        &self,
        sources: &SourceMap,
        files: usize,
        diagnostics: &[Diagnostic],
        terminal: bool,
    ) -> String {
        match self.format {
            Format::Human => {
                let color = terminal && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
                let style = render::human::Style { color, width: 100 };
                let mut out = render::human::render(sources, diagnostics, style);
                out.push_str(&summary(files, diagnostics));
                out
            }
            Format::Short => render::short::render(sources, diagnostics),
            Format::Json => render::json::render(sources, files, diagnostics),
            Format::Github => render::github::render(sources, diagnostics),
            Format::Sarif => render::sarif::render(sources, diagnostics),
        }
    }
}

/// "2 errors, 1 warning in 3 files", the closing line of the human format.
fn summary(files: usize, diagnostics: &[Diagnostic]) -> String {
    let counts = render::Counts::of(diagnostics);
    let plural =
        |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
    let mut parts = vec![
        plural(counts.errors, "error", "errors"),
        plural(counts.warnings, "warning", "warnings"),
    ];
    if counts.advice > 0 {
        parts.push(plural(counts.advice, "piece of advice", "pieces of advice"));
    }
    format!(
        "{} in {}\n",
        parts.join(", "),
        plural(files, "file", "files")
    )
}

pub fn run(console: &mut Console, args: Args) -> Outcome {
    let levels = match args.output.command_line() {
        Ok(levels) => levels,
        Err(error) => {
            console.error(format_args!("{error}"))?;
            return Ok(Status::Failure);
        }
    };
    let (inputs, problems) = files::inputs(&args.paths);
    let mut failed = !problems.is_empty();
    for problem in &problems {
        match problem {
            PathProblem::NoWodFiles(path) => {
                console.error(format_args!("no `.wod` files in {}", path.display()))?
            }
            PathProblem::Unreadable(path, error) => console.error(format_args!(
                "cannot read {}: {}",
                path.display(),
                console::reason(error)
            ))?,
        }
    }
    let mut sources = SourceMap::new();
    let mut diagnostics = Vec::new();
    let mut checked = 0;
    for input in &inputs {
        let (name, path, bytes) = match input {
            Input::Stdin => ("<stdin>".to_owned(), None, files::read_stdin()),
            Input::File(path) => (
                path.display().to_string(),
                Some(path.as_path()),
                files::read_program(path),
            ),
        };
        let bytes = match bytes {
            Ok(bytes) => bytes,
            Err(error) => {
                console.error(format_args!("cannot read {name}: {error}"))?;
                failed = true;
                continue;
            }
        };
        let loader = FsLoader::for_program(path);
        let analysis = wodc::check(&mut sources, &name, path, &bytes, &loader, &levels);
        diagnostics.extend(analysis.diagnostics);
        checked += 1;
    }
    let diagnostics = deduplicate(&sources, diagnostics);
    // A run that checked nothing has no report: its read errors said why.
    if checked > 0 {
        let terminal = std::io::stdout().is_terminal();
        console.print(
            &args
                .output
                .render(&sources, checked, &diagnostics, terminal),
        )?;
    }
    Ok(if failed {
        Status::Failure
    } else if diagnostics
        .iter()
        .any(|d| d.severity == wodc::diagnostic::Severity::Error)
    {
        Status::Findings
    } else {
        Status::Clean
    })
}

/// Drops repeats: a file checked itself and imported by another reports its errors once.
fn deduplicate(sources: &SourceMap, diagnostics: Vec<Diagnostic>) -> Vec<Diagnostic> {
    let mut seen = HashSet::new();
    diagnostics
        .into_iter()
        .filter(|d| {
            let file = sources.name(d.file()).to_owned();
            seen.insert((file, d.span(), d.rule, d.message.clone()))
        })
        .collect()
}
