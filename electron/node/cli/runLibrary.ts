import path from 'node:path';
import { ApiError } from '../../shared/api/ApiError';
import { IMPORT_FILE_MAX, IMPORT_FILES_MAX } from '../../shared/api/apiLimits';
import type { PassageContext } from '../../shared/api/apiTypes';
import type { Services } from '../api/createServices';
import { readUserFile } from '../files/readUserFile';
import { runImport } from '../library/import/runImport';
import type { CliIo } from './runCli';

/** `library import | list | show`: the user's library from the command line, over the same services. */
export async function runLibrary(
  sub: 'import' | 'list' | 'show',
  args: string[],
  values: { json?: boolean },
  services: Services,
  io: CliIo,
  printJson: (v: unknown) => void,
): Promise<number> {
  if (sub === 'import') {
    if (args.length === 0) throw new ApiError('invalid_input', '缺少文件名');
    // The limits of 来源 → 导入: at most 20 files of 20 MB each, every one checked before any is read.
    if (args.length > IMPORT_FILES_MAX) throw new ApiError('invalid_input', `一次最多导入 ${IMPORT_FILES_MAX} 个文件（给了 ${args.length} 个）`);
    const files = args.map((f) => ({ fileName: path.basename(f), bytes: readUserFile(f, IMPORT_FILE_MAX) }));
    const { build } = await runImport(files, () => undefined);
    const summary = services.ownSources.commit(
      build,
      build.sources.map((s, index) => ({ index, title: s.title, site: s.site, date: s.date, url: s.url })),
    );
    const ids = build.passages.map((p) => p.id);
    if (values.json) {
      printJson({ sources: summary.sources, passages: services.library.getPassages(ids).map((p) => passageJson(services.library.getPassageContext(p.id))), summary });
    } else {
      io.stdout(`已导入：${summary.sources.map((s) => s.title).join('、')}\n篇 ${summary.works}，段落 ${summary.passages}，删除网站杂项 ${summary.linesRemoved} 行，接合分块 ${summary.chunksRejoined} 处，合并重复 ${summary.duplicatesMerged} 条，不完整 ${summary.incomplete} 条\n`);
    }
    return 0;
  }
  if (sub === 'list') {
    const ids = services.library
      .listSources()
      .flatMap((s) => services.library.getSource(s.id).workList.flatMap((w) => w.passages.map((p) => p.id)));
    const unique = [...new Set(ids)];
    const list = unique.map((id) => passageJson(services.library.getPassageContext(id)));
    if (values.json) printJson(list);
    else for (const p of list) io.stdout(`${p.id}  [${p.kind}] ${p.text.slice(0, 60)}${p.text.length > 60 ? '…' : ''}\n`);
    return 0;
  }
  const id = args[0];
  if (!id) throw new ApiError('invalid_input', '缺少段落 ID');
  const ctx = services.library.getPassageContext(id);
  if (values.json) printJson({ ...passageJson(ctx), occurrences: ctx.occurrences });
  else {
    const p = passageJson(ctx);
    const flags = p.flags.map((f) => (f === 'masked-name' ? '，名称被遮蔽' : '，已删去乱码')).join('');
    io.stdout(`${p.id}（${p.kind}${p.incomplete ? '，不完整' : ''}${flags}）\n${p.text}\n篇：${p.work.title}\n主题：${p.themes.join('、') || '—'}\n出处：${p.sources.map((s) => s.title).join('；')}\n`);
  }
  return 0;
}

function passageJson(ctx: PassageContext) {
  const p = ctx.passage;
  return {
    id: p.id,
    text: p.text,
    kind: p.kind,
    themes: p.themes,
    incomplete: p.incomplete,
    flags: p.flags,
    heading: p.heading,
    work: { title: p.workTitle },
    sources: p.sources.map((s) => ({ id: s.id, title: s.title, site: s.site, date: s.date, url: s.url })),
  };
}
