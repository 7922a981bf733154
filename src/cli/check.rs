//! `wodc check [PATH...]`: parse and check files, report in the chosen format.

use std::collections::HashSet;
use std::io::IsTerminal;
use std::path::{Path, PathBuf};

use clap::{Args as ClapArgs, ValueEnum};
use wodc::ast::LevelWord;
use wodc::diagnostic::Diagnostic;
use wodc::fix::Fixed;
use wodc::levels::{CommandLine, LevelError};
use wodc::render;
use wodc::source::SourceMap;

use super::config::{self, Configs};
use super::console::{self, Broken};
use super::destination;
use super::files::FsLoader;
use super::inputs::Selection;
use super::{Console, Outcome, Status};

/// Check programs: syntax, meaning, and the guardrails of the articles.
#[derive(ClapArgs)]
#[command(
    after_help = "Examples:\n  wodc check plan.wod\n  wodc check programs/ --format github --deny warnings\n  wodc check -A drop-size -D too-many-techniques plan.wod\n  cat plan.wod | wodc check --stdin-filename programs/plan.wod"
)]
pub struct Args {
    #[command(flatten)]
    inputs: Selection,
    /// Apply every fix marked safe, rewriting each file (standard input: the fixed text
    /// goes to standard output, the diagnostics to standard error), then report what
    /// is left.
    #[arg(long)]
    fix: bool,
    #[command(flatten)]
    output: Output,
    #[command(flatten)]
    levels: LevelArgs,
}

/// How the commands that report diagnostics write them.
#[derive(ClapArgs)]
pub struct Output {
    /// How to write diagnostics.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub format: Format,
    /// Print only the diagnostics, no summary line.
    #[arg(short, long)]
    pub quiet: bool,
}

/// Where the levels of rules come from, besides the programs: `wodc.toml` and flags.
#[derive(ClapArgs)]
pub struct LevelArgs {
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
    /// Read this `wodc.toml` for every file, instead of the one found upward from it.
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
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

impl LevelArgs {
    /// The levels the command line sets and the `wodc.toml` files to read, or `None`
    /// once it has said why the command cannot run (exit 2).
    pub fn load(&self, console: &mut Console) -> Result<Option<(CommandLine, Configs)>, Broken> {
        let command_line = match self.command_line() {
            Ok(command_line) => command_line,
            Err(error) => {
                console.error(format_args!("{error}"))?;
                return Ok(None);
            }
        };
        let Some(configs) = Configs::load(self.config.as_deref(), console)? else {
            return Ok(None);
        };
        Ok(Some((command_line, configs)))
    }

    fn command_line(&self) -> Result<CommandLine, LevelError> {
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
}

impl Output {
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
                if !self.quiet {
                    out.push_str(&summary(files, diagnostics));
                }
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
    let fixable = diagnostics
        .iter()
        .filter(|d| d.fixes.iter().any(|fix| fix.is_safe()))
        .count();
    let fixable = match fixable {
        0 => String::new(),
        n => format!(" ({n} fixable with `wodc check --fix`)"),
    };
    format!(
        "{} in {}{fixable}\n",
        parts.join(", "),
        plural(files, "file", "files")
    )
}

pub fn run(console: &mut Console, args: Args) -> Outcome {
    let Some((command_line, mut configs)) = args.levels.load(console)? else {
        return Ok(Status::Failure);
    };
    let Some((inputs, mut failed)) = args.inputs.inputs(console, &mut configs)? else {
        return Ok(Status::Failure);
    };
    let mut sources = SourceMap::new();
    let mut diagnostics = Vec::new();
    let mut checked = 0;
    for input in &inputs {
        let (name, path, bytes) = args.inputs.read(input);
        let bytes = match bytes {
            Ok(bytes) => bytes,
            Err(error) => {
                console.error(format_args!("cannot read {name}: {error}"))?;
                failed = true;
                continue;
            }
        };
        let loader = FsLoader::for_program(path);
        let levels = config::levels(input.governing.config(), &command_line);
        let analysis = if args.fix {
            let fixed = wodc::fix::fix(&mut sources, &name, path, &bytes, &loader, &levels);
            let written = write_fixed(console, input.is_stdin(), path, &bytes, &fixed)?;
            failed |= !written;
            if written && fixed.applied > 0 && !args.output.quiet {
                let fixes = if fixed.applied == 1 { "fix" } else { "fixes" };
                console.note(format_args!("{name}: {} {fixes} applied", fixed.applied))?;
            }
            fixed.analysis
        } else {
            wodc::check(&mut sources, &name, path, &bytes, &loader, &levels)
        };
        diagnostics.extend(analysis.diagnostics);
        checked += 1;
    }
    let diagnostics = deduplicate(&sources, diagnostics);
    // A run that failed and checked nothing has no report: its errors said why. One
    // that had nothing to check (every file excluded) reports that.
    if checked > 0 || !failed {
        // Fixing standard input, standard output carries the fixed text.
        let to_stderr = args.fix && inputs.iter().any(|input| input.is_stdin());
        let terminal = if to_stderr {
            std::io::stderr().is_terminal()
        } else {
            std::io::stdout().is_terminal()
        };
        let report = args
            .output
            .render(&sources, checked, &diagnostics, terminal);
        if to_stderr {
            console.report(&report)?;
        } else {
            console.print(&report)?;
        }
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

/// Puts the text `--fix` made where it belongs: a file is rewritten (atomically, its
/// mode kept) when it changed, standard input's text goes to standard output, fixed or
/// not. `false` once it has said why the file could not be written.
fn write_fixed(
    console: &mut Console,
    stdin: bool,
    path: Option<&Path>,
    original: &[u8],
    fixed: &Fixed,
) -> Result<bool, Broken> {
    let text = fixed.text.as_deref().map(str::as_bytes);
    match (stdin, path, text) {
        (true, _, text) => {
            console.print(text.unwrap_or(original))?;
            Ok(true)
        }
        (false, Some(path), Some(text)) => match destination::rewrite(path, text) {
            Ok(()) => Ok(true),
            Err(error) => {
                console.error(format_args!(
                    "cannot write {}: {}",
                    path.display(),
                    console::reason(&error)
                ))?;
                Ok(false)
            }
        },
        _ => Ok(true),
    }
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
