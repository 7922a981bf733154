//! Commands, arguments and exit status (`cli.md`).

mod catalog;
mod check;
mod compile;
mod completions;
mod config;
mod console;
mod destination;
mod files;
mod fmt;
mod inputs;
mod lsp;
mod man;
mod rules;
mod stats;

use console::{Console, Outcome};

use clap::{Parser, Subcommand};

/// The exit status of a command: `cli.md` fixes the numbers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// Nothing wrong (warnings allowed unless `--deny warnings`).
    Clean = 0,
    /// The files have errors.
    Findings = 1,
    /// The command could not run: bad arguments, unreadable input, unwritable output.
    Failure = 2,
    /// The reader of standard output went away (`| head`): the status a shell gives a
    /// command ended by SIGPIPE, as `cat` ends.
    ReaderGone = 141,
}

impl From<Status> for std::process::ExitCode {
    fn from(status: Status) -> Self {
        (status as u8).into()
    }
}

/// Check and compile `.wod` strength-training programs.
#[derive(Parser)]
#[command(
    name = "wodc",
    version,
    about,
    after_help = "Examples:\n  wodc check plan.wod\n  wodc check programs/ --format github\n  wodc explain drop-size"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    Check(check::Args),
    Compile(compile::Args),
    Fmt(fmt::Args),
    Lsp(lsp::Args),
    Explain(rules::ExplainArgs),
    Rules(rules::RulesArgs),
    Catalog(catalog::Args),
    Stats(stats::Args),
    Completions(completions::Args),
    Man(man::Args),
}

pub fn run() -> Status {
    let mut console = Console::new();
    let outcome = command(&mut console);
    console.finish(outcome)
}

fn command(console: &mut Console) -> Outcome {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(error) => {
            // Help and version go to stdout and succeed; real mistakes exit 2.
            let _ = error.print();
            return Ok(if error.use_stderr() {
                Status::Failure
            } else {
                Status::Clean
            });
        }
    };
    match cli.command {
        Command::Check(args) => check::run(console, args),
        Command::Compile(args) => compile::run(console, args),
        Command::Fmt(args) => fmt::run(console, args),
        Command::Lsp(args) => lsp::run(console, args),
        Command::Explain(args) => rules::explain(console, args),
        Command::Rules(args) => rules::list(console, args),
        Command::Catalog(args) => catalog::run(console, args),
        Command::Stats(args) => stats::run(console, args),
        Command::Completions(args) => completions::run(console, args),
        Command::Man(args) => man::run(console, args),
    }
}
