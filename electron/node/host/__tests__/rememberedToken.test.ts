import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { TOKEN_FILE, rememberedToken } from '../rememberedToken';

let dir: string | null = null;
afterEach(() => dir && fs.rmSync(dir, { recursive: true, force: true }));

describe('rememberedToken (#20 item 3)', () => {
  it('keeps one token per data folder, readable by its owner only', () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qw-token-'));
    const first = rememberedToken(dir);
    expect(first).toMatch(/^[\w-]{32}$/);
    expect(rememberedToken(dir)).toBe(first);
    if (process.platform !== 'win32') expect(fs.statSync(path.join(dir, TOKEN_FILE)).mode & 0o077).toBe(0);
    const other = fs.mkdtempSync(path.join(os.tmpdir(), 'qw-token-'));
    try {
      expect(rememberedToken(other)).not.toBe(first);
    } finally {
      fs.rmSync(other, { recursive: true, force: true });
    }
  });

  it('makes a new token when the kept one is damaged', () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qw-token-'));
    fs.writeFileSync(path.join(dir, TOKEN_FILE), 'short\n');
    const token = rememberedToken(dir);
    expect(token).not.toBe('short');
    expect(rememberedToken(dir)).toBe(token);
  });
});
