import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

// Windows names its Chinese system fonts' files after them; the families they hold.
const WINDOWS_FILES: Record<string, string[]> = {
  'simsun.ttc': ['宋体', 'SimSun', '新宋体', 'NSimSun'],
  'simhei.ttf': ['黑体', 'SimHei'],
  'simfang.ttf': ['仿宋', 'FangSong'],
  'simkai.ttf': ['楷体', 'KaiTi'],
  'fzxbsjw.ttf': ['方正小标宋简体', '方正小标宋_GBK'],
  'msyh.ttc': ['微软雅黑', 'Microsoft YaHei'],
  'fs_gb2312.ttf': ['仿宋_GB2312'],
  'kaiti_gb2312.ttf': ['楷体_GB2312'],
};

let cached: Set<string> | null | undefined;

/**
 * The font families this machine has, by every name fontconfig knows them by (fc-list gives localised
 * names too: 文泉驿, 方正小标宋简体 …), or, on Windows, from the font folder. Null when it cannot be
 * told (no fontconfig): then nothing is reported missing. Read once per process.
 */
export function installedFonts(): Set<string> | null {
  if (cached !== undefined) return cached;
  cached = null;
  const fc = spawnSync('fc-list', [':', 'family'], { encoding: 'utf8', timeout: 5000 });
  if (fc.status === 0 && fc.stdout) {
    cached = new Set(
      fc.stdout
        .split('\n')
        .flatMap((line) => line.split(','))
        .map((name) => name.replace(/\\/g, '').trim())
        .filter(Boolean),
    );
    return cached;
  }
  if (process.platform === 'win32') {
    const dir = path.join(process.env.WINDIR ?? 'C:\\Windows', 'Fonts');
    try {
      const files = fs.readdirSync(dir).map((f) => f.toLowerCase());
      cached = new Set(files.flatMap((f) => WINDOWS_FILES[f] ?? []));
    } catch {
      cached = null;
    }
  }
  return cached;
}

/** For tests: forget what was read. */
export function resetInstalledFonts(): void {
  cached = undefined;
}
