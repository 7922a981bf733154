//! `wodc lsp`: the language server on standard input and output, with the loader and
//! the `wodc.toml` search of `wodc check`.

use std::cell::RefCell;
use std::path::Path;

use clap::Args as ClapArgs;
use wodc::levels::{CommandLine, Levels};
use wodc::resolve::Loader;

use super::config::{self, Configs};
use super::files::FsLoader;
use super::{Console, Outcome, Status};

/// Run the language server (LSP 3.17 on standard input and output), for editors.
#[derive(ClapArgs)]
#[command(
    long_about = "Run the language server: LSP 3.17 on standard input and output, for \
                  editors. It checks the editor's unsaved text as `wodc check` checks files \
                  (the levels of the project's wodc.toml included), and offers hovers, \
                  completion, go to definition, quick fixes, formatting, the outline, \
                  folding and inlay hints; docs/lsp.md describes each. Nothing but the \
                  protocol is written to standard output; the log goes to standard error.",
    after_help = "Editors start it themselves: see editors/README.md (VS Code, Neovim, Helix, Zed)."
)]
pub struct Args {}

pub fn run(console: &mut Console, _: Args) -> Outcome {
    let host = CliHost {
        configs: RefCell::new(Configs::search()),
    };
    match wodc::lsp::serve_stdio(&host) {
        Ok(()) => Ok(Status::Clean),
        Err(error) => {
            console.error(format_args!("the language server stopped: {error}"))?;
            Ok(Status::Failure)
        }
    }
}

/// The file system as `wodc check` sees it.
struct CliHost {
    configs: RefCell<Configs>,
}

impl wodc::lsp::Host for CliHost {
    fn loader(&self, program: Option<&Path>) -> Box<dyn Loader> {
        Box::new(FsLoader::for_program(program))
    }

    /// The levels of the `wodc.toml` governing the program; one that cannot be used
    /// is said in the log, and the rules' defaults are used.
    fn levels(&self, program: Option<&Path>) -> Levels {
        let mut configs = self.configs.borrow_mut();
        let governing = program.map(|path| configs.governing_file(path));
        for error in configs.take_errors() {
            wodc::lsp::log(format_args!("{error}"));
        }
        let config = governing.as_ref().and_then(config::Governing::config);
        config::levels(config, &CommandLine::default())
    }

    fn forget(&self) {
        *self.configs.borrow_mut() = Configs::search();
    }
}
