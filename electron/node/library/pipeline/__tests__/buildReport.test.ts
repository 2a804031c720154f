import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../buildCorpus';
import { renderBuildReport } from '../renderBuildReport';
import { seedFiles } from './seedFiles';

const REPORT = path.resolve(__dirname, '../../../../../docs/library-build-report.md');

describe('renderBuildReport', () => {
  const build = buildCorpus(seedFiles());
  const md = renderBuildReport(build);

  it('lists what was removed, joined, repaired and restored', () => {
    expect(md).toContain('# 素材库构建报告');
    expect(md).toContain('删除整行：上传/发布信息栏');
    expect(md).toContain('拼接预览分块');
    expect(md).toContain('还原遮蔽名称');
    expect(md).toContain('优知文库');
    expect(md).not.toMatch(/\d+ ?ms/);
  });

  // UPDATE_BUILD_REPORT=1 npx vitest run … rewrites the committed report after an intended change.
  it('matches the committed docs/library-build-report.md', () => {
    if (process.env.UPDATE_BUILD_REPORT === '1' || !fs.existsSync(REPORT)) fs.writeFileSync(REPORT, md);
    expect(fs.readFileSync(REPORT, 'utf8')).toBe(md);
  });
});
