import { describe, expect, it } from 'vitest';
import { resolveNotes } from '../../../shared/citations/resolveNotes';
import { docToPrintHtml } from '../docToPrintHtml';
import { BUILTIN_PROFILES } from '../../../shared/export/builtinProfiles';
import { presetFromProfile } from '../docxPresets';
import { SAMPLE_DOC, SAMPLE_PASSAGES, SAMPLE_TITLE } from './sampleDocument';

describe('the print view for Electron printToPDF', () => {
  it('uses the preset page, fonts with fallbacks and line pitch, lists the notes and numbers pages in the footer', () => {
    const page = docToPrintHtml({
      title: SAMPLE_TITLE,
      doc: SAMPLE_DOC,
      notes: resolveNotes(SAMPLE_DOC, SAMPLE_PASSAGES, { style: 'numbered', edition: '2025' }),
      appendix: [],
      options: { notes: 'numbered', edition: '2025', format: 'official', references: true },
      profile: { name: '张三', unit: '<某>单位', position: '' },
      date: new Date(2026, 4, 6),
      preset: presetFromProfile(BUILTIN_PROFILES.official),
    });
    expect(page.marginsMm).toEqual({ top: 37, bottom: 35, left: 28, right: 26 });
    expect(page.html).toContain('font-family: "Times New Roman", "仿宋_GB2312", "仿宋", "FangSong"');
    expect(page.html).toContain('line-height: 28.99pt');
    expect(page.html).toContain('<h2>一、提高思想认识</h2>');
    expect(page.html).toContain('<blockquote><p>千万工程从农村环境整治入手');
    expect(page.html).toContain('的启示<sup>[3,4]</sup>');
    expect(page.html).toContain('<p>[4] 千村示范万村整治二十年[Z].</p>');
    expect(page.html).toContain('&lt;某&gt;单位　张三');
    expect(page.html).toContain("default-src 'none'");
    expect(page.footerHtml).toContain('— <span class="pageNumber"></span> —');
  });

  it('writes circled marks and 文中注 as the note style says', () => {
    const page = (style: 'circled' | 'inline') =>
      docToPrintHtml({
        title: SAMPLE_TITLE,
        doc: SAMPLE_DOC,
        notes: resolveNotes(SAMPLE_DOC, SAMPLE_PASSAGES, { style, edition: '2025' }),
        appendix: [],
        options: { notes: style, edition: '2025', format: 'plain', references: true },
        profile: { name: '', unit: '', position: '' },
        date: new Date(2026, 4, 6),
        preset: presetFromProfile(BUILTIN_PROFILES.plain),
      }).html;
    expect(page('circled')).toContain('的启示<sup>③④</sup>');
    expect(page('circled')).toContain('<p>④ 千村示范万村整治二十年[Z].</p>');
    expect(page('inline')).toContain('的启示（《一张蓝图绘到底》，光明网，2023年9月1日；《千村示范万村整治二十年》）');
    expect(page('inline')).not.toContain('class="notes"');
  });
});
