import path from 'node:path';
import { ApiError } from '../../shared/api/ApiError';
import { PACK_FILE_MAX } from '../../shared/api/apiLimits';
import type { PackImportSummary } from '../../shared/api/packTypes';
import { createBoundApi } from '../api/createApi';
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
    if (!values.out) throw new ApiError('missing_argument', '--out FILE');
    // Asked before the work, and again by the write itself (the name may be taken meanwhile).
    const out = checkOutputPath(values.out, values.force);
    // Through the contract, as the UI exports and imports packs (its limits, and the check's index kept current).
    const pack = await createBoundApi(services, 'browser').call('exportLibraryPack', { sourceIds: values.source?.length ? values.source : undefined });
    writeFileAtomic(out, Buffer.from(pack.dataBase64, 'base64'), { overwrite: values.force });
    const facts = { out, sources: pack.sources, passages: pack.passages, corrections: pack.corrections, bytes: pack.bytes };
    if (values.json) printJson(facts);
    else io.stdout(`已导出材料包：${out}（${facts.sources} 个来源，${facts.passages} 段，${facts.corrections} 处修改，${(facts.bytes / 1048576).toFixed(1)} MB）\n`);
    return 0;
  }
  if (action === 'import') {
    if (!file) throw new ApiError('missing_argument', 'FILE');
    const bytes = readUserFile(file, PACK_FILE_MAX);
    const summary = await createBoundApi(services, 'browser').call('importLibraryPack', { name: path.basename(file), dataBase64: bytes.toString('base64') });
    if (values.json) printJson(summary);
    else io.stdout(describeImport(summary));
    return 0;
  }
  throw new ApiError('unknown_command', { command: `library pack ${action ?? ''}`.trim(), usage: 'export --out FILE [--source ID...], import FILE' });
}

function describeImport(s: PackImportSummary): string {
  const lines = s.sources.map((src) => `${src.added ? '新增' : '已有'}  ${src.id}  ${src.title}`);
  lines.push(`段落：新增 ${s.passages.added} 段，已有 ${s.passages.present} 段（只记录出处）`);
  lines.push(`对段落的修改：应用 ${s.corrections.applied} 处，已有 ${s.corrections.present} 处，跳过 ${s.corrections.skipped.length} 处`);
  for (const k of s.corrections.skipped) lines.push(`  跳过 ${k.passageId}（${k.reason === 'shipped' ? '内置素材不能修改' : '本机已有不同的修改'}）：${k.text.slice(0, 40)}`);
  return `${lines.join('\n')}\n`;
}
