import { describe, expect, it } from 'vitest';
import { checkImportFiles } from '../checkImportFiles';

describe('checkImportFiles', () => {
  it('accepts the supported types and explains each refusal in Chinese', () => {
    const r = checkImportFiles([
      { name: '心得.TXT', size: 10 },
      { name: '材料.docx', size: 1000 },
      { name: '讲话.mhtml', size: 1000 },
      { name: '辅导.pdf', size: 1000 },
      { name: '图片.png', size: 10 },
      { name: '大文件.md', size: 30 * 1024 * 1024 },
    ]);
    expect(r.accepted).toEqual([0, 1, 2, 3]);
    expect(r.problems).toEqual(['不支持的文件类型：图片.png（可导入网页 .html .mhtml、PDF、Word .docx .doc、WPS、.md、.txt）', '文件太大：大文件.md（30.0 MB，上限 20 MB）']);
  });

  it('in a folder, passes over a saved page’s resource folder and files of other kinds, counting them', () => {
    const r = checkImportFiles([
      { name: '讲话.html', size: 10, path: '学习材料/讲话.html' },
      { name: 'style.css', size: 10, path: '学习材料/讲话_files/style.css' },
      { name: 'logo.png', size: 10, path: '学习材料/讲话_files/logo.png' },
      { name: 'frame.htm', size: 10, path: '学习材料/讲话_files/frame.htm' },
      { name: '名单.xlsx', size: 10, path: '学习材料/名单.xlsx' },
      { name: '.DS_Store', size: 10, path: '学习材料/.DS_Store' },
      { name: '意见.pdf', size: 10, path: '学习材料/文件/意见.pdf' },
    ]);
    expect(r.accepted).toEqual([0, 6]);
    expect(r.problems).toEqual([]);
    expect(r.skipped).toBe(5);
  });
});
