import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cliInTemp } from './cliInTemp';

let tmp: string;
const fixtures = path.resolve(__dirname, '..', '..', 'formats', '__tests__', 'fixtures');

beforeEach(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'qw-cli-import-'));
  process.env.QIANWAN_RESOURCES_DIR = path.join(tmp, 'resources');
  fs.mkdirSync(process.env.QIANWAN_RESOURCES_DIR);
});
afterEach(() => {
  delete process.env.QIANWAN_RESOURCES_DIR;
  fs.rmSync(tmp, { recursive: true, force: true });
});

interface ImportJson {
  sources: Array<{ id: string; title: string; author: string | null; site: string | null; date: string | null; url: string | null; kind: string; citation: string; newspaper?: string | null; newspaperPage?: string | null }>;
  refused: Array<{ file: string; code: string; message: string }>;
  skipped: number;
  passages: Array<{ text: string }>;
}

describe('qianwan library import FILE|DIR --json', () => {
  it('walks a folder of mixed files, and gives each source its facts, kind and the note the app would print', async () => {
    const dir = path.join(tmp, '学习材料');
    fs.mkdirSync(path.join(dir, '人民日报_files'), { recursive: true });
    fs.mkdirSync(path.join(dir, '文件'));
    fs.copyFileSync(path.join(fixtures, 'peoples-daily-paper.html'), path.join(dir, '人民日报.html'));
    fs.writeFileSync(path.join(dir, '人民日报_files', 'main.css'), 'body{}');
    fs.copyFileSync(path.join(fixtures, 'wechat-article.html'), path.join(dir, '公众号.html'));
    fs.copyFileSync(path.join(fixtures, 'gov-style.html'), path.join(dir, '文件', '实施意见.html'));
    fs.copyFileSync(path.join(fixtures, 'scan.pdf'), path.join(dir, '文件', '扫描件.pdf'));
    fs.writeFileSync(path.join(dir, '名单.xlsx'), 'x');
    const run = await cliInTemp(tmp, ['library', 'import', dir, '--json']);
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout) as ImportJson;
    const byTitle = new Map(json.sources.map((s) => [s.title, s]));
    expect([...byTitle.keys()].sort()).toEqual(['中共浙江省委办公厅 浙江省人民政府办公厅关于深化“千万工程”建设新时代美丽乡村的实施意见', '坚持不懈推进“千万工程”', '学习“千万工程”经验｜我们村的五年之变'].sort());
    // A newspaper article: [N], the paper and its page; dates as YYYY-MM-DD; nothing invented.
    expect(byTitle.get('坚持不懈推进“千万工程”')).toMatchObject({ author: '张三', date: '2023-06-06', kind: '权威文献', newspaper: '人民日报', newspaperPage: '5' });
    expect(byTitle.get('坚持不懈推进“千万工程”')!.citation).toMatch(/^张三\. 坚持不懈推进“千万工程”\[N\]\. 人民日报，2023-06-06（5）\.$/);
    const wechat = byTitle.get('学习“千万工程”经验｜我们村的五年之变')!;
    expect(wechat).toMatchObject({ author: '王小明', site: '青山发布', date: '2023-06-20', kind: '新闻报道' });
    expect(wechat.citation).toMatch(/^王小明\. 学习“千万工程”经验｜我们村的五年之变\[EB\/OL\]\. 青山发布，2023（2023-06-20）\[\d{4}-\d{2}-\d{2}\]\. http:\/\/mp\.weixin\.qq\.com\//);
    const doc = byTitle.get('中共浙江省委办公厅 浙江省人民政府办公厅关于深化“千万工程”建设新时代美丽乡村的实施意见')!;
    expect(doc).toMatchObject({ site: '浙江省人民政府门户网站', date: '2023-07-18', url: 'https://www.example.gov.cn/art/2023/7/18/art_1229017138_2482000.html', kind: '权威文献' });
    // The scan is refused by name, with why; the page resources and the spreadsheet are passed over.
    expect(json.refused).toEqual([expect.objectContaining({ code: 'pdf_no_text', file: path.join(dir, '文件', '扫描件.pdf') })]);
    expect(json.refused[0]!.message).toContain('扫描件.pdf 是扫描件或图片');
    expect(json.skipped).toBe(2);
    expect(json.passages.some((p) => p.text.includes('一年接着一年干'))).toBe(true);

    // The same folder again: nothing is stored twice.
    const again = JSON.parse((await cliInTemp(tmp, ['library', 'import', dir, '--json'])).stdout) as ImportJson & { alreadyImported: unknown[] };
    expect(again.sources).toEqual([]);
    expect(again.alreadyImported).toHaveLength(3);
  }, 60_000);
});
