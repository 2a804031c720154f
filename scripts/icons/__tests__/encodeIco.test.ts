import { describe, expect, it } from 'vitest';
import { encodeIco, type IconImage } from '../encodeIco';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** A size×size image: opaque red top-left pixel, transparent bottom-right, blue elsewhere. */
function image(size: number): IconImage {
  const rgba = new Uint8Array(size * size * 4);
  for (let i = 0; i < size * size; i++) rgba.set([0, 0, 255, 255], i * 4);
  rgba.set([255, 0, 0, 255], 0);
  rgba.set([0, 0, 0, 0], (size * size - 1) * 4);
  const png = new Uint8Array([...PNG_SIGNATURE, size]); // stands in for the browser's PNG bytes
  return { size, png, rgba };
}

function readDirectory(ico: Uint8Array) {
  const view = new DataView(ico.buffer, ico.byteOffset, ico.byteLength);
  expect(view.getUint16(0, true)).toBe(0);
  expect(view.getUint16(2, true)).toBe(1);
  const count = view.getUint16(4, true);
  return Array.from({ length: count }, (_, i) => {
    const at = 6 + 16 * i;
    return {
      width: ico[at] || 256,
      height: ico[at + 1] || 256,
      planes: view.getUint16(at + 4, true),
      bits: view.getUint16(at + 6, true),
      bytes: view.getUint32(at + 8, true),
      offset: view.getUint32(at + 12, true),
    };
  });
}

describe('encodeIco', () => {
  it('writes a directory whose entries point at each image, smallest first', () => {
    const ico = encodeIco([image(256), image(16), image(32)]);
    const entries = readDirectory(ico);
    expect(entries.map((e) => e.width)).toEqual([16, 32, 256]);
    expect(entries.map((e) => e.height)).toEqual([16, 32, 256]);
    let expectedOffset = 6 + 16 * 3;
    for (const e of entries) {
      expect(e.planes).toBe(1);
      expect(e.bits).toBe(32);
      expect(e.offset).toBe(expectedOffset);
      expectedOffset += e.bytes;
    }
    expect(expectedOffset).toBe(ico.length);
  });

  it('stores 256 px as PNG and smaller sizes as bottom-up BGRA bitmaps with an AND mask', () => {
    const ico = encodeIco([image(16), image(256)]);
    const [small, large] = readDirectory(ico);
    expect([...ico.subarray(large!.offset, large!.offset + 8)]).toEqual(PNG_SIGNATURE);
    expect(large!.bytes).toBe(9);

    const view = new DataView(ico.buffer, small!.offset);
    expect(view.getUint32(0, true)).toBe(40);
    expect(view.getInt32(4, true)).toBe(16);
    expect(view.getInt32(8, true)).toBe(32);
    expect(view.getUint16(14, true)).toBe(32);
    expect(small!.bytes).toBe(40 + 16 * 16 * 4 + 4 * 16);
    const pixel = (x: number, y: number) => {
      const at = small!.offset + 40 + ((15 - y) * 16 + x) * 4;
      return [...ico.subarray(at, at + 4)];
    };
    expect(pixel(0, 0)).toEqual([0, 0, 255, 255]); // red, as B G R A
    expect(pixel(5, 5)).toEqual([255, 0, 0, 255]); // blue
    expect(pixel(15, 15)).toEqual([0, 0, 0, 0]);
    const mask = small!.offset + 40 + 16 * 16 * 4;
    // Bottom-right pixel is the last bit of the first mask row (rows bottom-up, 4 bytes per row).
    expect(ico[mask + 1]).toBe(0x01);
    expect(ico[mask]).toBe(0);
    expect([...ico.subarray(mask + 4, mask + 64)].every((b) => b === 0)).toBe(true);
  });

  it('refuses sizes an ICO cannot hold and pixel buffers of the wrong length', () => {
    expect(() => encodeIco([image(512)])).toThrow(/at most 256/);
    expect(() => encodeIco([{ ...image(16), rgba: new Uint8Array(10) }])).toThrow(/RGBA/);
  });
});
