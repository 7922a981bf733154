//! The `wodc` command: the pure core of the library, wrapped with files and a terminal.

mod cli;

fn main() -> std::process::ExitCode {
    cli::run().into()
}
