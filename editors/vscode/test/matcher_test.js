// Applies the problem matchers that package.json contributes ($mvbasic, $mvbasic-runtime) to real output of
// `mvbasic check` and `mvbasic run` on broken programs, the way VS Code does (each line on its own, the
// pattern's capture groups naming file, line, column, severity and message), and checks that every
// diagnostic is found with the right fields and that no other line (source excerpt, caret, summary) is
// taken for one.
//
//   node matcher_test.js MVBASIC WORK_DIR
'use strict';

const assert = require('assert');
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');

const [mvbasic, work] = process.argv.slice(2);
const manifest = require('../package.json');
const matchers = Object.fromEntries(manifest.contributes.problemMatchers.map((m) => [m.name, m]));

// What VS Code reads from one line with one matcher, or null.
function apply(matcher, line) {
  const p = matcher.pattern;
  const m = new RegExp(p.regexp).exec(line);
  if (!m) return null;
  return {
    file: m[p.file],
    line: Number(m[p.line]),
    column: p.column ? Number(m[p.column]) : undefined,
    severity: p.severity ? m[p.severity] : matcher.severity,
    message: m[p.message],
  };
}

function problems(output) {
  const found = [];
  for (const line of output.split('\n')) {
    const hits = Object.values(matchers).map((mt) => apply(mt, line)).filter(Boolean);
    assert.ok(hits.length <= 1, `two matchers took the line: ${line}`);
    found.push(...hits);
  }
  return found;
}

function mvb(args, cwd) {
  const r = spawnSync(mvbasic, args, { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { status: r.status, output: r.stdout + r.stderr };
}

fs.rmSync(work, { recursive: true, force: true });
fs.mkdirSync(path.join(work, 'BP', 'SUB'), { recursive: true });
fs.writeFileSync(path.join(work, 'BP', 'bad.b'), 'X = 1\nPRINT FOO(1)\nGOTO 99\n');
fs.writeFileSync(path.join(work, 'BP', 'SUB', 'UNFINISHED'), 'IF X THEN\n  Y = (1 +\n');
fs.writeFileSync(path.join(work, 'BP', 'good.b'), 'PRINT "fine"\n');
fs.writeFileSync(path.join(work, 'crash.b'), 'X = "abc"\nPRINT 1\nPRINT X + 1\n');

// A folder, checked from its parent: the paths are relative to the working folder, as the task runs it.
const folder = mvb(['check', 'BP'], work);
assert.strictEqual(folder.status, 3, folder.output);
const found = problems(folder.output);
const expected = [
  { file: 'BP/SUB/UNFINISHED', line: 2 },
  { file: 'BP/bad.b', line: 2, column: 7, message: "'FOO' is not a built-in function or a dimensioned matrix" },
  { file: 'BP/bad.b', line: 3, column: 6, message: "label '99' is not defined" },
];
for (const want of expected) {
  const hit = found.find((p) => Object.entries(want).every(([k, v]) => p[k] === v));
  assert.ok(hit, `no problem ${JSON.stringify(want)} in:\n${folder.output}\nfound: ${JSON.stringify(found)}`);
  assert.strictEqual(hit.severity, 'error');
  assert.ok(fs.existsSync(path.join(work, hit.file)), `${hit.file} does not name the file`);
}
const errorLines = folder.output.split('\n').filter((l) => l.includes(': error: ')).length;
assert.strictEqual(found.length, errorLines, `every error line is one problem:\n${folder.output}`);
assert.ok(/\d+ files checked.*\d+ warnings/.test(folder.output), `the summary line is printed:\n${folder.output}`);

// A file named by its absolute path, as check-on-save names it.
const abs = path.join(work, 'BP', 'bad.b');
const one = problems(mvb(['check', abs], '/').output);
assert.deepStrictEqual(one.map((p) => [p.file, p.line, p.column]), [[abs, 2, 7], [abs, 3, 6]]);

// A runtime error from `mvbasic run`.
const run = mvb(['run', 'crash.b'], work);
assert.strictEqual(run.status, 1, run.output);
const rt = problems(run.output);
assert.strictEqual(rt.length, 1, run.output);
assert.strictEqual(rt[0].file, 'crash.b');
assert.strictEqual(rt[0].line, 3);
assert.strictEqual(rt[0].severity, 'error');
assert.match(rt[0].message, /Non-numeric/);

// A warning (the compiler writes them in the same format) and Windows-style drive letters.
assert.deepStrictEqual(apply(matchers.mvbasic, 'BP/x.b:4:2: warning: unused variable'),
                       { file: 'BP/x.b', line: 4, column: 2, severity: 'warning', message: 'unused variable' });
assert.strictEqual(apply(matchers.mvbasic, 'C:\\bp\\x.b:4:2: error: m').file, 'C:\\bp\\x.b');
assert.strictEqual(apply(matchers.mvbasic, 'mvbasic check: 3 files checked, 2 with errors; 3 errors, 0 warnings'),
                   null);

console.log(`PASS editors.vscode_matcher (${found.length + one.length + rt.length} problems matched)`);
