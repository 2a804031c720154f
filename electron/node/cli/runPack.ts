import path from 'node:path';
import { ApiError } from '../../shared/api/ApiError';
import { PACK_FILE_MAX } from '../../shared/api/apiLimits';
import type { PackImportSummary } from '../../shared/api/packTypes';
import type { Services } from '../api/createServices';
import { checkOutputPath } from '../files/checkOutputPath';
import { readUserFile } from '../files/readUserFile';
import { writeFileAtomic } from '../files/writeFileAtomic';
import type { CliIo } from './runCli';

/** `qianwan library pack export --out FILE [--source ID...] [--force]` and `library pack import FILE [--json]`. */
export async function runPack(
  args: string[],
  values: { json?: boolean; out?: string; force?: boolean; source?: string[] },
  services: Services,
  io: CliIo,
  printJson: (v: unknown) => void,
): Promise<number> {
  const [action, file] = args;
  if (action === 'export') {
    if (!values.out) throw new ApiError('invalid_input', '缺少 --out FILE');
    // Asked before the work, and again by the write itself (the name may be taken meanwhile).
    const out = checkOutputPath(values.out, values.force);
    const pack = await services.packs.export(values.source?.length ? values.source : undefined);
    writeFileAtomic(out, pack.bytes, { overwrite: values.force });
    const facts = { out, sources: pack.sources, passages: pack.passages, corrections: pack.corrections, bytes: pack.bytes.length };
    if (values.json) printJson(facts);
    else io.stdout(`已导出材料包：${out}（${facts.sources} 个来源，${facts.passages} 段，${facts.corrections} 处修改，${(facts.bytes / 1048576).toFixed(1)} MB）\n`);
    return 0;
  }
  if (action === 'import') {
    if (!file) throw new ApiError('invalid_input', '缺少材料包文件名');
    const summary = services.packs.import(path.basename(file), readUserFile(file, PACK_FILE_MAX));
    if (values.json) printJson(summary);
    else io.stdout(describeImport(summary));
    return 0;
  }
  throw new ApiError('invalid_input', `library pack ${action ?? ''}：可用 export --out FILE [--source ID...]、import FILE`);
}

function describeImport(s: PackImportSummary): string {
  const lines = s.sources.map((src) => `${src.added ? '新增' : '已有'}  ${src.id}  ${src.title}`);
  lines.push(`段落：新增 ${s.passages.added} 段，已有 ${s.passages.present} 段（只记录出处）`);
  lines.push(`对段落的修改：应用 ${s.corrections.applied} 处，已有 ${s.corrections.present} 处，跳过 ${s.corrections.skipped.length} 处`);
  for (const k of s.corrections.skipped) lines.push(`  跳过 ${k.passageId}（${k.reason === 'shipped' ? '内置素材不能修改' : '本机已有不同的修改'}）：${k.text.slice(0, 40)}`);
  return `${lines.join('\n')}\n`;
}
