//! `wodc man [COMMAND]`: the manual page in roff, made from the same definition of the
//! command line as `--help`, with the sections `--help` has no room for.

use std::io::{self, Write};

use clap::{Args as ClapArgs, CommandFactory};
use clap_mangen::Man;
use clap_mangen::roff::{Roff, bold, roman};

use super::console::Broken;
use super::{Cli, Console, Outcome, Status};

/// Print the manual page (roff) on standard output.
#[derive(ClapArgs)]
#[command(after_help = "Examples:\n  wodc man | man -l -\n  wodc man check > wodc-check.1")]
pub struct Args {
    /// A command's own page, such as wodc-check(1), instead of the page of wodc.
    #[arg(value_name = "COMMAND")]
    command: Option<String>,
}

/// What `cli.md` fixes the exit status to mean.
const EXIT_STATUS: [(&str, &str); 4] = [
    ("0", "No errors (warnings allowed unless --deny warnings)."),
    (
        "1",
        "The files have errors, or warnings under --deny warnings.",
    ),
    (
        "2",
        "The command could not run: bad arguments, a wodc.toml with a mistake, a file that cannot be read, an output that cannot be written.",
    ),
    (
        "141",
        "The reader of standard output went away, as with | head.",
    ),
];

pub fn run(console: &mut Console, args: Args) -> Outcome {
    let mut wodc = Cli::command().disable_help_subcommand(true);
    wodc.build();
    let written = match &args.command {
        None => page(wodc, top_sections, console.stdout()),
        Some(name) => match wodc.find_subcommand(name) {
            Some(command) => page(command.clone(), see_also, console.stdout()),
            None => {
                console.error(format_args!(
                    "no command is named `{}`; `wodc --help` lists them",
                    wodc::text::shown(name)
                ))?;
                return Ok(Status::Failure);
            }
        },
    };
    written.map_err(Broken::Stdout)?;
    Ok(Status::Clean)
}

/// Writes the page of `command`: clap_mangen's sections, then its examples (taken from
/// `--help`, where they are written once) and the sections `more` adds.
fn page(command: clap::Command, more: fn(&mut Roff), out: &mut dyn Write) -> io::Result<()> {
    let examples = command
        .get_after_help()
        .map(|help| help.to_string())
        .unwrap_or_default();
    Man::new(command.after_help(None::<&str>))
        .source(concat!("wodc ", env!("CARGO_PKG_VERSION")))
        .render(out)?;
    let mut roff = Roff::new();
    let mut lines = examples.lines().skip_while(|line| line.ends_with(':'));
    if let Some(first) = lines.next() {
        roff.control("SH", ["EXAMPLES"]).control("nf", []);
        for line in std::iter::once(first).chain(lines) {
            roff.text([roman(line.trim())]);
        }
        roff.control("fi", []);
    }
    more(&mut roff);
    roff.to_writer(out)
}

fn top_sections(roff: &mut Roff) {
    roff.control("SH", ["EXIT STATUS"]);
    for (status, meaning) in EXIT_STATUS {
        roff.control("TP", [])
            .text([bold(status)])
            .text([roman(meaning)]);
    }
    roff.control("SH", ["FILES"])
        .control("TP", [])
        .text([bold("wodc.toml")])
        .text([roman(
            "A project's settings, read for each file from the first one in its directory or a parent (or the one given with --config): exclude, the paths a walk of a directory skips, and [rules], default levels of the guardrails (allow, warn or deny). A program's own allow, warn and deny lines win over them, and the command line over both.",
        )]);
    roff.control("SH", ["ENVIRONMENT"])
        .control("TP", [])
        .text([bold("NO_COLOR")])
        .text([roman(
            "When set and not empty, diagnostics are written without colour, even on a terminal.",
        )]);
}

fn see_also(roff: &mut Roff) {
    roff.control("SH", ["SEE ALSO"])
        .text([bold("wodc"), roman("(1)")]);
}
