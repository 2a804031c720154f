import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Document, Packer, Paragraph } from 'docx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docPlainText } from '../../../shared/doc/docPlainText';
import { markdownToDoc } from '../../../shared/markdown/markdownToDoc';
import { cliInTemp } from '../../cli/__tests__/cliInTemp';

let tmp: string;
const corpus = path.resolve(__dirname, '..', '..', '..', '..', 'resources', 'corpus');

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'qw-check-'));
  fs.mkdirSync(path.join(tmp, 'resources'));
  process.env.QIANWAN_RESOURCES_DIR = path.join(tmp, 'resources');
  // The shipped 提法 list, as an installed resources folder has it beside library.db.
  fs.copyFileSync(path.join(corpus, '..', 'standard-phrases.json'), path.join(tmp, 'resources', 'standard-phrases.json'));
  expect((await cli('library', 'build', '--corpus', corpus, '--out', path.join(tmp, 'resources', 'library.db'))).code).toBe(0);
});
afterAll(() => {
  delete process.env.QIANWAN_RESOURCES_DIR;
  fs.rmSync(tmp, { recursive: true, force: true });
});

const cli = (...args: string[]) => cliInTemp(tmp, args);

interface CheckJson {
  chars: number;
  borrowedChars: number;
  standardChars: number;
  totalRatio: number;
  uncitedRatio: number;
  ownRatio: number;
  spans: Array<{ start: number; end: number; text: string; passageId: string; sourceTitle: string; cited: boolean; standard: boolean; status: string }>;
  sources: Array<{ id: string; title: string; ratio: number }>;
}

async function passages() {
  return JSON.parse((await cli('library', 'list', '--json')).stdout) as Array<{ id: string; text: string; work: { title: string }; sources: Array<{ title: string }> }>;
}

describe('qianwan check', () => {
  it('checks a Markdown draft: a cited quotation is cited, pasted words are not; offsets are into the plain text', async () => {
    const list = (await passages()).filter((p) => p.text.length > 80);
    const [a, b] = [list[3]!, list[20]!];
    const quote = a.text.slice(0, 40);
    const pasted = b.text.slice(0, 50);
    const md = `# 学习体会\n\n我的开头是自己写的话。[${quote}]{.quoted passage=${a.id}}[@${a.id}]\n\n${pasted}\n`;
    const file = path.join(tmp, '草稿.md');
    fs.writeFileSync(file, md);
    const r = await cli('check', file, '--json');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as CheckJson;
    const plain = docPlainText(markdownToDoc(md).doc);
    for (const s of json.spans) expect(plain.slice(s.start, s.end)).toBe(s.text);
    const sa = json.spans.find((s) => s.passageId === a.id)!;
    const sb = json.spans.find((s) => s.passageId === b.id)!;
    expect(sa.cited).toBe(true);
    expect(sb.cited).toBe(false);
    // Named as the note names it: by the work's title (#20 item 6).
    expect(sb.sourceTitle).toBe(b.work.title || b.sources[0]!.title);
    expect(json.uncitedRatio).toBeLessThan(json.totalRatio);
    expect(json.totalRatio + json.ownRatio).toBeCloseTo(1, 10);
    expect(json.sources.length).toBeGreaterThan(0);
    expect(Object.keys(json.spans[0]!).sort()).toEqual(['cited', 'end', 'passageId', 'sourceTitle', 'standard', 'start', 'status', 'text']);
  });

  it('lists standard formulations as spans with "standard": true, in neither ratio (#20 item 5)', async () => {
    // The app's own template sentence and a 提法 from resources/standard-phrases.json, in a draft that copies nothing else.
    const file = path.join(tmp, '提法.md');
    fs.writeFileSync(file, '近日，我认真学习了浙江“千村示范、万村整治”工程（以下简称“千万工程”）经验，深受启发。我们要始终坚持以人民为中心的发展思想，把实事办好。\n');
    const r = await cli('check', file, '--json');
    expect(r.stderr).toBe('');
    const json = JSON.parse(r.stdout) as CheckJson;
    const standard = json.spans.filter((s) => s.standard);
    expect(standard.map((s) => s.text)).toEqual(expect.arrayContaining(['千村示范、万村整治”工程（以下简称“千万工程', '坚持以人民为中心的发展思想']));
    for (const s of standard) expect(s).toMatchObject({ status: 'standard', cited: false });
    expect(json.spans.filter((s) => !s.standard)).toEqual([]);
    expect(json.totalRatio).toBe(0);
    expect(json.uncitedRatio).toBe(0);
    expect(json.standardChars).toBeGreaterThan(20);
  });

  it('checks a .txt file and a saved document by id, and honours --min-run', async () => {
    const p = (await passages()).find((x) => x.text.length > 60)!;
    const file = path.join(tmp, 'a.txt');
    // 10 characters of the passage: found at --min-run 8, not at the default 13.
    fs.writeFileSync(file, `今天天气很好，${p.text.replace(/[^\p{L}\p{N}]/gu, '').slice(0, 10)}，我们去公园散步。`);
    expect((JSON.parse((await cli('check', file, '--json')).stdout) as CheckJson).spans).toEqual([]);
    expect((JSON.parse((await cli('check', file, '--min-run', '8', '--json')).stdout) as CheckJson).spans[0]!.passageId).toBe(p.id);
    const md = path.join(tmp, 'doc.md');
    fs.writeFileSync(md, `自己的话。${p.text}\n`);
    const id = (JSON.parse((await cli('doc', 'import', md, '--json')).stdout) as { id: string }).id;
    const byId = JSON.parse((await cli('check', id, '--json')).stdout) as CheckJson;
    expect(byId.spans[0]!.passageId).toBe(p.id);
    // The passage's 提法 (习近平新时代中国特色社会主义思想 …) are 规范表述: borrowed or standard, it is all found.
    expect((byId.borrowedChars + byId.standardChars) / byId.chars).toBeGreaterThan(0.8);
  });

  it('checks a .docx file by its text', async () => {
    const p = (await passages()).find((x) => x.text.length > 60)!;
    const docx = new Document({ sections: [{ children: [new Paragraph('我的体会如下。'), new Paragraph(p.text)] }] });
    const file = path.join(tmp, '草稿.docx');
    fs.writeFileSync(file, await Packer.toBuffer(docx));
    const json = JSON.parse((await cli('check', file, '--json')).stdout) as CheckJson;
    expect(json.spans[0]!.passageId).toBe(p.id);
    expect(json.spans[0]!.cited).toBe(false);
    expect((json.borrowedChars + json.standardChars) / json.chars).toBeGreaterThan(0.8);
  });

  it('finds the user’s own imported passages, re-indexing after an import', async () => {
    const words = '我县建立了村级垃圾分类积分兑换超市，群众用可回收物换取生活用品，分类准确率明显提高。';
    const file = path.join(tmp, 'mine.txt');
    fs.writeFileSync(file, `体会：${words}`);
    expect((JSON.parse((await cli('check', file, '--json')).stdout) as CheckJson).spans).toEqual([]);
    const html = path.join(tmp, '材料.html');
    fs.writeFileSync(html, `<html><body><h1>垃圾分类的做法</h1><p>${words}这一做法在全县推广。</p></body></html>`);
    expect((await cli('library', 'import', html, '--json')).code).toBe(0);
    const after = JSON.parse((await cli('check', file, '--json')).stdout) as CheckJson;
    expect(after.spans).toHaveLength(1);
    // The import pipeline may rework the opening words; the rest is found, in the user's own source.
    expect(words).toContain(after.spans[0]!.text);
    expect(after.spans[0]!.text.length).toBeGreaterThan(30);
    expect(after.sources[0]!.title).toBeTruthy();
  });

  it('refuses a bad threshold and an unknown file type in Chinese, with a non-zero exit', async () => {
    const bad = await cli('check', path.join(tmp, 'a.txt'), '--min-run', '30', '--json');
    expect(bad.code).not.toBe(0);
    // The contract's own range check, as the UI's threshold is checked.
    expect(bad.stderr).toContain('runCheck.minRun');
    const pdf = path.join(tmp, 'x.pdf');
    fs.writeFileSync(pdf, '%PDF');
    const r = await cli('check', pdf);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('只能核查 .txt、.md 和 .docx 文件');
    expect(r.stdout).toBe('');
  });
});
