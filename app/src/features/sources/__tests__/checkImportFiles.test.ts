import { describe, expect, it } from 'vitest';
import { checkImportFiles } from '../checkImportFiles';

describe('checkImportFiles', () => {
  it('accepts the supported types and explains each refusal in Chinese', () => {
    const r = checkImportFiles([
      { name: '心得.TXT', size: 10 },
      { name: '材料.docx', size: 1000 },
      { name: '图片.png', size: 10 },
      { name: '大文件.md', size: 30 * 1024 * 1024 },
    ]);
    expect(r.accepted).toEqual([0, 1]);
    expect(r.problems).toEqual(['不支持的文件类型：图片.png（可导入 .txt、.md、.html、.docx）', '文件太大：大文件.md（30.0 MB，上限 20 MB）']);
  });
});
