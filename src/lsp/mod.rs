//! `wodc lsp`: the language server (`cli.md`, "The language server").
//!
//! Synchronous, on rust-analyzer's `lsp-server` scaffold: one thread reads messages,
//! one writes them, and the main loop ([`server`]) answers each in turn. Documents are
//! synchronised whole; each change is checked with [`crate::check`], exactly as `wodc
//! check` checks a file, its imports read from the open documents first, then disk
//! ([`documents`]). Every answer comes from the pure queries of [`crate::query`]: the
//! files below only convert positions ([`convert`]) and protocol types, one file per
//! request kind.
//!
//! Standard output carries the protocol and nothing else: printing is denied in this
//! module, and [`log`] writes to standard error.

#![deny(clippy::print_stdout, clippy::print_stderr)]

mod code_action;
mod completion;
mod convert;
mod definition;
mod diagnostics;
mod document_symbol;
mod documents;
mod folding_range;
mod formatting;
mod hover;
mod inlay_hint;
mod server;
mod transport;

use std::path::Path;

use crate::levels::Levels;
use crate::resolve::Loader;

pub use server::run;
pub use transport::serve_stdio;

/// What the server needs from the world outside the pure core: the file system, and the
/// project's `wodc.toml`. The `wodc` binary gives its own (the loader and configuration
/// `wodc check` uses); tests give files held in memory.
pub trait Host {
    /// The loader that reads the imports of the program at `program` from disk
    /// (`None`: a document that is not a file).
    fn loader(&self, program: Option<&Path>) -> Box<dyn Loader>;

    /// The levels the program at `program` is checked with: its project's.
    fn levels(&self, program: Option<&Path>) -> Levels;

    /// Files changed on disk (a `wodc.toml` among them, perhaps): forget what was read.
    fn forget(&self) {}
}

/// Writes a line to standard error, where editors keep a server's log.
pub fn log(message: std::fmt::Arguments<'_>) {
    use std::io::Write;
    let _ = writeln!(std::io::stderr(), "wodc lsp: {message}");
}
