import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliInTemp } from './cliInTemp';

let tmp: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'qw-stats-'));
  fs.mkdirSync(path.join(tmp, 'resources'));
  process.env.QIANWAN_RESOURCES_DIR = path.join(tmp, 'resources');
});
afterAll(() => {
  delete process.env.QIANWAN_RESOURCES_DIR;
  fs.rmSync(tmp, { recursive: true, force: true });
});
const cli = (...args: string[]) => cliInTemp(tmp, args);

// Expected figures from Word's and WPS's documented counting (see countWords.test.ts for the rules):
// 字数 = Chinese characters + full-width punctuation + non-Chinese words; 字符数 = all characters
// (计空格) or all but spaces (不计空格); paragraph marks are neither.
describe('qianwan doc stats (#20)', () => {
  it('prints words, chars and charsNoSpaces for a file and for a saved document, as Word and WPS count them', async () => {
    const file = path.join(tmp, '草稿.txt');
    // Line 1: 学习浙江千万工程经验(10) “”，。(4) → 14 字, 14 characters.
    // Line 2: 2023(1) 年我县(3) GDP(1) 增长(2) 6.0(1) ，(1) Hello(1) world(1) ！(1) = 12 字;
    //   characters 2023年我县GDP增长6.0%，Hello world！ = 29 with the space, 28 without.
    fs.writeFileSync(file, '学习浙江“千万工程”经验，。\n2023年我县GDP增长6.0%，Hello world！\n');
    const r = await cli('doc', 'stats', file, '--json');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const stats = JSON.parse(r.stdout) as Record<string, number>;
    expect(stats).toMatchObject({ words: 26, chars: 43, charsNoSpaces: 42, paragraphs: 2, fullWidthPunctuation: 6 });

    const imported = JSON.parse((await cli('doc', 'import', file, '--json')).stdout) as { id: string; wordCount: number };
    expect(imported.wordCount).toBe(26);
    expect(JSON.parse((await cli('doc', 'stats', imported.id, '--json')).stdout)).toMatchObject({ words: 26, chars: 43, charsNoSpaces: 42 });
    expect((await cli('doc', 'stats', imported.id)).stdout).toContain('字数 26');
  });

  it('counts a file’s first line too when it reads as a title: Word counts every line of the file', async () => {
    // 标题 is read as the title on opening; Word counts it: 学习体会(4) + Hello(1) world(1) 你好(2) ，(1) 世界(2) ！(1) = 12.
    const file = path.join(tmp, '带标题.txt');
    fs.writeFileSync(file, '学习体会\nHello world 你好，世界！\n');
    expect(JSON.parse((await cli('doc', 'stats', file, '--json')).stdout)).toMatchObject({ words: 12, chars: 22, charsNoSpaces: 20, paragraphs: 2 });
    // A file of one short line is all title: not 0 字.
    const one = path.join(tmp, '一行.txt');
    fs.writeFileSync(one, 'Hello world 你好，世界！\n');
    expect(JSON.parse((await cli('doc', 'stats', one, '--json')).stdout)).toMatchObject({ words: 8, paragraphs: 1 });
  });
});
