// `npm test`: the whole suite — build, lint, type-check, unit tests (Vitest) and end-to-end tests
// (Playwright in Debian's Chromium) — ending with one line `N passed, N failed` (`, N skipped` when a test
// could not run here, e.g. the Electron smoke test without an Electron runtime; skipped never counts as passed).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const results = path.join(root, 'test-results');
fs.mkdirSync(results, { recursive: true });
let passed = 0;
let failed = 0;
let skipped = 0;
const failures = [];
// Tests that did not run (e.g. the Electron smoke test without an Electron runtime): counted apart,
// never as passed, each with its reason.
const notRun = [];

function run(name, args, env = {}) {
  console.log(`\n=== ${name} ===`);
  const started = Date.now();
  const r = spawnSync(args[0], args.slice(1), { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  console.log(`--- ${name}: ${r.status === 0 ? 'ok' : `exit ${r.status ?? r.signal}`} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  return r.status === 0;
}

function step(name, args) {
  if (run(name, args)) passed++;
  else {
    failed++;
    failures.push(name);
  }
}

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

const node = process.execPath;
step('build', [node, 'scripts/build.mjs']);
step('lint', [node, 'node_modules/eslint/bin/eslint.js', '.', '--max-warnings', '0']);
step('typecheck', [node, 'scripts/typecheck.mjs']);

const vitestJson = path.join(results, 'vitest.json');
fs.rmSync(vitestJson, { force: true });
const unitOk = run('unit tests (vitest)', [node, 'node_modules/vitest/vitest.mjs', 'run', '--reporter=default', '--reporter=json', `--outputFile=${vitestJson}`]);
const unit = readJson(vitestJson);
if (unit) {
  passed += unit.numPassedTests;
  failed += unit.numFailedTests;
  skipped += (unit.numPendingTests ?? 0) + (unit.numTodoTests ?? 0);
  if (unit.numFailedTests > 0) failures.push(`${unit.numFailedTests} unit test(s)`);
}
if (!unitOk && (!unit || unit.numFailedTests === 0)) {
  failed++;
  failures.push('unit test run');
}

const pwJson = path.join(results, 'playwright.json');
fs.rmSync(pwJson, { force: true });
const e2eOk = run('end-to-end tests (playwright)', [node, 'node_modules/@playwright/test/cli.js', 'test']);
const e2e = readJson(pwJson);
if (e2e) {
  passed += e2e.stats.expected;
  failed += e2e.stats.unexpected + e2e.stats.flaky;
  skipped += e2e.stats.skipped ?? 0;
  const walk = (suite) => {
    for (const spec of suite.specs ?? []) {
      for (const t of spec.tests ?? []) {
        if (t.status !== 'skipped') continue;
        const reason = (t.annotations ?? []).find((a) => a.type === 'skip')?.description ?? 'skipped';
        notRun.push(`${spec.file ?? ''} › ${spec.title}: ${reason}`);
      }
    }
    (suite.suites ?? []).forEach(walk);
  };
  (e2e.suites ?? []).forEach(walk);
  if (e2e.stats.unexpected > 0) failures.push(`${e2e.stats.unexpected} end-to-end test(s)`);
}
if (!e2eOk && (!e2e || e2e.stats.unexpected === 0)) {
  failed++;
  failures.push('end-to-end test run');
}

// The benchmark's quick mode, as a smoke run: every figure must be measured (a finite number in
// bench-results/bench.json); whether each meets its target is reported in its table, not asserted
// here, because timings on a shared CI machine are not a test.
const benchJson = path.join(root, 'bench-results', 'bench.json');
fs.rmSync(benchJson, { force: true });
const benchOk = run('benchmark, quick mode (figures reported, targets not asserted)', [node, 'scripts/bench.mjs', '--quick', '--report-only']);
const bench = readJson(benchJson);
const unmeasured = bench?.rows?.filter((r) => typeof r.value !== 'number' || !Number.isFinite(r.value)) ?? [];
if (benchOk && bench?.mode === 'quick' && bench.rows.length > 0 && unmeasured.length === 0) {
  passed++;
  const missed = bench.rows.filter((r) => r.pass === false).length;
  console.log(`benchmark: ${bench.rows.length} figures in ${bench.seconds.toFixed(0)} s; ${missed} of them miss their target here (see the table)`);
} else {
  failed++;
  failures.push(`benchmark quick mode${unmeasured.length ? ` (unmeasured: ${unmeasured.map((r) => r.figure).join('; ')})` : ''}`);
}

if (notRun.length) console.log(`\nNot run (counted as skipped, not passed):\n${notRun.map((l) => `  - ${l}`).join('\n')}`);
if (failures.length) console.log(`\nFailed: ${failures.join('; ')}`);
console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed === 0 ? 0 : 1);
