import { describe, expect, it } from 'vitest';
import { BUILTIN_PROFILES } from '../../../shared/export/builtinProfiles';
import { FORMAT_PROFILE_FILE_VERSION, formatProfileFile, readFormatProfileFile } from '../../../shared/export/formatProfileFile';
import { openUserDb } from '../../db/openUserDb';
import { FormatProfileService } from '../FormatProfileService';

const fresh = () => new FormatProfileService(openUserDb(':memory:'), () => new Date('2026-12-05T08:00:00Z'));

describe('unit format profiles', () => {
  it('lists the three layouts first; copies one under a new name, saves and deletes the copy; the layouts stay read-only', () => {
    const formats = fresh();
    expect(formats.list().map((p) => p.name)).toEqual(['材料格式', '公文格式', '通用格式']);
    const mine = formats.create('material', '县委办材料格式');
    expect(mine).toMatchObject({ layout: 'material', name: '县委办材料格式', body: BUILTIN_PROFILES.material.body });
    expect(mine.id).toMatch(/^u-[a-z0-9]+$/);
    formats.save({ ...mine, marginsMm: { ...mine.marginsMm, top: 30 } });
    expect(formats.get(mine.id).marginsMm.top).toBe(30);
    expect(() => formats.create('official', '县委办材料格式')).toThrow(expect.objectContaining({ code: 'profile_name_taken', detail: '县委办材料格式' }));
    expect(() => formats.create('official', '公文格式')).toThrow(expect.objectContaining({ code: 'profile_name_taken', detail: '公文格式' }));
    expect(() => formats.save({ ...BUILTIN_PROFILES.official, marginsMm: { top: 1, bottom: 1, left: 1, right: 1 } })).toThrow(expect.objectContaining({ code: 'read_only' }));
    expect(() => formats.delete('official')).toThrow(expect.objectContaining({ code: 'read_only' }));
    formats.delete(mine.id);
    // A document that used it falls back to its layout's built-in format.
    expect(formats.get(mine.id, 'official').id).toBe('official');
  });

  it('gives new documents the default format’s note style and edition, and a template’s layout the unit’s own of that layout', () => {
    const formats = fresh();
    expect(formats.newDocumentOptions()).toEqual({ format: 'material', notes: 'circled', edition: '2025' });
    const mine = formats.create('material', '单位材料格式');
    formats.save({ ...mine, notes: 'inline', edition: '2015' });
    formats.setDefault(mine.id);
    expect(formats.newDocumentOptions()).toEqual({ format: mine.id, notes: 'inline', edition: '2015' });
    expect(formats.newDocumentOptions('material').format).toBe(mine.id);
    expect(formats.newDocumentOptions('official').format).toBe('official');
    expect(() => formats.setDefault('u-nothere')).toThrow(expect.objectContaining({ code: 'not_found' }));
  });

  it('moves a format between machines as a small file; the same name replaces the older one', () => {
    const office = fresh();
    const sent = office.create('official', '县委办公文格式');
    office.save({ ...sent, copyTo: '各乡镇党委', printedBy: '中共某某县委办公室' });
    const file = formatProfileFile(office.get(sent.id));
    expect(file.length).toBeLessThan(2000);
    expect(JSON.parse(file)).toMatchObject({ qianwanFormatProfile: FORMAT_PROFILE_FILE_VERSION, profile: { name: '县委办公文格式' } });
    const colleague = fresh();
    const got = colleague.import(file);
    expect(got).toMatchObject({ name: '县委办公文格式', layout: 'official', copyTo: '各乡镇党委' });
    const updated = formatProfileFile({ ...office.get(sent.id), id: 'u-other', copyTo: '各乡镇党委，县直各单位' });
    const again = colleague.import(updated);
    expect(again.id).toBe(got.id);
    expect(colleague.list()).toHaveLength(4);
    expect(colleague.get(got.id).copyTo).toBe('各乡镇党委，县直各单位');
  });

  it('refuses a bad or newer file clearly and changes nothing', () => {
    const formats = fresh();
    const good = JSON.parse(formatProfileFile({ ...BUILTIN_PROFILES.material, id: 'u-abc', name: '单位格式' })) as { qianwanFormatProfile: number; profile: Record<string, unknown> };
    expect(readFormatProfileFile('不是 JSON')).toEqual({ problem: { code: 'profile_not_json' } });
    expect(readFormatProfileFile('{"name":"x"}')).toEqual({ problem: { code: 'profile_not_format' } });
    expect(readFormatProfileFile(JSON.stringify({ ...good, qianwanFormatProfile: 2 }))).toEqual({ problem: { code: 'profile_newer', detail: 2 } });
    const outOfRange = readFormatProfileFile(JSON.stringify({ ...good, profile: { ...good.profile, marginsMm: { top: 500, bottom: 35, left: 28, right: 26 } } }));
    expect(outOfRange).toMatchObject({ problem: { code: 'profile_invalid', detail: expect.stringContaining('marginsMm.top') } });
    expect(readFormatProfileFile(JSON.stringify({ ...good, profile: { ...good.profile, body: { font: '<script>', sizePt: 16, bold: false } } }))).toMatchObject({ problem: { code: 'profile_invalid' } });
    expect(() => formats.import(JSON.stringify({ ...good, qianwanFormatProfile: 9 }))).toThrow(expect.objectContaining({ code: 'profile_newer' }));
    expect(() => formats.import(JSON.stringify({ ...good, profile: { ...good.profile, name: '材料格式' } }))).toThrow(expect.objectContaining({ code: 'profile_builtin_name', detail: '材料格式' }));
    expect(formats.list()).toHaveLength(3);
    // A BOM as Windows Notepad writes it is no problem.
    expect(formats.import(`\uFEFF${JSON.stringify(good)}`).name).toBe('单位格式');
  });
});
