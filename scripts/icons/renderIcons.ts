import fs from 'node:fs';
import { chromium, type Browser } from '@playwright/test';
import type { IconImage } from './encodeIco';

/** Chromium-family browsers that can rasterise the SVG, in the order they are tried. */
function browserCandidates(env: NodeJS.ProcessEnv): { executablePath?: string; channel?: string }[] {
  const paths = [env.QIANWAN_CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/snap/bin/chromium'];
  return [
    ...paths.filter((p): p is string => !!p && fs.existsSync(p)).map((executablePath) => ({ executablePath })),
    // Windows and macOS build machines: an installed Chrome or Edge.
    { channel: 'chrome' },
    { channel: 'msedge' },
  ];
}

async function launchBrowser(env: NodeJS.ProcessEnv): Promise<Browser> {
  const tried: string[] = [];
  for (const candidate of browserCandidates(env)) {
    try {
      return await chromium.launch({ ...candidate, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
    } catch {
      tried.push(candidate.executablePath ?? candidate.channel ?? '?');
    }
  }
  throw new Error(`no Chromium, Chrome or Edge to render the icon with (tried ${tried.join(', ')}); set QIANWAN_CHROMIUM to a Chromium binary`);
}

// Runs inside the browser page (so it is a string: this file is type-checked against Node's lib, not
// the DOM's). Draws the SVG at each size on a canvas; returns base64 PNG and base64 RGBA per size.
const RASTERISE = `async (dataUrl, sizes) => {
  const toBase64 = (bytes) => {
    let s = '';
    for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return btoa(s);
  };
  const results = [];
  for (const size of sizes) {
    const img = new Image(size, size);
    img.src = dataUrl;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = size;
    canvas.height = size;
    const ctx = canvas.getContext('2d');
    ctx.imageSmoothingQuality = 'high';
    ctx.drawImage(img, 0, 0, size, size);
    const rgba = ctx.getImageData(0, 0, size, size).data;
    const blob = await new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('toBlob failed'))), 'image/png'));
    results.push({ size, png: toBase64(new Uint8Array(await blob.arrayBuffer())), rgba: toBase64(rgba) });
  }
  return results;
}`;

/**
 * Renders the SVG at each size with the browser's own rasteriser (vector drawn at the target size,
 * not a scaled bitmap), returning PNG bytes and RGBA pixels. Offline: the SVG goes in as a data URL.
 */
export async function renderIcons(svg: string, sizes: readonly number[], env: NodeJS.ProcessEnv = process.env): Promise<IconImage[]> {
  const browser = await launchBrowser(env);
  try {
    const page = await browser.newPage();
    await page.setContent('<!doctype html><html><body></body></html>');
    const dataUrl = `data:image/svg+xml;base64,${Buffer.from(svg, 'utf8').toString('base64')}`;
    const rendered = (await page.evaluate(`(${RASTERISE})(${JSON.stringify(dataUrl)}, ${JSON.stringify(sizes)})`)) as { size: number; png: string; rgba: string }[];
    return rendered.map((r) => ({ size: r.size, png: new Uint8Array(Buffer.from(r.png, 'base64')), rgba: new Uint8Array(Buffer.from(r.rgba, 'base64')) }));
  } finally {
    await browser.close();
  }
}
