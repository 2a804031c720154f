import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PackImportSummary } from '../../../shared/api/packTypes';
import { runCli } from '../runCli';

const corpus = path.resolve(__dirname, '..', '..', '..', '..', 'resources', 'corpus');
let tmp: string;
beforeEach(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'qw-cli-pack-'));
  process.env.QIANWAN_RESOURCES_DIR = path.join(tmp, 'resources');
  fs.mkdirSync(process.env.QIANWAN_RESOURCES_DIR);
});
afterEach(() => {
  delete process.env.QIANWAN_RESOURCES_DIR;
  fs.rmSync(tmp, { recursive: true, force: true });
});

/** `qianwan ARGS --data-dir tmp/DATA`, in-process. */
async function cli(data: string, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli([...args, '--data-dir', path.join(tmp, data)], { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) });
  return { code, stdout, stderr };
}

describe('qianwan library pack', () => {
  it('exports own sources to a file and imports it into another data folder, once', async () => {
    const text = path.join(tmp, '学员心得.txt');
    fs.copyFileSync(path.join(corpus, '003_1f8ea138d11b37c6.txt'), text);
    const page = path.join(tmp, '发言.txt');
    fs.copyFileSync(path.join(corpus, '002_3afa3ac3d429ce14.txt'), page);
    const imported = await cli('a', 'library', 'import', text, page, '--json');
    expect(imported.code, imported.stderr).toBe(0);
    const ids = (JSON.parse(imported.stdout) as { sources: Array<{ id: string }> }).sources.map((s) => s.id);

    const out = path.join(tmp, '学习材料包.qwpack');
    const exported = await cli('a', 'library', 'pack', 'export', '--out', out, '--json');
    expect(exported.code, exported.stderr).toBe(0);
    expect(JSON.parse(exported.stdout)).toMatchObject({ out, sources: 2, corrections: 0, bytes: fs.statSync(out).size });
    const again = await cli('a', 'library', 'pack', 'export', '--out', out);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('文件已存在');
    const one = await cli('a', 'library', 'pack', 'export', '--out', out, '--source', ids[0]!, '--force');
    expect(one.code, one.stderr).toBe(0);
    expect(one.stdout).toMatch(/^已导出材料包：.*（1 个来源，\d+ 段，0 处修改，[\d.]+ MB）/);
    await cli('a', 'library', 'pack', 'export', '--out', out, '--force');

    const into = await cli('b', 'library', 'pack', 'import', out, '--json');
    expect(into.code, into.stderr).toBe(0);
    const summary = JSON.parse(into.stdout) as PackImportSummary;
    expect(summary.sources.map((s) => [s.id, s.added])).toEqual(expect.arrayContaining([[ids[0], true], [ids[1], true]]));
    expect(summary.passages.added).toBeGreaterThan(20);
    const found = JSON.parse((await cli('b', 'library', 'search', '神农架', '--json')).stdout) as { total: number };
    expect(found.total).toBeGreaterThan(0);

    const twice = await cli('b', 'library', 'pack', 'import', out);
    expect(twice.code).toBe(0);
    expect(twice.stdout).toContain('已有');
    expect(twice.stdout).toContain('段落：新增 0 段');
  });

  it('refuses a folder, a missing file and a damaged pack with a message and exit code 1', async () => {
    const folder = await cli('b', 'library', 'pack', 'import', tmp);
    expect(folder.code).toBe(1);
    expect(folder.stderr).toContain('不是普通文件');
    const missing = await cli('b', 'library', 'pack', 'import', path.join(tmp, '没有.qwpack'));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('找不到文件');
    const notFolder = await cli('a', 'library', 'pack', 'export', '--out', path.join(tmp, '没有的文件夹', 'p.qwpack'));
    expect(notFolder.code).toBe(1);
    expect(notFolder.stderr).toContain('没有的文件夹');
    const bad = path.join(tmp, '坏的.qwpack');
    fs.writeFileSync(bad, 'PK\u0003\u0004 not really a zip');
    const damaged = await cli('b', 'library', 'pack', 'import', bad, '--json');
    expect(damaged.code).toBe(1);
    expect(damaged.stdout).toBe('');
    expect(damaged.stderr).toMatch(/^错误：材料包已损坏，无法读取：坏的\.qwpack/);
    const empty = await cli('c', 'library', 'pack', 'export', '--out', path.join(tmp, 'x.qwpack'));
    expect(empty.stderr).toContain('没有可导出的来源');
    expect(fs.existsSync(path.join(tmp, 'x.qwpack'))).toBe(false);
  });
});
