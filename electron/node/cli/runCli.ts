import path from 'node:path';
import { parseArgs } from 'node:util';
import { CLI_OPTIONS } from './cliOptions';
import { processIo, type CliIo } from './cliIo';
import { listenForServe, type EarlyServe } from './listenForServe';
import { ApiError, toErrorPayload } from '../../shared/api/ApiError';
import { describeError } from '../../shared/api/describeError';
import { t } from '../../shared/i18n/translate';
import { createApi } from '../api/createApi';
import { createServices } from '../api/createServices';
import { openAppApi, type AppApi } from '../api/openAppApi';
import { readStartupSnapshot } from '../host/readStartupSnapshot';
import { startBrowserHost } from '../host/startBrowserHost';
import { buildLibrary } from '../library/buildLibrary';
import { renderBuildReport } from '../library/pipeline/renderBuildReport';
import { runLibrary } from './runLibrary';
import { runPack } from './runPack';
import { runCheck } from './runCheck';
import { runDoc } from './runDoc';
import { runProfile } from './runProfile';
import { runBackup } from './runBackup';
import { resourcesDir } from '../paths/resourcesDir';
import { userDataDir } from '../paths/userDataDir';

const USAGE = `用法 / usage: qianwan <命令> [选项]
  serve [--port N] [--no-open]                 启动浏览器版（打印带令牌的网址）
  library build [--corpus DIR] [--out FILE] [--report]  从原始文档生成素材库（--report 打印清理报告）
  library import FILE... [--json]              导入自己的素材（.txt .md .html .docx）
  library list [--json]                        列出全部段落素材
  library show ID [--json]                     显示一条段落素材及其出处
  library search QUERY [--limit N] [--theme T] [--json]  搜索素材库
  library pack export --out FILE [--source ID...] [--force]
                                               导出学习材料包 .qwpack（不加 --source 时为全部自己的来源）
  library pack import FILE [--json]            导入学习材料包，与本机素材库合并去重
  doc list [--json]                            列出文稿
  doc import FILE                              打开 .docx / .md / .txt 文稿（新建一篇）
  doc stats ID|FILE [--json]                   字数统计（与 Word、WPS 的字数、字符数相同）
  doc export ID --format docx|pdf|md|txt [--layout material|official|plain | --profile FILE]
             [--notes circled|numbered|endnotes|inline] [--edition 2025|2015] [--allow-empty] --out FILE [--force]
                                               导出文稿（已有文件不覆盖，除非 --force）；--notes 注释方式（①②每页重新编号、[1] 脚注、
                                               尾注、文中注），--edition GB/T 7714 版本：只影响这一次导出，不给时用文稿自己的设置
                                               （新文稿为 ①② 脚注、GB/T 7714—2025）；--layout 材料格式/公文格式/通用格式，
                                               --profile 单位版式文件（不给时用文稿自己的版式）；空文稿须加 --allow-empty
  profile list [--json]                        列出版式（三种内置版式和自己保存的单位版式）
  profile export NAME|ID --out FILE [--force]  把一个版式存为文件，交给其他电脑导入
  profile import FILE [--json]                 导入版式文件（同名的版式被替换）
  check FILE|DOC_ID [--min-run N] [--json]     查重与引用核查（.txt .md .docx 或文稿 ID）
  backup list|create [--json]                  列出备份 / 立即备份（data 目录下的 backups/）
  backup restore NAME                          从备份恢复（现在的数据先另存为备份）
  backup export --out FILE.zip [--force]       导出全部：user.db 与每篇文稿的 DOCX、Markdown
通用选项：--data-dir DIR（或环境变量 QIANWAN_DATA_DIR）`;

export type { CliIo } from './cliIo';

/** Runs one CLI command; returns the exit code. `serve` resolves only when the server stops. */
export async function runCli(argv: string[], io: CliIo = processIo, early: EarlyServe | null = null): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: CLI_OPTIONS,
    });
  } catch (err) {
    io.stderr(`参数错误：${err instanceof Error ? err.message : String(err)}\n${USAGE}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  const [command, sub, ...rest] = positionals;
  if (values.help || !command) {
    (values.help ? io.stdout : io.stderr)(`${USAGE}\n`);
    return values.help ? 0 : 2;
  }
  const resources = () => resourcesDir();
  const libraryFile = () => path.join(resources(), 'library.db');
  const open = () => createServices({ dataDir: userDataDir({ override: values['data-dir'] }), libraryFile: libraryFile() });
  const printJson = (value: unknown) => io.stdout(`${JSON.stringify(value, null, 2)}\n`);

  try {
    if (command === 'serve') {
      // Listening and the window started already when the entry took the quick path (listenForServe);
      // otherwise the same steps here.
      const started = early ?? (await listenForServe(argv, io));
      if (!started) throw new ApiError('renderer_missing');
      const { dataDir, server, token } = started;
      let app: AppApi | null = null;
      // Nothing is served before `app` is set: everything from here to openAppApi runs in this turn,
      // before any request is read.
      try {
        const host = await startBrowserHost({ api: () => app!, rendererDir: started.rendererDir, startupSnapshot: readStartupSnapshot, token, server });
        // A refused user.db still serves the page: it shows why and offers the backups to restore.
        const opened = openAppApi({ dataDir, libraryFile: libraryFile(), host: 'browser' });
        app = opened;
        if (opened.failure()) io.stderr(`错误：${describeError(toErrorPayload(opened.failure()))}\n`);
        else {
          // The window takes a few hundred milliseconds more to ask for the page: its data is read meanwhile.
          host.prepareStartupSnapshot();
          if ((await opened.api.getAppInfo({})).dataReadOnly) io.stderr(`警告：${t('notice.dataReadOnly')}（${dataDir}）\n`);
        }
        await new Promise<void>((resolve) => {
          const stop = () => void host.close().then(() => (opened.close(), resolve()));
          process.once('SIGINT', stop);
          process.once('SIGTERM', stop);
        });
      } catch (err) {
        // Listening since the quick path: a failure here must not leave the process holding the port.
        server.close();
        throw err;
      }
      return 0;
    }

    if (command === 'library' && sub === 'build') {
      const corpus = values.corpus ? path.resolve(values.corpus) : path.join(resources(), 'corpus');
      const out = values.out ? path.resolve(values.out) : libraryFile();
      const started = performance.now();
      const build = await buildLibrary(corpus, out);
      const summary = { out, sources: build.sources.length, works: build.works.length, passages: build.passages.length, ms: Math.round(performance.now() - started), stats: build.stats ?? null };
      if (values.json) printJson(summary);
      else {
        io.stdout(`素材库已生成：${out}\n来源 ${summary.sources} 个，篇 ${summary.works} 篇，段落 ${summary.passages} 条，用时 ${summary.ms} ms\n`);
        if (values.report) io.stdout(`\n${renderBuildReport(build)}\n`);
      }
      return 0;
    }

    if (command === 'library' && (sub === 'import' || sub === 'list' || sub === 'show')) {
      const services = open();
      try {
        return await runLibrary(sub, rest, values, services, io, printJson);
      } finally {
        services.close();
      }
    }

    if (command === 'library' && sub === 'pack') {
      const services = open();
      try {
        return await runPack(rest, values, services, io, printJson);
      } finally {
        services.close();
      }
    }

    if (command === 'library' && sub === 'search') {
      const query = [rest.join(' ')].join('').trim();
      if (!query) throw new ApiError('missing_argument', 'QUERY');
      const services = open();
      try {
        const result = await createApi(services, 'browser').searchLibrary({ query, limit: values.limit ? Number(values.limit) : 20, ...(values.theme ? { themes: [values.theme] } : {}) });
        if (values.json) {
          printJson({
            total: result.total,
            results: result.results.map((r) => ({ id: r.id, text: r.text, highlights: r.highlights, work: { title: r.workTitle }, sources: r.sources.map((s) => ({ id: s.id, title: s.title })) })),
          });
        } else {
          io.stdout(`共 ${result.total} 条\n`);
          for (const r of result.results) io.stdout(`\n[${r.id}] ${r.workTitle}\n${r.text}\n`);
        }
      } finally {
        services.close();
      }
      return 0;
    }

    if (command === 'backup') {
      return await runBackup(sub, rest, values, { dataDir: userDataDir({ override: values['data-dir'] }), libraryFile: libraryFile() }, io, printJson);
    }

    if (command === 'check') return await runCheck(positionals.slice(1), values, open, io, printJson);

    if (command === 'profile') {
      const services = open();
      try {
        return await runProfile(sub, rest, values, services, io, printJson, USAGE);
      } finally {
        services.close();
      }
    }

    if (command === 'doc') {
      const services = open();
      try {
        return await runDoc(sub, rest, values, services, io, printJson, USAGE);
      } finally {
        services.close();
      }
    }

    io.stderr(`未知命令：${positionals.join(' ')}\n${USAGE}\n`);
    return 2;
  } catch (err) {
    io.stderr(`错误：${describeError(toErrorPayload(err))}\n`);
    return 1;
  }
}
