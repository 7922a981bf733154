//! The wod extension for Zed: starts the wodc language server, `wodc lsp`, with the
//! `wodc` found on the worktree's PATH (the user installs wodc; nothing is downloaded).

use zed_extension_api::{self as zed, LanguageServerId, Result};

struct WodExtension;

impl zed::Extension for WodExtension {
    fn new() -> Self {
        WodExtension
    }

    fn language_server_command(
        &mut self,
        _language_server_id: &LanguageServerId,
        worktree: &zed::Worktree,
    ) -> Result<zed::Command> {
        let command = worktree.which("wodc").ok_or_else(|| {
            "wodc is not on PATH: install it (see https://github.com/wodc/wodc) and reopen the project"
                .to_string()
        })?;
        Ok(zed::Command {
            command,
            args: vec!["lsp".to_string()],
            // The login shell's environment, so that wodc finds what it would in a terminal.
            env: worktree.shell_env(),
        })
    }
}

zed::register_extension!(WodExtension);
