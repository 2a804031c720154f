// The crash harness: runs the crash child against one data folder, kills it with SIGKILL at random
// moments (half the time right as a save or an import starts, so kills land inside commits), and after each
// kill opens the folder as the next app start would and checks it.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { build } from 'esbuild';
import { seededRandom } from '../bench/seededRandom';
import { checkDatabase } from '../../electron/node/db/checkDatabase';
import { typedLength } from './crashDoc';

export interface CrashReport {
  kills: number;
  /** Acknowledged saves, creations and renames, across all runs. */
  acknowledged: number;
  /** Acknowledged writes missing after a kill. */
  lost: number;
  /** Kills after which the file failed a check. */
  damaged: number;
  /** Kills that landed after a save had started and before it was acknowledged. */
  killsInsideSave: number;
  /** Longest stretch of typing a kill took away, in ms. */
  maxTypingLostMs: number;
  problems: string[];
}

interface Line {
  t: 'ready' | 'key' | 'saving' | 'ack' | 'created' | 'renamed' | 'source' | 'deleting' | 'deleted';
  doc?: string;
  n?: number;
  version?: number;
  title?: string;
  at?: number;
}

const root = path.resolve(__dirname, '..', '..');

export async function runCrashHarness(options: { kills: number; seed?: number; log?: (s: string) => void }): Promise<CrashReport> {
  const random = seededRandom(options.seed ?? 20261202);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'qw-crash-'));
  const childFile = path.join(work, 'crashChild.cjs');
  await build({
    entryPoints: [path.join(root, 'scripts/crash/crashChild.ts')],
    outfile: childFile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    packages: 'external',
    logLevel: 'warning',
  });
  const dataDir = path.join(work, 'data');
  fs.mkdirSync(dataDir);
  const report: CrashReport = { kills: 0, killsInsideSave: 0, acknowledged: 0, lost: 0, damaged: 0, maxTypingLostMs: 0, problems: [] };
  // What every kill so far has promised: the newest acknowledged state of each document.
  const promised = new Map<string, { version?: number; n?: number; title?: string }>();
  const sources = new Map<string, string>();
  const gone = new Set<string>();
  try {
    for (let run = 0; run < options.kills; run++) {
      const { lines, killedAt } = await runOnce(childFile, dataDir, Math.floor(random() * 2 ** 31), random);
      report.kills++;
      if (lines.length > 0 && lines[lines.length - 1]!.t === 'saving') report.killsInsideSave++;
      for (const l of lines) {
        if (l.t === 'ack' || l.t === 'created' || l.t === 'renamed' || l.t === 'source') report.acknowledged++;
        if (l.t === 'source') sources.set(l.doc!, l.title!);
        // A deletion under way may or may not have happened; once acknowledged, it must have.
        if (l.t === 'deleting' || l.t === 'deleted') sources.delete(l.doc!);
        if (l.t === 'deleted') {
          report.acknowledged++;
          gone.add(l.doc!);
        }
        if (l.t === 'ack') promised.set(l.doc!, { ...promised.get(l.doc!), version: l.version, n: l.n });
        if (l.t === 'created' || l.t === 'renamed') promised.set(l.doc!, { ...promised.get(l.doc!), title: l.title });
      }
      const check = verify(dataDir, promised, sources, gone, lines, killedAt);
      report.lost += check.lost;
      if (check.problems.length > 0) {
        report.damaged++;
        report.problems.push(...check.problems.map((p) => `kill ${run + 1}: ${p}`));
      }
      report.maxTypingLostMs = Math.max(report.maxTypingLostMs, check.typingLostMs);
      options.log?.(`kill ${run + 1}/${options.kills}: ${lines.filter((l) => l.t === 'ack').length} saves acknowledged, typing lost ${check.typingLostMs} ms${check.problems.length ? `, PROBLEMS: ${check.problems.join('; ')}` : ''}`);
    }
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
  return report;
}

function runOnce(childFile: string, dataDir: string, seed: number, random: () => number): Promise<{ lines: Line[]; killedAt: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [childFile, dataDir, String(seed)], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NODE_PATH: path.join(root, 'node_modules') },
    });
    const lines: Line[] = [];
    let buffered = '';
    let stderr = '';
    let killedAt = 0;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const onSaving = random() < 0.5 ? 1 + Math.floor(random() * 3) : 0;
    let savings = 0;
    const kill = () => {
      if (killedAt) return;
      killedAt = Date.now();
      child.kill('SIGKILL');
    };
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString('utf8');
      let nl: number;
      while ((nl = buffered.indexOf('\n')) >= 0) {
        const line = JSON.parse(buffered.slice(0, nl)) as Line;
        buffered = buffered.slice(nl + 1);
        lines.push(line);
        if (line.t === 'ready') timer = setTimeout(kill, 100 + random() * 2200);
        if (line.t === 'saving' && onSaving && ++savings === onSaving) kill();
      }
    });
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const safety = setTimeout(() => kill(), 20_000);
    child.on('exit', (code, signal) => {
      if (timer) clearTimeout(timer);
      clearTimeout(safety);
      if (signal !== 'SIGKILL') return reject(new Error(`crash child exited by itself (${code}): ${stderr}`));
      resolve({ lines, killedAt });
    });
  });
}

function verify(
  dataDir: string,
  promised: Map<string, { version?: number; n?: number; title?: string }>,
  sources: Map<string, string>,
  gone: Set<string>,
  lines: Line[],
  killedAt: number,
): { lost: number; problems: string[]; typingLostMs: number } {
  const problems: string[] = [];
  let lost = 0;
  let typingLostMs = 0;
  const db = new Database(path.join(dataDir, 'user.db'));
  try {
    problems.push(...checkDatabase(db));
    const rows = db.prepare('SELECT id, title, version, content FROM documents').all() as Array<{ id: string; title: string; version: number; content: string }>;
    const byId = new Map(rows.map((r) => [r.id, r]));
    for (const [id, want] of promised) {
      const row = byId.get(id);
      if (!row) {
        lost++;
        problems.push(`acknowledged document ${id} is missing`);
        continue;
      }
      // A rename that ran but was killed before its acknowledgement may be there too.
      if (want.title !== undefined && row.title !== want.title && row.title !== `${want.title}-renamed`) {
        lost++;
        problems.push(`document ${id}: title "${row.title}", acknowledged "${want.title}"`);
      }
      if (want.version !== undefined) {
        const n = typedLength(JSON.parse(row.content) as { content?: unknown[] });
        if (n < 0) problems.push(`document ${id}: stored text is not what was typed`);
        if (row.version < want.version || n < (want.n ?? 0)) {
          lost++;
          problems.push(`document ${id}: version ${row.version} with ${n} characters, acknowledged ${want.version} with ${want.n}`);
        }
        // The oldest keystroke that did not survive: everything typed since then is what the kill cost.
        const firstLost = lines.find((l) => l.t === 'key' && l.n === n + 1);
        if (firstLost?.at) typingLostMs = Math.max(typingLostMs, killedAt - firstLost.at);
      }
    }
    const storedSources = new Map((db.prepare('SELECT id, title FROM sources').all() as Array<{ id: string; title: string }>).map((r) => [r.id, r.title]));
    for (const [id, title] of sources) {
      if (storedSources.get(id) !== title) {
        lost++;
        problems.push(`acknowledged source ${id} (${title}) is missing`);
      }
    }
    for (const id of gone) {
      if (storedSources.has(id)) {
        lost++;
        problems.push(`source ${id} was deleted (acknowledged) but is back`);
      }
    }
  } finally {
    db.close();
  }
  if (typingLostMs > 2000) problems.push(`${typingLostMs} ms of typing lost (limit 2000)`);
  return { lost, problems, typingLostMs };
}
