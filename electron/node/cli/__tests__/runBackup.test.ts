import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cliInTemp } from './cliInTemp';

let tmp: string;
beforeEach(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'qw-cli-backup-'));
  process.env.QIANWAN_RESOURCES_DIR = path.join(tmp, 'resources');
  fs.mkdirSync(process.env.QIANWAN_RESOURCES_DIR);
});
afterEach(() => {
  delete process.env.QIANWAN_RESOURCES_DIR;
  fs.rmSync(tmp, { recursive: true, force: true });
});

const cli = (...args: string[]) => cliInTemp(tmp, args);

describe('qianwan backup', () => {
  it('creates, lists, exports and restores, also when user.db is damaged', async () => {
    const md = path.join(tmp, '心得.md');
    fs.writeFileSync(md, '# 学习心得\n\n千万工程的经验。\n');
    expect((await cli('doc', 'import', md)).code).toBe(0);
    const created = await cli('backup', 'create', '--json');
    expect(created.code).toBe(0);
    const name = (JSON.parse(created.stdout) as { name: string }).name;
    const listed = JSON.parse((await cli('backup', 'list', '--json')).stdout) as Array<{ name: string }>;
    expect(listed.map((b) => b.name)).toEqual([name]);

    const zip = path.join(tmp, 'all.zip');
    expect((await cli('backup', 'export', '--out', zip)).code).toBe(0);
    expect(Object.keys(unzipSync(fs.readFileSync(zip))).sort()).toEqual(['docx/心得.docx', 'markdown/心得.md', 'user.db']);
    // An existing file is not overwritten without --force.
    const again = await cli('backup', 'export', '--out', zip);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('文件已存在');

    const file = path.join(tmp, 'data', 'user.db');
    const bytes = fs.readFileSync(file);
    bytes.fill(0x5a, 0, 100);
    fs.writeFileSync(file, bytes);
    const refused = await cli('doc', 'list');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('数据文件已损坏');
    const restored = await cli('backup', 'restore', name);
    expect(restored.code, restored.stderr).toBe(0);
    expect(restored.stdout).toMatch(/已恢复.*damaged\.db/);
    expect((await cli('doc', 'list')).stdout).toContain('心得');
  });

  it('refuses a path as a backup name with a message', async () => {
    const r = await cli('backup', 'restore', '../user.db');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^错误：输入的内容不符合要求/);
  });
});
