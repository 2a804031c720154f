import { describe, expect, it } from 'vitest';
import { exportFileName } from '../../export/exportFormats';
import { SAFE_NAME_BYTES, safeFileName } from '../safeFileName';

const name = (title: string) => safeFileName(title, '未命名文稿');
const hasLoneSurrogate = (s: string) => /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(s);

describe('safeFileName, the one sanitiser for every name the app makes', () => {
  it('removes right-to-left overrides and other bidi and invisible characters', () => {
    // Shown as 心得exe.docx, it would be an .exe.
    expect(name('心得\u202excod.exe')).toBe('心得xcod.exe');
    expect(name('学习\u200b心得\u200d体会\u2066\u2069\ufeff')).toBe('学习心得体会');
    expect(name('第一\u0000行\n第二\t行\u0085')).toBe('第一行第二行');
  });

  it('prefixes Windows device names, with or without an extension or trailing spaces', () => {
    for (const device of ['CON', 'con', 'CON.md', 'nul.tar.gz', 'LPT1', 'com9', 'Aux .txt', 'COM¹']) expect(name(device).startsWith('_'), device).toBe(true);
    for (const ordinary of ['CONTEXT', 'console', 'COM10', 'nullable.md']) expect(name(ordinary), ordinary).toBe(ordinary);
  });

  it('never leaves half an emoji, also when the length cut falls inside one', () => {
    expect(name('心得\ud83d')).toBe('心得');
    expect(name('\ude00心得')).toBe('心得');
    const emoji = '😀'.repeat(80);
    const cut = name(emoji);
    expect(hasLoneSurrogate(cut)).toBe(false);
    expect(Buffer.byteLength(cut)).toBeLessThanOrEqual(SAFE_NAME_BYTES);
    expect(cut).toBe('😀'.repeat(SAFE_NAME_BYTES / 4));
  });

  it('counts length in bytes, cutting between characters', () => {
    const long = name('学'.repeat(200));
    expect(Buffer.byteLength(long)).toBeLessThanOrEqual(SAFE_NAME_BYTES);
    expect(long).toBe('学'.repeat(Math.floor(SAFE_NAME_BYTES / 3)));
    // With an extension and a "(12)", still under the 255 bytes file systems allow.
    expect(Buffer.byteLength(`${long} (12).docx`)).toBeLessThanOrEqual(255);
  });

  it('replaces separators and reserved characters, trims dots and spaces at both ends, falls back when nothing is left', () => {
    expect(name('../../etc/passwd')).toBe('_.._etc_passwd');
    expect(name('a\\b:c*d?e"f<g>h|i')).toBe('a_b_c_d_e_f_g_h_i');
    expect(name('  ..隐藏的文稿.. ')).toBe('隐藏的文稿');
    expect(name('心得。。。')).toBe('心得。。。');
    expect(name(' . \u202e\u200b ')).toBe('未命名文稿');
    // A cut that leaves a dot or a space at the end does not keep it.
    expect(safeFileName('ab. cd', 'x', 4)).toBe('ab');
  });

  it('is what a single export is named by, so the download and the zip agree', () => {
    expect(exportFileName('心得\u202excod.exe', 'docx')).toBe('心得xcod.exe.docx');
    expect(exportFileName('CON', 'md')).toBe('_CON.md');
    expect(exportFileName('😀'.repeat(80) + '\ud83d', 'pdf')).toBe(`${'😀'.repeat(50)}.pdf`);
    expect(exportFileName('', 'txt')).toBe('未命名文稿.txt');
  });
});
