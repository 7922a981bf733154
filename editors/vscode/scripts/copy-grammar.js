// Copies the one TextMate grammar, editors/wod.tmLanguage.json, into syntaxes/ so that
// `vsce package` (which only packs files inside this folder) ships it. syntaxes/ is
// git-ignored: edit ../wod.tmLanguage.json, never the copy. Runs as `vscode:prepublish`.
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const source = path.join(__dirname, '..', '..', 'wod.tmLanguage.json');
const target = path.join(__dirname, '..', 'syntaxes', 'wod.tmLanguage.json');

JSON.parse(fs.readFileSync(source, 'utf8')); // fail here, not in VS Code, on bad JSON
fs.mkdirSync(path.dirname(target), { recursive: true });
fs.copyFileSync(source, target);
console.log(`copied ${path.relative(process.cwd(), source)} -> ${path.relative(process.cwd(), target)}`);
