import fs from 'node:fs';
import path from 'node:path';
import { encodeIco } from './encodeIco';
import { renderIcons } from './renderIcons';

/** Linux icon theme sizes (build/icons/NxN.png), the ICO's sizes, and macOS's 1024 (build/icon.png → .icns). */
export const LINUX_SIZES = [16, 24, 32, 48, 64, 128, 256, 512] as const;
export const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256] as const;
export const MAC_SIZE = 1024;

/** Every file buildIcons writes, relative to the output folder. */
export function iconOutputs(): string[] {
  return [...LINUX_SIZES.map((s) => path.join('icons', `${s}x${s}.png`)), 'icon.png', 'icon.ico'];
}

/**
 * Renders resources/icon.svg into electron-builder's build resources: the PNG set for Linux, icon.ico
 * for Windows and the NSIS installer, icon.png (1024) for macOS. Skips the work when every output is
 * newer than the SVG, unless forced. Returns whether it rendered.
 */
export async function buildIcons(options: { svgFile: string; outDir: string; force?: boolean; env?: NodeJS.ProcessEnv }): Promise<boolean> {
  const { svgFile, outDir } = options;
  const svgTime = fs.statSync(svgFile).mtimeMs;
  const upToDate = iconOutputs().every((f) => {
    const file = path.join(outDir, f);
    return fs.existsSync(file) && fs.statSync(file).mtimeMs >= svgTime;
  });
  if (upToDate && !options.force) return false;

  const sizes = [...new Set<number>([...LINUX_SIZES, ...ICO_SIZES, MAC_SIZE])].sort((a, b) => a - b);
  const images = await renderIcons(fs.readFileSync(svgFile, 'utf8'), sizes, options.env);
  const bySize = new Map(images.map((img) => [img.size, img]));
  fs.mkdirSync(path.join(outDir, 'icons'), { recursive: true });
  for (const size of LINUX_SIZES) fs.writeFileSync(path.join(outDir, 'icons', `${size}x${size}.png`), bySize.get(size)!.png);
  fs.writeFileSync(path.join(outDir, 'icon.png'), bySize.get(MAC_SIZE)!.png);
  fs.writeFileSync(path.join(outDir, 'icon.ico'), encodeIco(ICO_SIZES.map((s) => bySize.get(s)!)));
  return true;
}
