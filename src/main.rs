//! The `wodc` command: the pure core of the library, wrapped with files and a terminal.

mod cli;

/// See Cargo.toml: the language server's edits allocate and free whole analyses.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    cli::run().into()
}
