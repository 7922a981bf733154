// How the wodc language server is started: kept apart from extension.js, and free of
// the `vscode` module, so that node's test runner can check it (test/unit/).
'use strict';
const os = require('node:os');
const path = require('node:path');

/**
 * The command for `wod.server.path`: the configured executable (a bare name is looked
 * up on PATH; a leading `~/` is the home directory), or `wodc`, run as `wodc lsp`.
 * @param {unknown} configured the setting's value
 * @returns {{ command: string, args: string[] }}
 */
function serverCommand(configured) {
  let command = typeof configured === 'string' ? configured.trim() : '';
  if (command === '') command = 'wodc';
  if (command === '~' || command.startsWith('~/')) {
    command = path.join(os.homedir(), command.slice(1));
  }
  return { command, args: ['lsp'] };
}

module.exports = { serverCommand };
