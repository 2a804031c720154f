// The crash harness: runs the crash child against one data folder, kills it with SIGKILL at random
// moments (half the time right as a save or an import starts, so kills land inside commits), and after each
// kill opens the folder as the next app start would and checks it. Every third run is the restore child
// instead, killed half the time inside a restore of a backup while its writes are being acknowledged:
// an acknowledged write then counts as kept when it is in user.db or in a backup the restore kept.
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
  /** Runs of the restore child, and kills that landed inside a restore (started, not acknowledged). */
  restoreRuns: number;
  killsInsideRestore: number;
  /** Kills while an import's sources were being saved (its commit begun, not acknowledged). */
  killsInsideImport: number;
  /** Longest stretch of typing a kill took away, in ms. */
  maxTypingLostMs: number;
  problems: string[];
}

interface Line {
  t: 'ready' | 'key' | 'saving' | 'ack' | 'created' | 'renamed' | 'source' | 'deleting' | 'deleted' | 'backup' | 'restoring' | 'restored';
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
  const restoreChildFile = path.join(work, 'crashRestoreChild.cjs');
  for (const [entry, outfile] of [['crashChild.ts', childFile], ['crashRestoreChild.ts', restoreChildFile]] as const) {
    await build({
      entryPoints: [path.join(root, 'scripts/crash', entry)],
      outfile,
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'cjs',
      packages: 'external',
      logLevel: 'warning',
    });
  }
  const dataDir = path.join(work, 'data');
  fs.mkdirSync(dataDir);
  const report: CrashReport = { kills: 0, killsInsideSave: 0, restoreRuns: 0, killsInsideRestore: 0, killsInsideImport: 0, acknowledged: 0, lost: 0, damaged: 0, maxTypingLostMs: 0, problems: [] };
  // What every kill so far has promised: the newest acknowledged state of each document.
  const promised = new Map<string, { version?: number; n?: number; title?: string }>();
  const sources = new Map<string, string>();
  const gone = new Set<string>();
  try {
    for (let run = 0; run < options.kills; run++) {
      const restoring = run % 3 === 2;
      // Half the restore runs (the first always) are killed inside a restore, the rest at a random moment.
      const insideRestore = restoring && (report.restoreRuns === 0 || random() < 0.5);
      const { lines, killedAt } = await runOnce(restoring ? restoreChildFile : childFile, dataDir, Math.floor(random() * 2 ** 31), random, insideRestore);
      report.kills++;
      if (restoring) report.restoreRuns++;
      if (lines.length > 0 && lines[lines.length - 1]!.t === 'saving') report.killsInsideSave++;
      // The child says saving n: -1 as it commits an import.
      if (lines.length > 0 && lines[lines.length - 1]!.t === 'saving' && lines[lines.length - 1]!.n === -1) report.killsInsideImport++;
      const lastRestore = lines.filter((l) => l.t === 'restoring' || l.t === 'restored').pop();
      if (lastRestore?.t === 'restoring') report.killsInsideRestore++;
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
      const check = verify(dataDir, promised, sources, gone, lines, killedAt, lines.some((l) => l.t === 'restoring'));
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

function runOnce(childFile: string, dataDir: string, seed: number, random: () => number, insideRestore: boolean): Promise<{ lines: Line[]; killedAt: number }> {
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
    const onSaving = !insideRestore && random() < 0.5 ? 1 + Math.floor(random() * 3) : 0;
    // A quarter of the other runs are killed as an import is being saved (its sources, works, passages,
    // search index and original files in one transaction), a moment after the commit begins.
    const onImport = !insideRestore && !onSaving && random() < 0.33;
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
        if (line.t === 'ready' && !insideRestore) timer = setTimeout(kill, 100 + random() * 2200);
        if (line.t === 'saving' && onSaving && ++savings === onSaving) kill();
        if (line.t === 'saving' && line.n === -1 && onImport) setTimeout(kill, random() * 15);
        // Inside a restore: it copies and checks the backup, closes user.db, backs it up, swaps, reopens.
        if (line.t === 'restoring' && insideRestore) setTimeout(kill, random() * 40);
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
  restored: boolean,
): { lost: number; problems: string[]; typingLostMs: number } {
  const problems: string[] = [];
  let lost = 0;
  let typingLostMs = 0;
  const db = new Database(path.join(dataDir, 'user.db'));
  // The backups, read from copies so the folder is left as it is: where a restore keeps what it replaced.
  const backups = readBackups(dataDir, problems);
  try {
    problems.push(...checkDatabase(db));
    const current = documentsOf(db);
    for (const [id, want] of promised) {
      const row = current.get(id);
      const kept = (doc: DocumentRow | undefined) => doc !== undefined && keeps(doc, want);
      if (kept(row)) {
        if (want.version !== undefined && row) {
          const n = typedLength(JSON.parse(row.content) as { content?: unknown[] });
          if (n < 0) problems.push(`document ${id}: stored text is not what was typed`);
          // The oldest keystroke that did not survive: everything typed since then is what the kill cost.
          const firstLost = lines.find((l) => l.t === 'key' && l.n === n + 1);
          if (firstLost?.at) typingLostMs = Math.max(typingLostMs, killedAt - firstLost.at);
        }
        continue;
      }
      if (backups.some((b) => kept(b.get(id)))) {
        // Replaced by a restore, kept in a backup: from now on user.db's state is what was promised.
        const now = row ? { title: row.title, version: row.version, n: typedLength(JSON.parse(row.content) as { content?: unknown[] }) } : null;
        if (now) promised.set(id, now);
        else promised.delete(id);
        continue;
      }
      lost++;
      problems.push(row ? `document ${id}: version ${row.version} "${row.title}", acknowledged ${JSON.stringify(want)}, in no backup either` : `acknowledged document ${id} is missing, in no backup either`);
    }
    const storedSources = new Map((db.prepare('SELECT id, title FROM sources').all() as Array<{ id: string; title: string }>).map((r) => [r.id, r.title]));
    for (const [id, title] of sources) {
      if (storedSources.get(id) === title) continue;
      if (restored && backups.some((b) => b.sources.get(id) === title)) {
        sources.delete(id);
        continue;
      }
      lost++;
      problems.push(`acknowledged source ${id} (${title}) is missing`);
    }
    for (const id of gone) {
      if (!storedSources.has(id)) continue;
      // A restore may put back what was deleted after its backup: that is what restoring means.
      if (restored) {
        gone.delete(id);
        continue;
      }
      lost++;
      problems.push(`source ${id} was deleted (acknowledged) but is back`);
    }
  } finally {
    db.close();
  }
  if (typingLostMs > 2000) problems.push(`${typingLostMs} ms of typing lost (limit 2000)`);
  return { lost, problems, typingLostMs };
}

interface DocumentRow {
  id: string;
  title: string;
  version: number;
  content: string;
}

function documentsOf(db: Database.Database): Map<string, DocumentRow> {
  return new Map((db.prepare('SELECT id, title, version, content FROM documents').all() as DocumentRow[]).map((r) => [r.id, r]));
}

/** Whether a stored document holds what was acknowledged: its title (or the rename under way), its version and typed text. */
function keeps(row: DocumentRow, want: { version?: number; n?: number; title?: string }): boolean {
  if (want.title !== undefined && row.title !== want.title && row.title !== `${want.title}-renamed`) return false;
  if (want.version === undefined) return true;
  const n = typedLength(JSON.parse(row.content) as { content?: unknown[] });
  return n >= 0 && row.version >= want.version && n >= (want.n ?? 0);
}

/** Each backup's documents and sources, read from a copy; a backup that does not open is a problem of its own. */
function readBackups(dataDir: string, problems: string[]): Array<Map<string, DocumentRow> & { sources: Map<string, string> }> {
  const dir = path.join(dataDir, 'backups');
  if (!fs.existsSync(dir)) return [];
  const out: Array<Map<string, DocumentRow> & { sources: Map<string, string> }> = [];
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'qw-crash-backup-'));
  try {
    for (const name of fs.readdirSync(dir).filter((f) => f.endsWith('.db'))) {
      const copy = path.join(tmp, name);
      fs.copyFileSync(path.join(dir, name), copy);
      const db = new Database(copy);
      try {
        const docs = Object.assign(documentsOf(db), { sources: new Map((db.prepare('SELECT id, title FROM sources').all() as Array<{ id: string; title: string }>).map((r) => [r.id, r.title])) });
        out.push(docs);
      } catch (err) {
        problems.push(`backup ${name} does not open: ${err instanceof Error ? err.message : String(err)}`);
      } finally {
        db.close();
      }
    }
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  return out;
}
