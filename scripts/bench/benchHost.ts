import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export interface BenchHost {
  child: ChildProcess;
  url: string;
  token: string;
}

/**
 * A resources folder for `qianwan serve` holding the benchmark's library (linked, never copied) and
 * the checkout's corpus and templates.
 */
export function benchResources(root: string, dir: string, libraryFile: string): string {
  fs.mkdirSync(dir, { recursive: true });
  fs.symlinkSync(libraryFile, path.join(dir, 'library.db'));
  for (const name of ['corpus', 'templates', 'standard-phrases.json']) if (fs.existsSync(path.join(root, 'resources', name))) fs.symlinkSync(path.join(root, 'resources', name), path.join(dir, name));
  return dir;
}

/** `qianwan serve` as the app runs it, with this data folder and resources; resolves once it prints its address. */
export function startHost(root: string, dataDir: string, resources: string): Promise<BenchHost> {
  const child = spawn(process.execPath, [path.join(root, 'bin', 'qianwan.cjs'), 'serve', '--no-open', '--data-dir', dataDir], {
    cwd: root,
    env: { ...process.env, QIANWAN_RESOURCES_DIR: resources },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /(http:\/\/127\.0\.0\.1:\d+\/\?token=([\w-]+))/.exec(out);
      if (m) resolve({ child, url: m[1]!, token: m[2]! });
    });
    child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
    child.on('exit', (code) => reject(new Error(`host exited ${code}: ${out}`)));
  });
}

export function stopHost(host: BenchHost): Promise<void> {
  return new Promise((resolve) => {
    if (host.child.exitCode !== null) return resolve();
    host.child.once('exit', () => resolve());
    host.child.kill('SIGTERM');
  });
}

/** Calls one API method over HTTP with the page's token, as the renderer does. */
export async function callHost<T>(host: BenchHost, method: string, input: unknown): Promise<T> {
  const res = await fetch(new URL(`/api/${method}`, host.url), {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-qianwan-token': host.token },
    body: JSON.stringify(input),
  });
  const reply = (await res.json()) as { ok?: boolean; result?: T; code?: string };
  if (!res.ok || !reply.ok) throw new Error(`${method} failed: HTTP ${res.status} ${reply.code ?? ''}`);
  return reply.result as T;
}

/**
 * CPU time the host's main thread has used so far, in milliseconds (/proc/PID/schedstat, in
 * nanoseconds): the services run on that thread, so its difference over a request is the request's
 * cost on the node side, whatever else the machine is doing.
 */
export function hostCpuMs(host: BenchHost): number {
  return Number(fs.readFileSync(`/proc/${host.child.pid}/schedstat`, 'utf8').split(' ')[0]) / 1e6;
}

/** The host's resident memory in MiB. */
export function hostRssMiB(host: BenchHost): number {
  return Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${host.child.pid}/status`, 'utf8'))![1]) / 1024;
}
