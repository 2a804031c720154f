import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../../shared/api/ApiError';
import { readPack } from '../readPack';
import type { PackRows } from '../packSchemas';
import { writePack } from '../writePack';
import { hostilePacks } from './hostilePacks';

const raw = '关于学习“千万工程”经验的体会\n我镇坚持把农村人居环境整治作为乡村振兴的第一场硬仗，三年来新建污水管网二十公里。\n';
const rows: PackRows = {
  sources: [{ id: 'us0123456789ab', file_name: '体会.txt', title: '关于学习“千万工程”经验的体会', site: '单位内网', date: '2023-10-01', url: null, doc_number: null, pages: null, author: null, raw_text: raw, imported_at: '2024-01-02T03:04:05.000Z' }],
  works: [{ id: 'uw0123456789ab0', source_id: 'us0123456789ab', ord: 0, title: '关于学习“千万工程”经验的体会' }],
  passages: [
    { id: 'p0123456789abcdef', text: '我镇坚持把农村人居环境整治作为乡村振兴的第一场硬仗，三年来新建污水管网二十公里。', heading: null, kind: '做法', themes: '["人居环境"]', rules: '[]', incomplete: 0, work_id: 'uw0123456789ab0', original_text: null, flags: '[]' },
  ],
  occurrences: [{ passage_id: 'p0123456789abcdef', source_id: 'us0123456789ab', work_id: 'uw0123456789ab0', ord: 0, start: 16, end: raw.length - 1 }],
  report: [{ source_id: 'us0123456789ab', step: 'furniture', action: 'remove', before: '首页 > 新闻', after: null }],
};
const original = strToU8(raw);
const valid = await writePack([{ original: { format: 'text', bytes: original, fromRawText: false }, rows }], { appVersion: '0.1.0', createdAt: '2024-05-06T07:08:09.000Z' });

describe('reading a library pack', () => {
  it('reads back what was written: manifest, original and every column of the rows, unknown ones too', () => {
    const pack = readPack(valid, '材料包.qwpack');
    expect(pack.manifest).toMatchObject({ format: 'qianwan-library-pack', formatVersion: 1, appVersion: '0.1.0', createdAt: '2024-05-06T07:08:09.000Z' });
    expect(pack.manifest.sources).toEqual([expect.objectContaining({ id: 'us0123456789ab', title: '关于学习“千万工程”经验的体会', works: 1, passages: 1, corrections: 0 })]);
    expect(pack.sources[0]!.rows).toEqual(rows);
    expect(Buffer.from(pack.sources[0]!.original)).toEqual(Buffer.from(original));
    expect(Object.keys(unzipSync(valid))).toEqual(['manifest.json', 'sources/us0123456789ab/original.txt', 'sources/us0123456789ab/rows.json']);
  });

  it('ignores an entry or a manifest field a later version may add', () => {
    const files = unzipSync(valid);
    const manifest = JSON.parse(Buffer.from(files['manifest.json']!).toString('utf8')) as Record<string, unknown>;
    const later = zipSync({ ...files, 'manifest.json': strToU8(JSON.stringify({ ...manifest, publisher: '县委宣传部' })), 'thumbnails/cover.png': new Uint8Array([0x89, 0x50]) });
    expect(readPack(later, 'p.qwpack').sources[0]!.rows).toEqual(rows);
  });

  for (const hostile of hostilePacks(() => valid)) {
    it(`refuses ${hostile.label} (${hostile.code})`, () => {
      let error: unknown = null;
      try {
        readPack(hostile.make(), '材料包.qwpack');
      } catch (err) {
        error = err;
      }
      expect(error).toBeInstanceOf(ApiError);
      expect(error).toMatchObject({ code: hostile.code });
    });
  }

  it('refuses every single-byte change anywhere in the file with a pack error, never reads a changed pack', () => {
    const codes = new Set<string>();
    for (let at = 0; at < valid.length; at += 7) {
      const bytes = Buffer.from(valid);
      bytes[at] = bytes[at]! ^ 0xff;
      try {
        readPack(bytes, 'p.qwpack');
        // Only bytes that no reader looks at (a zip field such as the time stamp) may change unnoticed.
        expect(JSON.stringify(readPack(bytes, 'p.qwpack').sources[0]!.rows)).toBe(JSON.stringify(rows));
      } catch (err) {
        expect(err).toBeInstanceOf(ApiError);
        codes.add((err as ApiError).code);
      }
    }
    expect([...codes].every((c) => ['pack_damaged', 'pack_invalid', 'file_unpack_limit'].includes(c))).toBe(true);
  });
});
