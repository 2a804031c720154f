import { ApiError } from '../../shared/api/ApiError';
import { openAppApi } from '../api/openAppApi';
import { checkOutputPath } from '../files/checkOutputPath';
import { writeFileAtomic } from '../files/writeFileAtomic';
import type { CliIo } from './runCli';

/**
 * `qianwan backup list|create|restore NAME|export --out FILE`: the backup screen for scripts. It
 * goes through openAppApi like the two app hosts, so a damaged or newer user.db can still be
 * restored from here.
 */
export async function runBackup(
  sub: string | undefined,
  rest: string[],
  values: { json?: boolean; out?: string; force?: boolean },
  options: { dataDir: string; libraryFile: string },
  io: CliIo,
  printJson: (v: unknown) => void,
): Promise<number> {
  const app = openAppApi({ ...options, host: 'browser', dailyBackups: false });
  const { api } = app;
  try {
    if (sub === 'list') {
      const backups = await api.listBackups({});
      if (values.json) printJson(backups);
      else if (backups.length === 0) io.stdout('还没有备份。\n');
      else for (const b of backups) io.stdout(`${b.name}  ${b.createdAt}  ${Math.ceil(b.size / 1024)} KB\n`);
      return 0;
    }
    if (sub === 'create') {
      const b = await api.createBackup({});
      if (values.json) printJson(b);
      else io.stdout(`已备份：${b.name}\n`);
      return 0;
    }
    if (sub === 'restore') {
      const name = rest[0];
      if (!name) throw new ApiError('missing_argument', 'NAME (qianwan backup list)');
      const r = await api.restoreBackup({ name });
      if (values.json) printJson(r);
      else io.stdout(`已恢复：${r.restored}（原来的数据已另存为 ${r.keptAs}）\n`);
      return 0;
    }
    if (sub === 'export') {
      if (!values.out) throw new ApiError('missing_argument', '--out FILE');
      // Asked before the work, and again by the write itself.
      const out = checkOutputPath(values.out, values.force);
      const bundle = await api.exportEverything({});
      writeFileAtomic(out, Buffer.from(bundle.dataBase64, 'base64'), { overwrite: values.force });
      if (values.json) printJson({ out, documents: bundle.documents, docx: bundle.docx });
      else io.stdout(`已导出 ${bundle.documents} 篇文稿和 user.db：${out}\n`);
      return 0;
    }
    throw new ApiError('unknown_command', { command: `backup ${sub ?? ''}`.trim(), usage: 'list, create, restore NAME, export --out FILE' });
  } finally {
    app.close();
  }
}
