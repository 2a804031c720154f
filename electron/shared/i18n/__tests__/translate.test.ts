import { describe, expect, it } from 'vitest';
import { t } from '../translate';

describe('t (#20: 。。 in the Chinese UI)', () => {
  it('a message that ends its own sentence gets no second full stop', () => {
    expect(t('save.failed', { message: '无法连接到本地服务，请确认程序仍在运行。' })).toBe('保存失败：无法连接到本地服务，请确认程序仍在运行。你的内容仍在编辑器中，将自动重试。');
    expect(t('error.file_empty', { detail: '草稿.txt' })).toBe('文件中没有文字（空文件，或只有空白）：草稿.txt。');
  });

  it('an internal error is a sentence a person can act on, its technical detail kept in brackets', () => {
    const text = t('error.internal', { detail: 'TypeError: Invalid URL' });
    expect(text.startsWith('程序出了错')).toBe(true);
    expect(text).toContain('（TypeError: Invalid URL）');
  });
});
