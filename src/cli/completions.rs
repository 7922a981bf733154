//! `wodc completions SHELL`: a completion script, made from the same definition of the
//! command line as `--help`, so it never falls behind.

use clap::{Args as ClapArgs, CommandFactory};
use clap_complete::Shell;

use super::console::Broken;
use super::{Cli, Console, Outcome, Status};

/// Print a completion script for a shell.
#[derive(ClapArgs)]
#[command(
    after_help = "Examples:\n  wodc completions bash > ~/.local/share/bash-completion/completions/wodc\n  wodc completions zsh > ~/.zfunc/_wodc\n  wodc completions fish > ~/.config/fish/completions/wodc.fish"
)]
pub struct Args {
    /// The shell the script is for.
    #[arg(value_enum)]
    shell: Shell,
}

pub fn run(console: &mut Console, args: Args) -> Outcome {
    // clap_complete panics when its writer fails: it writes to memory, and the script
    // goes out through the console like any other output.
    let mut script = Vec::new();
    clap_complete::generate(args.shell, &mut Cli::command(), "wodc", &mut script);
    console
        .stdout()
        .write_all(&script)
        .map_err(Broken::Stdout)?;
    Ok(Status::Clean)
}
