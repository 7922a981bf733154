// Unit tests for the extension's own code, run with `node --test` (no VS Code needed:
// the `vscode` and `vscode-languageclient/node` modules are replaced by recorders).
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const Module = require('node:module');
const os = require('node:os');
const path = require('node:path');

const { serverCommand } = require('../../server');

test('the server is `wodc lsp` by default', () => {
  assert.deepEqual(serverCommand(undefined), { command: 'wodc', args: ['lsp'] });
  assert.deepEqual(serverCommand(''), { command: 'wodc', args: ['lsp'] });
  assert.deepEqual(serverCommand('   '), { command: 'wodc', args: ['lsp'] });
});

test('wod.server.path is used as written, with ~ for the home directory', () => {
  assert.deepEqual(serverCommand('/opt/wodc/bin/wodc'), {
    command: '/opt/wodc/bin/wodc',
    args: ['lsp'],
  });
  assert.deepEqual(serverCommand(' target/debug/wodc '), { command: 'target/debug/wodc', args: ['lsp'] });
  assert.equal(serverCommand('~/bin/wodc').command, path.join(os.homedir(), 'bin/wodc'));
});

/** Loads extension.js against fake `vscode` and language-client modules. */
function loadExtension(settings) {
  const events = { clients: [], errors: [], commands: {}, configListeners: [] };
  class FakeClient {
    constructor(id, name, serverOptions, clientOptions) {
      Object.assign(this, { id, name, serverOptions, clientOptions, running: false });
      events.clients.push(this);
    }
    async start() {
      if (settings['server.path'] === 'missing') throw new Error('spawn missing ENOENT');
      this.running = true;
    }
    async stop() {
      this.running = false;
    }
  }
  const vscode = {
    workspace: {
      getConfiguration: (section) => {
        assert.equal(section, 'wod');
        return { get: (key) => settings[key] };
      },
      createFileSystemWatcher: (glob) => ({ glob }),
      onDidChangeConfiguration: (listener) => {
        events.configListeners.push(listener);
        return { dispose() {} };
      },
    },
    window: { showErrorMessage: (message) => events.errors.push(message) },
    commands: {
      registerCommand: (name, fn) => {
        events.commands[name] = fn;
        return { dispose() {} };
      },
    },
  };
  const fakes = { vscode, 'vscode-languageclient/node': { LanguageClient: FakeClient } };
  const load = Module._load;
  Module._load = function (request, ...rest) {
    return request in fakes ? fakes[request] : load.call(this, request, ...rest);
  };
  const file = require.resolve('../../extension');
  delete require.cache[file];
  try {
    return { extension: require(file), events };
  } finally {
    Module._load = load;
  }
}

test('activate starts one client for wod files, with id `wod` for wod.trace.server', async () => {
  const { extension, events } = loadExtension({ 'server.path': 'wodc' });
  const context = { subscriptions: [] };
  await extension.activate(context);
  assert.equal(events.clients.length, 1);
  const [client] = events.clients;
  assert.equal(client.id, 'wod');
  assert.ok(client.running);
  assert.deepEqual(client.serverOptions.run, { command: 'wodc', args: ['lsp'] });
  assert.deepEqual(
    client.clientOptions.documentSelector.map((s) => s.language),
    ['wod', 'wod'],
  );
  assert.equal(context.subscriptions.length, 2);
  assert.ok(events.commands['wod.restartServer']);
  await extension.deactivate();
  assert.equal(client.running, false);
});

test('changing wod.server.path restarts the server with the new path', async () => {
  const settings = { 'server.path': 'wodc' };
  const { extension, events } = loadExtension(settings);
  await extension.activate({ subscriptions: [] });
  settings['server.path'] = '/usr/local/bin/wodc';
  await events.configListeners[0]({ affectsConfiguration: (key) => key === 'wod.server.path' });
  assert.equal(events.clients.length, 2);
  assert.equal(events.clients[0].running, false);
  assert.equal(events.clients[1].serverOptions.run.command, '/usr/local/bin/wodc');
  await events.configListeners[0]({ affectsConfiguration: () => false });
  assert.equal(events.clients.length, 2, 'other settings do not restart the server');
});

test('a server that cannot start is reported, naming the setting', async () => {
  const { extension, events } = loadExtension({ 'server.path': 'missing' });
  await extension.activate({ subscriptions: [] });
  assert.equal(events.errors.length, 1);
  assert.match(events.errors[0], /missing lsp/);
  assert.match(events.errors[0], /wod\.server\.path/);
});
