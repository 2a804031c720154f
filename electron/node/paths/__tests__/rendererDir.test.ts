import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { rendererDir } from '../rendererDir';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qw-renderer-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

function page(folder: string): void {
  fs.mkdirSync(folder, { recursive: true });
  fs.writeFileSync(path.join(folder, 'index.html'), '<!doctype html>');
}

describe('rendererDir', () => {
  it('finds the renderer beside a bundle in dist/', () => {
    page(path.join(dir, 'dist', 'renderer'));
    expect(rendererDir(path.join(dir, 'dist'))).toBe(path.join(dir, 'dist', 'renderer'));
  });

  it('finds the checkout’s dist/renderer from source folders', () => {
    page(path.join(dir, 'dist', 'renderer'));
    fs.mkdirSync(path.join(dir, 'electron', 'node', 'cli'), { recursive: true });
    expect(rendererDir(path.join(dir, 'electron', 'node', 'cli'))).toBe(path.join(dir, 'dist', 'renderer'));
  });

  it('says when the renderer has not been built', () => {
    fs.mkdirSync(path.join(dir, 'dist'), { recursive: true });
    expect(rendererDir(path.join(dir, 'dist'))).toBeNull();
  });
});
