// The VS Code side of wod: starts `wodc lsp` (the setting `wod.server.path`, default
// `wodc` on PATH) for .wod files, and restarts it when that setting changes. The
// highlighting, brackets, indentation and snippets are declarative (package.json).
'use strict';
const vscode = require('vscode');
const { LanguageClient } = require('vscode-languageclient/node');
const { serverCommand } = require('./server');

/** @type {LanguageClient | undefined} */
let client;

function createClient() {
  const executable = serverCommand(vscode.workspace.getConfiguration('wod').get('server.path'));
  const serverOptions = { run: executable, debug: executable };
  const clientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'wod' },
      { scheme: 'untitled', language: 'wod' },
    ],
    synchronize: {
      // wodc.toml sets rule levels for every file below it.
      fileEvents: vscode.workspace.createFileSystemWatcher('**/wodc.toml'),
    },
  };
  // The id `wod` makes the client read the `wod.trace.server` setting.
  return new LanguageClient('wod', 'wodc', serverOptions, clientOptions);
}

async function start() {
  client = createClient();
  try {
    await client.start();
  } catch (error) {
    const { command } = serverCommand(vscode.workspace.getConfiguration('wod').get('server.path'));
    vscode.window.showErrorMessage(
      `wod: could not start the language server \`${command} lsp\` (${error && error.message ? error.message : error}). ` +
        'Install wodc, or point the `wod.server.path` setting at it.',
    );
  }
}

async function stop() {
  if (client === undefined) return;
  const running = client;
  client = undefined;
  try {
    await running.stop();
  } catch {
    // A server that never started cannot be stopped; nothing is left to clean up.
  }
}

async function restart() {
  await stop();
  await start();
}

/** @param {vscode.ExtensionContext} context */
async function activate(context) {
  context.subscriptions.push(
    vscode.commands.registerCommand('wod.restartServer', restart),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('wod.server.path')) return restart();
      return undefined;
    }),
  );
  await start();
}

function deactivate() {
  return stop();
}

module.exports = { activate, deactivate };
