import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildIcons, iconOutputs, LINUX_SIZES } from '../buildIcons';

// Renders the real resources/icon.svg with Debian's Chromium (the same one the end-to-end tests use).
const root = path.resolve(__dirname, '..', '..', '..');
let out: string;
beforeAll(async () => {
  out = fs.mkdtempSync(path.join(os.tmpdir(), 'qw-icons-'));
  expect(await buildIcons({ svgFile: path.join(root, 'resources', 'icon.svg'), outDir: out })).toBe(true);
}, 60_000);
afterAll(() => fs.rmSync(out, { recursive: true, force: true }));

/** Width, height and colour type from a PNG's IHDR chunk. */
function pngHeader(file: string) {
  const bytes = fs.readFileSync(file);
  expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20), colourType: bytes[25] };
}

describe('buildIcons', () => {
  it('renders the Linux PNG set at each size, with alpha', () => {
    for (const size of LINUX_SIZES) {
      const header = pngHeader(path.join(out, 'icons', `${size}x${size}.png`));
      expect(header).toEqual({ width: size, height: size, colourType: 6 });
    }
  });

  it('renders 1024 px for macOS and an ICO with 16…256 px for Windows', () => {
    expect(pngHeader(path.join(out, 'icon.png'))).toMatchObject({ width: 1024, height: 1024 });
    const ico = fs.readFileSync(path.join(out, 'icon.ico'));
    const count = ico.readUInt16LE(4);
    const widths = Array.from({ length: count }, (_, i) => ico[6 + 16 * i] || 256);
    expect(widths).toEqual([16, 24, 32, 48, 64, 128, 256]);
    // The 32 px entry's centre is the page (cream), its corner transparent: the SVG was really drawn.
    const offset = ico.readUInt32LE(6 + 16 * 2 + 12);
    const at = (x: number, y: number) => offset + 40 + ((31 - y) * 32 + x) * 4;
    expect(ico[at(0, 0) + 3]).toBe(0);
    const [b, g, r, a] = ico.subarray(at(16, 10), at(16, 10) + 4);
    expect(a).toBe(255);
    expect(r! > 240 && g! > 230 && b! > 200).toBe(true);
  });

  it('does nothing when every output is newer than the SVG', async () => {
    expect(iconOutputs().every((f) => fs.existsSync(path.join(out, f)))).toBe(true);
    expect(await buildIcons({ svgFile: path.join(root, 'resources', 'icon.svg'), outDir: out })).toBe(false);
  });
});
