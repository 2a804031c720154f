import path from 'node:path';
import { ApiError } from '../../shared/api/ApiError';
import { IMPORT_FILE_MAX, IMPORT_FILES_MAX } from '../../shared/api/apiLimits';
import { describeError } from '../../shared/api/describeError';
import { formatReference } from '../../shared/citations/formatReference';
import type { PassageContext, SourceDetail } from '../../shared/api/apiTypes';
import { DEFAULT_SOURCE_KIND } from '../../shared/library/sourceKinds';
import { createBoundApi } from '../api/createApi';
import type { Services } from '../api/createServices';
import { collectSourceFiles } from '../files/collectSourceFiles';
import { readUserFile } from '../files/readUserFile';
import type { CliIo } from './runCli';

/** How often the command asks whether the import has been read (the UI asks as often). */
const IMPORT_POLL_MS = 50;

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
    if (args.length === 0) throw new ApiError('missing_argument', 'FILE');
    // 来源 → 导入 through the contract, a request at a time as the UI sends a dropped folder: files of
    // at most 20 MB (checked on the path before each is read), a batch of at most 500 files and 300 MB
    // (the staging refuses more), read, cleaned and saved by the same calls.
    const { files: paths, skipped } = collectSourceFiles(args);
    if (paths.length === 0) throw new ApiError('nothing_to_import', skipped);
    const bound = createBoundApi(services, 'browser');
    let jobId: string | undefined;
    for (let at = 0; at < paths.length; at += IMPORT_FILES_MAX) {
      const files = paths.slice(at, at + IMPORT_FILES_MAX).map((f) => ({ name: path.basename(f), dataBase64: readUserFile(f, IMPORT_FILE_MAX).toString('base64') }));
      jobId = (await bound.call('stageImportFiles', { jobId, files })).jobId;
    }
    let job = await bound.call('previewImport', { jobId });
    while (job.state === 'running' || job.state === 'staged') {
      await new Promise((resolve) => setTimeout(resolve, IMPORT_POLL_MS));
      job = await bound.call('getImportJob', { jobId: job.id });
    }
    if (job.error) throw new ApiError(job.error.code, job.error.detail);
    const summary = await bound.call('commitImport', {
      jobId: job.id,
      sources: (job.previews ?? []).map((p) => ({ index: p.index, title: p.title || p.fileName, site: p.site, date: p.date, url: p.url })),
    });
    const pathOf = new Map(paths.map((f) => [path.basename(f), f]));
    const refusedJson = job.refused.map((r) => ({ file: pathOf.get(r.fileName) ?? r.fileName, code: r.error.code, message: describeError(r.error) }));
    if (values.json) {
      const ids = summary.sources.flatMap((s) => services.library.getSource(s.id).workList.flatMap((w) => w.passages.map((p) => p.id)));
      printJson({
        sources: summary.sources.map((s) => sourceJson(services.library.getSource(s.id))),
        alreadyImported: summary.alreadyImported,
        refused: refusedJson,
        skipped,
        passages: services.library.getPassages(ids, { originals: false }).map((p) => passageJson(services.library.getPassageContext(p.id))),
        summary,
      });
    } else {
      if (summary.sources.length) io.stdout(`已导入：${summary.sources.map((s) => s.title).join('、')}\n篇 ${summary.works}，段落 ${summary.passages}，删除网站杂项 ${summary.linesRemoved} 行，接合分块 ${summary.chunksRejoined} 处，合并重复 ${summary.duplicatesMerged} 条，不完整 ${summary.incomplete} 条\n`);
      if (summary.alreadyImported.length) io.stdout(`以前导入过，没有重复保存：${summary.alreadyImported.map((s) => s.title).join('、')}\n`);
      for (const r of refusedJson) io.stdout(`未导入：${r.message}\n`);
      if (skipped) io.stdout(`跳过 ${skipped} 个网页附属文件或其他类型的文件\n`);
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
  if (!id) throw new ApiError('missing_argument', 'ID');
  const ctx = services.library.getPassageContext(id);
  // One passage: its quoted statements come with their originals looked up (a passage of a 权威文献 or 新闻报道 source).
  const originals = new Map((services.library.getPassages([id])[0]?.quotes ?? []).map((q) => [`${q.type}:${q.start}`, q.original ?? null]));
  if (values.json) {
    const json = passageJson(ctx);
    printJson({ ...json, quotes: json.quotes.map((q) => ({ ...q, original: originals.get(`${q.type}:${q.start}`) ?? null })), occurrences: ctx.occurrences });
  }
  else {
    const p = passageJson(ctx);
    const flags = p.flags.map((f) => (f === 'masked-name' ? '，名称被遮蔽' : '，已删去乱码')).join('');
    io.stdout(`${p.id}（${p.kind}${p.incomplete ? '，不完整' : ''}${flags}）\n${p.text}\n篇：${p.work.title}\n主题：${p.themes.join('、') || '—'}\n出处：${p.sources.map((s) => s.title).join('；')}\n`);
  }
  return 0;
}

/**
 * One passage for scripts: `kind` is the passage's (论述, 做法 …); each source has its own `kind`
 * (权威文献 | 新闻报道 | 参考范文) and bibliographic facts; `quotes` are the statements quoted in the
 * text (who said it, with which verb, from which document) and the titles it names in 《》.
 */
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
    sources: p.sources.map((s) => ({ ...s, kind: s.kind ?? DEFAULT_SOURCE_KIND })),
    quotes: (p.quotes ?? []).map((q) => ({ type: q.type, text: q.text, speaker: q.speaker, role: q.role, cue: q.cue, title: q.title, start: q.start, end: q.end })),
  };
}

/** A saved source as `library import --json` gives it: its facts and the note the app would print (GB/T 7714—2025). */
function sourceJson(s: SourceDetail) {
  const { rawText: _raw, workList: _works, ...facts } = s;
  return {
    ...facts,
    author: s.author ?? null,
    kind: s.kind ?? DEFAULT_SOURCE_KIND,
    // As a note made today would print it (an online source's 引用日期 is the day it is cited).
    citation: formatReference({ workTitle: s.title, source: s, citedOn: new Date().toISOString().slice(0, 10) }, { edition: '2025' }),
  };
}
