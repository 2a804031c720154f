import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { expect, test } from '@playwright/test';
import { startHost, stopHost, type HostFixture } from './fixtures/browserHost';

// Two browser hosts (two `qianwan serve` processes) and the CLI on one data folder, writing at once.
// They coordinate through SQLite (WAL, a write lock per transaction, a busy timeout); these tests show
// nothing is corrupted, nothing acknowledged is lost, and a writer that must give up says why.

const root = path.resolve(__dirname, '..');
const paragraph = (text: string) => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });

async function call(host: HostFixture, method: string, input: unknown): Promise<{ status: number; body: { ok?: boolean; result?: unknown; error?: { code: string; detail?: unknown } } }> {
  const res = await fetch(`${host.origin}/api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-qianwan-token': host.token },
    body: JSON.stringify(input),
  });
  return { status: res.status, body: await res.json() };
}

test('two hosts and the CLI writing at once: sound file, every acknowledged write present', async () => {
  test.setTimeout(120_000);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'qw-two-'));
  const a = await startHost(dataDir);
  const b = await startHost(dataDir);
  const acked = new Map<string, { version: number; text: string }>();
  try {
    const writer = async (host: HostFixture, name: string) => {
      const created = (await call(host, 'createDocument', { title: name, content: paragraph(`${name} 0`) })).body.result as { id: string; version: number };
      let version = created.version;
      for (let i = 1; i <= 60; i++) {
        const text = `${name} ${i} ${'千万工程'.repeat(200)}`;
        const r = await call(host, 'saveDocument', { id: created.id, content: paragraph(text), baseVersion: version });
        expect(r.status, JSON.stringify(r.body)).toBe(200);
        version = (r.body.result as { version: number }).version;
        acked.set(created.id, { version, text });
      }
    };
    const mdFile = path.join(dataDir, 'imported.md');
    fs.writeFileSync(mdFile, '# 命令行导入\n\n在两个服务写入的同时由命令行导入。\n');
    const cli = async () => {
      const ids: string[] = [];
      for (let i = 0; i < 4; i++) {
        const out = await new Promise<string>((resolve, reject) => {
          const child = spawn(process.execPath, [path.join(root, 'bin', 'qianwan.cjs'), 'doc', 'import', mdFile, '--json', '--data-dir', dataDir], { cwd: root });
          let stdout = '';
          let stderr = '';
          child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
          child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
          child.on('exit', (code) => (code === 0 ? resolve(stdout) : reject(new Error(stderr))));
        });
        ids.push((JSON.parse(out) as { id: string }).id);
      }
      return ids;
    };
    const [, , , cliIds] = await Promise.all([writer(a.host, '甲'), writer(b.host, '乙'), writer(a.host, '丙'), cli()]);

    // Each host sees what the other wrote.
    const listed = (await call(b.host, 'listDocuments', {})).body.result as Array<{ id: string }>;
    for (const id of [...acked.keys(), ...cliIds]) expect(listed.map((d) => d.id)).toContain(id);
  } finally {
    await stopHost(a.child);
    await stopHost(b.child);
  }
  const db = new Database(path.join(dataDir, 'user.db'), { readonly: true });
  expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  expect(db.prepare('SELECT count(*) FROM documents').pluck().get()).toBe(3 + 4);
  for (const [id, want] of acked) {
    const row = db.prepare('SELECT version, content FROM documents WHERE id = ?').get(id) as { version: number; content: string };
    expect(row.version).toBe(want.version);
    expect(row.content).toContain(want.text);
  }
  db.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

test('the same document saved from two hosts: the stale save is refused with a message, nothing overwritten', async () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'qw-two-'));
  const a = await startHost(dataDir);
  const b = await startHost(dataDir);
  try {
    const doc = (await call(a.host, 'createDocument', { title: '同一篇', content: paragraph('原稿') })).body.result as { id: string; version: number };
    const first = await call(a.host, 'saveDocument', { id: doc.id, content: paragraph('甲的修改'), baseVersion: doc.version });
    expect(first.status).toBe(200);
    const stale = await call(b.host, 'saveDocument', { id: doc.id, content: paragraph('乙的修改'), baseVersion: doc.version });
    expect(stale.status).toBe(409);
    expect(stale.body.error?.code).toBe('conflict');
    const now = (await call(b.host, 'getDocument', { id: doc.id })).body.result as { content: unknown };
    expect(JSON.stringify(now.content)).toContain('甲的修改');
  } finally {
    await stopHost(a.child);
    await stopHost(b.child);
  }
  fs.rmSync(dataDir, { recursive: true, force: true });
});

test('a writer that waits too long for another process gives up with a clear message, the data intact', async () => {
  test.setTimeout(60_000);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'qw-busy-'));
  const a = await startHost(dataDir);
  try {
    const doc = (await call(a.host, 'createDocument', { title: '等待', content: paragraph('原稿') })).body.result as { id: string; version: number };
    // Another process takes the write lock and keeps it past the 5 s busy timeout.
    const holder = spawn(
      process.execPath,
      ['-e', `const D=require('better-sqlite3');const d=new D(${JSON.stringify(path.join(dataDir, 'user.db'))});d.exec('BEGIN IMMEDIATE');console.log('locked');setTimeout(()=>{d.exec('ROLLBACK');d.close()},7000)`],
      { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] },
    );
    await new Promise<void>((resolve) => holder.stdout!.once('data', () => resolve()));
    const started = Date.now();
    const busy = await call(a.host, 'saveDocument', { id: doc.id, content: paragraph('被挡住的修改'), baseVersion: doc.version });
    expect(Date.now() - started).toBeGreaterThanOrEqual(4500);
    expect(busy.status).toBe(503);
    expect(busy.body.error?.code).toBe('busy');
    await new Promise<void>((resolve) => holder.once('exit', () => resolve()));
    // Once the other process is done, the same save goes through.
    const retry = await call(a.host, 'saveDocument', { id: doc.id, content: paragraph('重试后的修改'), baseVersion: doc.version });
    expect(retry.status).toBe(200);
  } finally {
    await stopHost(a.child);
  }
  const check = spawnSync(process.execPath, ['-e', `const D=require('better-sqlite3');const d=new D(${JSON.stringify(path.join(dataDir, 'user.db'))},{readonly:true});console.log(d.pragma('integrity_check',{simple:true}))`], { cwd: root, encoding: 'utf8' });
  expect(check.stdout.trim()).toBe('ok');
  fs.rmSync(dataDir, { recursive: true, force: true });
});
