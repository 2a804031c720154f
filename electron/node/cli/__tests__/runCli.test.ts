import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cliInTemp } from './cliInTemp';

let tmp: string;
let resources: string;
const corpus = path.resolve(__dirname, '..', '..', '..', '..', 'resources', 'corpus');

beforeEach(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'qw-cli-'));
  resources = path.join(tmp, 'resources');
  fs.mkdirSync(resources);
  process.env.QIANWAN_RESOURCES_DIR = resources;
});
afterEach(() => {
  delete process.env.QIANWAN_RESOURCES_DIR;
  fs.rmSync(tmp, { recursive: true, force: true });
});

const cli = (...args: string[]) => cliInTemp(tmp, args);

describe('qianwan CLI', () => {
  it('builds the library and searches it as JSON on stdout only', async () => {
    const built = await cli('library', 'build', '--corpus', corpus, '--out', path.join(resources, 'library.db'), '--json');
    expect(built.code).toBe(0);
    expect(JSON.parse(built.stdout).passages).toBeGreaterThan(20);
    const found = await cli('library', 'search', '千万工程', '--limit', '3', '--json');
    expect(found.code).toBe(0);
    expect(found.stderr).toBe('');
    const json = JSON.parse(found.stdout) as { total: number; results: Array<{ id: string; text: string; highlights: number[][]; work: { title: string }; sources: Array<{ id: string; title: string }> }> };
    expect(json.total).toBeGreaterThan(3);
    expect(json.results).toHaveLength(3);
    for (const r of json.results) {
      const [start, end] = r.highlights[0]!;
      expect(r.text.slice(start, end)).toBe('千万工程');
      expect(r.work.title).toBeTruthy();
      expect(r.sources.length).toBeGreaterThan(0);
    }
    const themed = await cli('library', 'search', '千万工程', '--theme', '人居环境', '--limit', '200', '--json');
    const themedJson = JSON.parse(themed.stdout) as { total: number; results: Array<{ id: string }> };
    expect(themedJson.total).toBeGreaterThan(0);
    expect(themedJson.total).toBeLessThan(json.total);
    const shown = await cli('library', 'show', themedJson.results[0]!.id, '--json');
    expect(JSON.stringify(JSON.parse(shown.stdout))).toContain('人居环境');
  });

  it('imports own material, lists every passage and shows one, as JSON', async () => {
    await cli('library', 'build', '--corpus', corpus, '--out', path.join(resources, 'library.db'));
    const html = path.join(tmp, '新闻.html');
    fs.writeFileSync(
      html,
      '<html><body><div class="crumb">当前位置：首页 &gt; 新闻</div><h1>扎实推进和美乡村建设</h1><p>我县深入学习浙江“千万工程”经验，坚持因地制宜、分类施策，统筹推进农村人居环境整治，全县卫生厕所普及率达到百分之九十五以上。</p><p>责任编辑：李某</p></body></html>',
    );
    const imported = await cli('library', 'import', html, '--json');
    expect(imported.code).toBe(0);
    const result = JSON.parse(imported.stdout) as { sources: Array<{ id: string; title: string }>; passages: Array<{ id: string; text: string; sources: Array<{ id: string }> }> };
    expect(result.sources).toHaveLength(1);
    expect(result.passages.some((p) => p.text.includes('卫生厕所普及率'))).toBe(true);
    expect(result.passages.every((p) => !p.text.includes('责任编辑') && !p.text.includes('当前位置'))).toBe(true);

    const list = JSON.parse((await cli('library', 'list', '--json')).stdout) as Array<{ id: string; text: string; kind: string; themes: string[]; incomplete: boolean; work: { title: string }; sources: Array<{ id: string; title: string; site: string | null; date: string | null; url: string | null }> }>;
    expect(list.length).toBeGreaterThan(100);
    const mine = list.find((p) => p.text.includes('卫生厕所普及率'))!;
    expect(mine.sources[0]!.id).toBe(result.sources[0]!.id);
    expect(list.find((p) => p.incomplete)).toBeDefined();
    for (const p of list.slice(0, 20)) expect(Object.keys(p).sort()).toEqual(['flags', 'heading', 'id', 'incomplete', 'kind', 'quotes', 'sources', 'text', 'themes', 'work']);
    expect(list.every((p) => Array.isArray((p as { flags?: unknown }).flags))).toBe(true);

    const shown = await cli('library', 'show', mine.id, '--json');
    expect(JSON.parse(shown.stdout)).toMatchObject({ id: mine.id, text: mine.text, occurrences: [expect.objectContaining({ sourceId: result.sources[0]!.id })] });
  });

  it('imports Markdown with citations, lists it, and exports it back losslessly', async () => {
    await cli('library', 'build', '--corpus', corpus, '--out', path.join(resources, 'library.db'));
    // Citations become citation nodes when their passage is in the library.
    const [p1, p2] = (JSON.parse((await cli('library', 'list', '--json')).stdout) as Array<{ id: string }>).map((p) => p.id);
    const md = `---\ntitle: "学习心得"\n---\n\n# 一、提高认识\n\n> 引用的话。[@${p1}]\n\n正文**加粗**，见[参见 @${p2}]。\n`;
    const file = path.join(tmp, 'draft.md');
    fs.writeFileSync(file, md);
    const imported = await cli('doc', 'import', file, '--json');
    expect(imported.code).toBe(0);
    const { id } = JSON.parse(imported.stdout) as { id: string };
    const list = JSON.parse((await cli('doc', 'list', '--json')).stdout) as Array<{ id: string; title: string }>;
    expect(list).toEqual([expect.objectContaining({ id, title: '学习心得' })]);
    const out = path.join(tmp, 'out.md');
    expect((await cli('doc', 'export', id, '--format', 'md', '--out', out)).code).toBe(0);
    const again = path.join(tmp, 'again.md');
    const second = JSON.parse((await cli('doc', 'import', out, '--json')).stdout) as { id: string };
    await cli('doc', 'export', second.id, '--format', 'md', '--out', again);
    // The same text; opened beside the document it came from, it is told apart by its title (#20).
    expect(fs.readFileSync(again, 'utf8')).toBe(fs.readFileSync(out, 'utf8').replace('title: "学习心得"', 'title: "学习心得（2）"'));
    expect(fs.readFileSync(out, 'utf8')).toContain(`[@${p1}]`);
    expect(fs.readFileSync(out, 'utf8')).toContain(`[参见 @${p2}]`);
    // The numbered notes follow in a #refs div, which reading back skips; headed 注释 while 附参考文献 is off.
    // Entries of works without an author start with the title (GB/T 7714—2025 by default).
    expect(fs.readFileSync(out, 'utf8')).toMatch(/::: \{#refs \.references\}\n\n\*\*注释\*\*\n\n\[1\] [^\n]+\\\[(EB\/OL|Z)\\\]\. /);
  });

  it('lists each source’s kind and each passage’s quoted statements; exports with --notes and --edition', async () => {
    await cli('library', 'build', '--corpus', corpus, '--out', path.join(resources, 'library.db'));
    type Listed = { id: string; sources: Array<{ kind: string }>; quotes: Array<{ type: string; text: string; speaker: string | null; role: string | null; cue: string }> };
    const list = JSON.parse((await cli('library', 'list', '--json')).stdout) as Listed[];
    // The seed sources are others' essays.
    expect(new Set(list.flatMap((p) => p.sources.map((s) => s.kind)))).toEqual(new Set(['参考范文']));
    // “绿水青山就是金山银山” after 提出 is a statement; “千万工程” alone is a term, not one.
    const quoted = list.flatMap((p) => p.quotes.filter((q) => q.type === 'statement'));
    expect(quoted).toContainEqual(expect.objectContaining({ text: '绿水青山就是金山银山', cue: '提出', role: '总书记' }));
    expect(quoted.some((q) => q.text === '千万工程')).toBe(false);

    const statement = list.find((p) => p.quotes.some((q) => q.text === '绿水青山就是金山银山'))!;
    const md = path.join(tmp, 'cite.md');
    fs.writeFileSync(md, `---\ntitle: "心得"\n---\n\n正如总书记所说：“绿水青山就是金山银山”[@${statement.id}, 转引“绿水青山就是金山银山”]。\n`);
    const { id } = JSON.parse((await cli('doc', 'import', md, '--json')).stdout) as { id: string };
    const txt = (name: string) => fs.readFileSync(path.join(tmp, name), 'utf8');
    expect((await cli('doc', 'export', id, '--format', 'txt', '--out', path.join(tmp, 'a.txt'))).code).toBe(0);
    // New documents: ①② notes, GB/T 7714—2025; the statement is a 转引 of the essay it was read in.
    expect(txt('a.txt')).toMatch(/金山银山”①。[\s\S]*① 转引自：/);
    const exported = await cli('doc', 'export', id, '--format', 'txt', '--notes', 'numbered', '--edition', '2015', '--out', path.join(tmp, 'b.txt'), '--json');
    expect(JSON.parse(exported.stdout)).toMatchObject({ notes: 'numbered', edition: '2015' });
    expect(txt('b.txt')).toMatch(/金山银山”\[1\]。[\s\S]*\[1\] 转引自: /);
    await cli('doc', 'export', id, '--format', 'txt', '--notes', 'inline', '--out', path.join(tmp, 'c.txt'));
    expect(txt('c.txt')).toMatch(/金山银山”（转引自《[^》]+》[^）]*）。\n$/);
    const bad = await cli('doc', 'export', id, '--format', 'txt', '--notes', 'side', '--out', path.join(tmp, 'd.txt'));
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toContain('不支持的取值：notes 为“side”');
    expect((await cli('doc', 'export', id, '--format', 'txt', '--edition', '2005', '--out', path.join(tmp, 'd.txt'))).stderr).toContain('edition 为“2005”');
  });

  it('exports in a layout or a unit’s format file, moves formats between machines, and refuses an empty draft unless asked', async () => {
    const md = path.join(tmp, 'fayan.md');
    fs.writeFileSync(md, '---\ntitle: "研讨发言"\n---\n\n同志们：\n\n我谈几点体会。\n');
    const { id } = JSON.parse((await cli('doc', 'import', md, '--json')).stdout) as { id: string };
    const xml = (file: string) => strFromU8(unzipSync(fs.readFileSync(file))['word/document.xml']!);
    const exported = await cli('doc', 'export', id, '--format', 'docx', '--layout', 'official', '--out', path.join(tmp, 'a.docx'), '--json');
    expect(JSON.parse(exported.stdout)).toMatchObject({ layout: 'official', profile: '公文格式' });
    expect((await cli('doc', 'export', id, '--format', 'docx', '--layout', 'side', '--out', path.join(tmp, 'x.docx'))).stderr).toContain('layout 为“side”');

    // An office's format, saved on one machine and imported on another (here: another data folder).
    const made = await cli('profile', 'list', '--json');
    expect((JSON.parse(made.stdout) as { profiles: Array<{ name: string }> }).profiles.map((p) => p.name)).toEqual(['材料格式', '公文格式', '通用格式']);
    const file = path.join(tmp, '县委办.qwformat.json');
    expect((await cli('profile', 'export', '材料格式', '--out', file)).code).toBe(0);
    const edited = JSON.parse(fs.readFileSync(file, 'utf8')) as { profile: Record<string, unknown> };
    edited.profile = { ...edited.profile, id: 'u-county', name: '县委办材料格式', marginsMm: { top: 30, bottom: 30, left: 25, right: 25 } };
    fs.writeFileSync(file, JSON.stringify(edited));
    // Used directly for one export …
    expect((await cli('doc', 'export', id, '--format', 'docx', '--profile', file, '--out', path.join(tmp, 'b.docx'))).code).toBe(0);
    expect(xml(path.join(tmp, 'b.docx'))).toContain(`w:top="${Math.round((30 * 1440) / 25.4)}"`);
    // … and imported to keep.
    const imported = await cli('profile', 'import', file, '--json');
    expect(JSON.parse(imported.stdout)).toMatchObject({ name: '县委办材料格式', layout: 'material' });
    expect((JSON.parse((await cli('profile', 'list', '--json')).stdout) as { profiles: unknown[] }).profiles).toHaveLength(4);
    expect((await cli('doc', 'export', id, '--format', 'docx', '--layout', 'plain', '--profile', file, '--out', path.join(tmp, 'c.docx'))).stderr).toContain('layout 和 profile 只能选一个');

    const newer = path.join(tmp, 'newer.qwformat.json');
    fs.writeFileSync(newer, JSON.stringify({ ...edited, qianwanFormatProfile: 2 }));
    const refused = await cli('profile', 'import', newer);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('更新版本');
    const broken = path.join(tmp, 'broken.qwformat.json');
    fs.writeFileSync(broken, '{ 坏了');
    expect((await cli('doc', 'export', id, '--format', 'docx', '--profile', broken, '--out', path.join(tmp, 'd.docx'))).stderr).toContain('这不是 JSON 文件');

    const empty = path.join(tmp, 'empty.md');
    fs.writeFileSync(empty, '---\ntitle: "空的"\n---\n\n');
    const blank = JSON.parse((await cli('doc', 'import', empty, '--json')).stdout) as { id: string };
    const no = await cli('doc', 'export', blank.id, '--format', 'docx', '--out', path.join(tmp, 'e.docx'));
    expect(no.code).toBe(1);
    expect(no.stderr).toContain('文稿是空的');
    expect(fs.existsSync(path.join(tmp, 'e.docx'))).toBe(false);
    expect((await cli('doc', 'export', blank.id, '--format', 'docx', '--allow-empty', '--out', path.join(tmp, 'e.docx'))).code).toBe(0);
  });

  it('imports a GB18030 text file and exports plain text', async () => {
    const iconv = await import('iconv-lite');
    const file = path.join(tmp, 'draft.txt');
    fs.writeFileSync(file, iconv.encode('心得体会\n第一段正文。\n', 'gb18030'));
    const { id } = JSON.parse((await cli('doc', 'import', file, '--json')).stdout) as { id: string };
    const out = path.join(tmp, 'out.txt');
    expect((await cli('doc', 'export', id, '--format', 'txt', '--out', out)).code).toBe(0);
    expect(fs.readFileSync(out, 'utf8')).toBe('心得体会\n\n第一段正文。\n');
  });

  it('exports DOCX in both presets without overwriting, opens the DOCX again, and says why there is no PDF without LibreOffice', async () => {
    const file = path.join(tmp, 'draft.md');
    fs.writeFileSync(file, '---\ntitle: "研讨发言"\n---\n\n# 一、提高认识\n\n正文第一段^[会议材料，第 3 页。]。\n');
    const { id } = JSON.parse((await cli('doc', 'import', file, '--json')).stdout) as { id: string };
    const out = path.join(tmp, '发言.docx');
    const first = await cli('doc', 'export', id, '--format', 'docx', '--out', out, '--json');
    expect(first.code).toBe(0);
    // An opened draft takes 材料格式; --preset plain is the older name of --layout plain.
    expect(JSON.parse(first.stdout)).toMatchObject({ format: 'docx', layout: 'material', profile: '材料格式', pdfEngine: null });
    const written = fs.readFileSync(out);
    const refused = await cli('doc', 'export', id, '--format', 'docx', '--preset', 'plain', '--out', out);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('文件已存在');
    expect(fs.readFileSync(out).equals(written)).toBe(true);
    expect((await cli('doc', 'export', id, '--format', 'docx', '--preset', 'plain', '--out', out, '--force')).code).toBe(0);
    expect(fs.readFileSync(out).equals(written)).toBe(false);
    expect(fs.readdirSync(tmp).filter((f) => f.startsWith('.~'))).toEqual([]);

    const reopened = JSON.parse((await cli('doc', 'import', out, '--json')).stdout) as { id: string; title: string };
    // Opened beside the document it was exported from: told apart by its title (#20).
    expect(reopened.title).toBe('研讨发言（2）');
    const md = path.join(tmp, 'again.md');
    await cli('doc', 'export', reopened.id, '--format', 'md', '--out', md);
    expect(fs.readFileSync(md, 'utf8')).toContain('# 一、提高认识\n\n正文第一段^[会议材料，第 3 页。]。');

    process.env.QIANWAN_SOFFICE = '';
    try {
      const pdf = await cli('doc', 'export', id, '--format', 'pdf', '--out', path.join(tmp, 'x.pdf'));
      expect(pdf.code).toBe(1);
      expect(pdf.stderr).toMatch(/^错误：本机没有找到 LibreOffice/);
    } finally {
      delete process.env.QIANWAN_SOFFICE;
    }
  });

  it('says what is wrong with an output path before exporting: a missing folder, a folder, a name too long', async () => {
    const file = path.join(tmp, 'draft.md');
    fs.writeFileSync(file, '---\ntitle: "研讨发言"\n---\n\n正文。\n');
    const { id } = JSON.parse((await cli('doc', 'import', file, '--json')).stdout) as { id: string };
    const missing = await cli('doc', 'export', id, '--format', 'md', '--out', path.join(tmp, '没有', 'x.md'));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe(`错误：文件夹不存在：${path.join(tmp, '没有')}。请先创建它，或换一个位置。\n`);
    for (const force of [[], ['--force']]) {
      const folder = await cli('doc', 'export', id, '--format', 'md', '--out', tmp, ...force);
      expect(folder.code).toBe(1);
      expect(folder.stderr).toContain('这是一个文件夹，不是文件');
      const everything = await cli('backup', 'export', '--out', tmp, ...force);
      expect(everything.stderr).toContain('这是一个文件夹，不是文件');
    }
    const long = `${'发'.repeat(84)}.md`;
    expect((await cli('doc', 'export', id, '--format', 'md', '--out', path.join(tmp, long))).code).toBe(0);
    const tooLong = await cli('doc', 'export', id, '--format', 'md', '--out', path.join(tmp, `言${long}`));
    expect(tooLong.stderr).toContain('文件名太长');
    expect(fs.readdirSync(tmp).filter((f) => f.startsWith('.~'))).toEqual([]);
  });

  it('reports errors in Chinese on stderr with a non-zero exit code', async () => {
    const missing = await cli('doc', 'export', 'no-such-id', '--format', 'md', '--out', path.join(tmp, 'x.md'));
    expect(missing.code).not.toBe(0);
    expect(missing.stdout).toBe('');
    expect(missing.stderr).toMatch(/^错误：找不到/);
    const unknown = await cli('frobnicate');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('未知命令');
    const badType = path.join(tmp, 'x.pdf');
    fs.writeFileSync(badType, '%PDF');
    const refused = await cli('doc', 'import', badType);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('无法作为文稿打开');
  });
});
