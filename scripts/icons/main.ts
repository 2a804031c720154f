import path from 'node:path';
import { buildIcons, iconOutputs } from './buildIcons';

// `node scripts/icons/run.mjs [--force]`: resources/icon.svg → build/ (see buildIcons).
const root = process.cwd();
buildIcons({ svgFile: path.join(root, 'resources', 'icon.svg'), outDir: path.join(root, 'build'), force: process.argv.includes('--force') }).then(
  (rendered) => console.log(rendered ? `图标已生成 / icons rendered: build/{${iconOutputs().join(',')}}` : '图标已是最新 / icons up to date'),
  (err: unknown) => {
    console.error(`图标生成失败 / icons not rendered: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`);
    process.exit(1);
  },
);
