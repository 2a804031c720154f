import { describe, expect, it } from 'vitest';
import { EMPTY_PROFILE } from '../../api/apiTypes';
import { buildTemplateDoc } from '../buildTemplateDoc';
import { fillProfile } from '../fillProfile';
import { localiseTemplate } from '../localiseTemplate';
import { templateSchema } from '../templateSchema';

const template = templateSchema.parse({
  id: 't',
  name: '心得体会',
  description: '测试',
  derivedFrom: ['关于学习浙江“千万工程”经验感悟1'],
  title: '{unit}学习心得',
  signature: '{unit}　{name}',
  sections: [
    { id: 'opening', label: '开头', starter: '同志们：近期，{unit}组织学习。', hint: '交代缘由', suggest: { kind: '开头' } },
    { id: 'one', label: '一是', heading: '一是结合{region}实际。', hint: '第一点', suggest: { kind: '做法', theme: '规划' } },
    { id: 'ending', label: '结尾', hint: '收束', suggest: { kind: '结尾' } },
  ],
});

describe('fillProfile', () => {
  it('fills placeholders from the profile and shows a blank for an empty field', () => {
    expect(fillProfile('{unit}　{position}　{name}', { ...EMPTY_PROFILE, name: '王某', unit: '城关镇人民政府' })).toBe('城关镇人民政府　（职务）　王某');
    expect(fillProfile('{other} 不变', EMPTY_PROFILE)).toBe('{other} 不变');
  });
});

describe('buildTemplateDoc', () => {
  it('turns sections into headings and paragraphs, a salutation on its own, hints and the signature left out of the text', () => {
    const { title, content } = buildTemplateDoc(template, { ...EMPTY_PROFILE, unit: '城关镇', name: '王某', region: '城关镇' });
    expect(title).toBe('城关镇学习心得');
    expect(content).toEqual({
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: '同志们：' }] },
        { type: 'paragraph', content: [{ type: 'text', text: '近期，城关镇组织学习。' }] },
        { type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: '一是结合城关镇实际。' }] },
        { type: 'paragraph' },
        { type: 'paragraph' },
      ],
    });
    expect(JSON.stringify(content)).not.toContain('第一点');
    // The layout writes the author line once, where the unit's format puts it: never as a body paragraph.
    expect(JSON.stringify(content)).not.toContain('王某');
  });

  it('refuses a template whose section ids repeat', () => {
    const bad = { ...template, sections: [template.sections[0], template.sections[0]] };
    expect(templateSchema.safeParse(bad).success).toBe(false);
  });
});

describe('localiseTemplate', () => {
  it('shows translated name, description, labels and hints, falling back field by field; text stays Chinese', () => {
    const withEn = templateSchema.parse({ ...template, translations: { 'en-US': { name: 'Reflection', sections: { one: { hint: 'First point' } } } } });
    const en = localiseTemplate(withEn, 'en-US');
    expect(en.name).toBe('Reflection');
    expect(en.description).toBe('测试');
    expect(en.sections.map((s) => [s.label, s.hint])).toEqual([
      ['开头', '交代缘由'],
      ['一是', 'First point'],
      ['结尾', '收束'],
    ]);
    expect(en.sections[1]!.heading).toBe('一是结合{region}实际。');
    expect(localiseTemplate(withEn, 'zh-CN')).toBe(withEn);
  });

  it('refuses a translation of a section the template does not have', () => {
    expect(templateSchema.safeParse({ ...template, translations: { 'en-US': { sections: { nope: { hint: 'x' } } } } }).success).toBe(false);
  });
});
