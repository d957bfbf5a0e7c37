// Loads extension.js against a stand-in for the `vscode` module (VS Code itself cannot run here) and checks
// what it asks VS Code to do: saving a QM BASIC file executes a task that runs `mvbasic check FILE` with
// NO_COLOR set and both problem matchers; the checkOnSave setting chooses file, folder or nothing; other
// languages are left alone; the commands and the task provider build the same tasks.
//
//   node extension_test.js
'use strict';

const assert = require('assert');
const Module = require('module');
const path = require('path');

const executed = [];
const commands = {};
const handlers = {};
let provider;
let config = { executable: '/opt/mv/bin/mvbasic', checkOnSave: 'file' };
const folder = { uri: { fsPath: '/ws' }, name: 'ws', index: 0 };

const vscode = {
  TaskScope: { Workspace: 2 },
  TaskRevealKind: { Always: 1, Silent: 2, Never: 3 },
  ProcessExecution: class { constructor(process, args, options) { Object.assign(this, { process, args, options }); } },
  Task: class {
    constructor(definition, scope, name, source, execution, matchers) {
      Object.assign(this, { definition, scope, name, source, execution, problemMatchers: matchers });
    }
  },
  workspace: {
    workspaceFolders: [folder],
    getConfiguration: (section) => {
      assert.strictEqual(section, 'mvbasic');
      return { get: (key) => config[key] };
    },
    getWorkspaceFolder: (uri) => (uri.fsPath.startsWith('/ws/') ? folder : undefined),
    onDidSaveTextDocument: (fn) => { handlers.save = fn; return { dispose() {} }; },
  },
  window: { activeTextEditor: undefined, showWarningMessage: () => undefined },
  tasks: {
    executeTask: (task) => { executed.push(task); return Promise.resolve(); },
    registerTaskProvider: (type, p) => { assert.strictEqual(type, 'mvbasic'); provider = p; return { dispose() {} }; },
  },
  commands: { registerCommand: (name, fn) => { commands[name] = fn; return { dispose() {} }; } },
};

const load = Module._load;
Module._load = function (request, ...rest) {
  return request === 'vscode' ? vscode : load.call(this, request, ...rest);
};
const extension = require(path.join(__dirname, '..', 'extension.js'));
const manifest = require(path.join(__dirname, '..', 'package.json'));

const context = { subscriptions: [] };
extension.activate(context);
assert.ok(context.subscriptions.length >= 5, 'everything registered is disposed with the extension');
for (const c of manifest.contributes.commands) assert.ok(commands[c.command], `${c.command} is registered`);

function doc(file, languageId = 'mvbasic') {
  return { uri: { fsPath: file, scheme: 'file' }, languageId, isDirty: false, save: () => Promise.resolve(true) };
}

(async () => {
  // Saving a QM BASIC file checks it.
  handlers.save(doc('/ws/BP/INVOICE'));
  assert.strictEqual(executed.length, 1);
  let t = executed.pop();
  assert.strictEqual(t.execution.process, '/opt/mv/bin/mvbasic');
  assert.deepStrictEqual(t.execution.args, ['check', '/ws/BP/INVOICE']);
  assert.strictEqual(t.execution.options.cwd, '/ws');
  assert.strictEqual(t.execution.options.env.NO_COLOR, '1');
  const declared = manifest.contributes.problemMatchers.map((m) => '$' + m.name);
  assert.deepStrictEqual(t.problemMatchers, declared, 'the task uses the matchers package.json declares');
  assert.strictEqual(t.presentationOptions.reveal, vscode.TaskRevealKind.Never, 'checking does not steal focus');
  assert.strictEqual(t.definition.type, manifest.contributes.taskDefinitions[0].type);

  // Other languages and check-on-save off are left alone; folder mode checks the workspace folder.
  handlers.save(doc('/ws/notes.md', 'markdown'));
  config.checkOnSave = 'off';
  handlers.save(doc('/ws/BP/INVOICE'));
  assert.strictEqual(executed.length, 0);
  config.checkOnSave = 'folder';
  handlers.save(doc('/ws/BP/INVOICE'));
  assert.deepStrictEqual(executed.pop().execution.args, ['check', '/ws']);

  // A file outside any workspace folder is checked from its own folder.
  config.checkOnSave = 'file';
  handlers.save(doc('/tmp/x.b'));
  t = executed.pop();
  assert.deepStrictEqual(t.execution.args, ['check', '/tmp/x.b']);
  assert.strictEqual(t.execution.options.cwd, '/tmp');

  // The run command runs the active file and shows its terminal.
  vscode.window.activeTextEditor = { document: doc('/ws/hello.b') };
  await commands['mvbasic.runFile']();
  t = executed.pop();
  assert.deepStrictEqual(t.execution.args, ['run', '/ws/hello.b']);
  assert.strictEqual(t.presentationOptions.reveal, vscode.TaskRevealKind.Always);
  await commands['mvbasic.checkFolder']();
  assert.deepStrictEqual(executed.pop().execution.args, ['check', '/ws']);

  // The task provider offers a check of each folder and resolves a tasks.json entry.
  const offered = provider.provideTasks();
  assert.deepStrictEqual(offered.map((x) => x.execution.args), [['check', '/ws']]);
  const resolved = provider.resolveTask({ definition: { type: 'mvbasic', command: 'check', file: 'BP' }, scope: folder });
  assert.deepStrictEqual(resolved.execution.args, ['check', '/ws/BP']);
  assert.strictEqual(executed.length, 0);
  console.log('PASS editors.vscode_extension');
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
