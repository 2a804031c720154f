/** One rendered size: its PNG file and the same pixels as straight (non-premultiplied) RGBA, top row first. */
export interface IconImage {
  size: number;
  png: Uint8Array;
  rgba: Uint8Array;
}

const PNG_FROM = 256;

/**
 * A Windows .ico holding every given size. 256 px and larger go in as PNG (Vista's format, keeps the
 * file small); smaller sizes as 32-bit BMP with an AND mask, which every Windows icon reader,
 * including NSIS's, accepts.
 */
export function encodeIco(images: readonly IconImage[]): Uint8Array {
  const sorted = [...images].sort((a, b) => a.size - b.size);
  const payloads = sorted.map((img) => {
    if (img.size > 256) throw new Error(`an ICO entry is at most 256 px, not ${img.size}`);
    if (img.rgba.length !== img.size * img.size * 4) throw new Error(`${img.size} px image has ${img.rgba.length} bytes of RGBA`);
    return img.size >= PNG_FROM ? img.png : bmpEntry(img.size, img.rgba);
  });
  const headerSize = 6 + 16 * sorted.length;
  const out = new Uint8Array(headerSize + payloads.reduce((n, p) => n + p.length, 0));
  const view = new DataView(out.buffer);
  view.setUint16(0, 0, true); // reserved
  view.setUint16(2, 1, true); // type: icon
  view.setUint16(4, sorted.length, true);
  let offset = headerSize;
  sorted.forEach((img, i) => {
    const entry = 6 + 16 * i;
    out[entry] = img.size === 256 ? 0 : img.size; // 0 means 256
    out[entry + 1] = img.size === 256 ? 0 : img.size;
    out[entry + 2] = 0; // no palette
    out[entry + 3] = 0;
    view.setUint16(entry + 4, 1, true); // planes
    view.setUint16(entry + 6, 32, true); // bits per pixel
    view.setUint32(entry + 8, payloads[i]!.length, true);
    view.setUint32(entry + 12, offset, true);
    out.set(payloads[i]!, offset);
    offset += payloads[i]!.length;
  });
  return out;
}

/** BITMAPINFOHEADER + BGRA rows bottom-up + 1-bit AND mask (set where fully transparent). */
function bmpEntry(size: number, rgba: Uint8Array): Uint8Array {
  const xorSize = size * size * 4;
  const maskStride = Math.ceil(size / 32) * 4;
  const maskSize = maskStride * size;
  const out = new Uint8Array(40 + xorSize + maskSize);
  const view = new DataView(out.buffer);
  view.setUint32(0, 40, true);
  view.setInt32(4, size, true);
  view.setInt32(8, size * 2, true); // XOR bitmap and AND mask stacked
  view.setUint16(12, 1, true);
  view.setUint16(14, 32, true);
  view.setUint32(16, 0, true); // BI_RGB
  view.setUint32(20, xorSize + maskSize, true);
  for (let y = 0; y < size; y++) {
    const row = size - 1 - y; // bottom-up
    for (let x = 0; x < size; x++) {
      const src = (y * size + x) * 4;
      const dst = 40 + (row * size + x) * 4;
      out[dst] = rgba[src + 2]!;
      out[dst + 1] = rgba[src + 1]!;
      out[dst + 2] = rgba[src]!;
      out[dst + 3] = rgba[src + 3]!;
      if (rgba[src + 3] === 0) {
        const m = 40 + xorSize + row * maskStride + (x >> 3);
        out[m] = out[m]! | (0x80 >> (x & 7));
      }
    }
  }
  return out;
}
