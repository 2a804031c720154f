import fs from 'node:fs';
import path from 'node:path';
import { ApiError } from '../../shared/api/ApiError';
import { formatProfileFile } from '../../shared/export/formatProfileFile';
import type { Services } from '../api/createServices';
import { writeFileAtomic } from '../files/writeFileAtomic';
import type { CliIo } from './runCli';

const LAYOUT_NAMES = { material: '材料格式', official: '公文格式', plain: '通用格式' } as const;

/** `qianwan profile list | export NAME|ID --out FILE [--force] | import FILE`: unit formats between machines. */
export async function runProfile(
  sub: string | undefined,
  rest: string[],
  values: { json?: boolean; out?: string; force?: boolean },
  services: Services,
  io: CliIo,
  printJson: (v: unknown) => void,
  usage: string,
): Promise<number> {
  const { formats } = services;
  if (sub === 'list') {
    const profiles = formats.list();
    const defaultId = formats.getDefault().id;
    if (values.json) printJson({ defaultId, profiles });
    else for (const p of profiles) io.stdout(`${p.id === defaultId ? '* ' : '  '}${p.id}  ${p.name}（${LAYOUT_NAMES[p.layout]}）\n`);
    return 0;
  }
  if (sub === 'export') {
    const which = rest[0];
    if (!which) throw new ApiError('missing_argument', 'NAME|ID');
    if (!values.out) throw new ApiError('missing_argument', '--out FILE');
    const profile = formats.list().find((p) => p.id === which || p.name === which);
    if (!profile) throw new ApiError('not_found', which);
    const out = path.resolve(values.out);
    if (!values.force && fs.existsSync(out)) throw new ApiError('file_exists', out);
    writeFileAtomic(out, Buffer.from(formatProfileFile(profile), 'utf8'), { overwrite: values.force });
    if (values.json) printJson({ id: profile.id, name: profile.name, out });
    else io.stdout(`已导出版式“${profile.name}”：${out}\n`);
    return 0;
  }
  if (sub === 'import') {
    const file = rest[0];
    if (!file) throw new ApiError('missing_argument', 'FILE');
    const profile = formats.import(fs.readFileSync(path.resolve(file), 'utf8'));
    if (values.json) printJson(profile);
    else io.stdout(`已导入版式“${profile.name}”（${LAYOUT_NAMES[profile.layout]}）：${profile.id}\n`);
    return 0;
  }
  io.stderr(`未知命令：profile ${sub ?? ''}\n${usage}\n`);
  return 2;
}
