import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApi } from '../../api/createApi';
import { createServices, type Services } from '../../api/createServices';
import { buildCorpus } from '../../library/pipeline/buildCorpus';
import { writeLibraryDb } from '../../library/writeLibraryDb';
import { TemplateService } from '../TemplateService';

const resources = path.resolve(__dirname, '../../../../resources');
let dir: string;
let services: Services;

// The shipped templates against a library built here from the shipped corpus: every section's
// "suggest passages" filter must find passages, or the button would open an empty list.
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qw-tpl-'));
  const corpus = path.join(resources, 'corpus');
  const files = fs
    .readdirSync(corpus)
    .filter((f) => f.endsWith('.txt'))
    .map((fileName) => ({ fileName, bytes: fs.readFileSync(path.join(corpus, fileName)) }));
  writeLibraryDb(buildCorpus(files), path.join(dir, 'library.db'));
  services = createServices({ dataDir: path.join(dir, 'data'), libraryFile: path.join(dir, 'library.db'), templatesDir: path.join(resources, 'templates') });
}, 60_000);
afterAll(() => {
  services.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('shipped templates', () => {
  it('loads 心得体会, 研讨发言材料 and 专题培训心得 without problems', () => {
    const templates = new TemplateService(path.join(resources, 'templates'));
    expect(templates.problems()).toEqual([]);
    expect(templates.list().map((t) => t.name)).toEqual(['心得体会', '研讨发言材料', '专题培训心得']);
    for (const t of templates.list()) {
      const labels = t.sections.map((s) => s.label);
      expect(labels[0]).toBe('开头');
      expect(labels.at(-1)).toBe('结尾');
      expect(t.sections.filter((s) => s.heading).length).toBeGreaterThanOrEqual(3);
      // The English interface shows every guide text in English.
      const en = t.translations?.['en-US'];
      expect(en?.name && en.description, t.id).toBeTruthy();
      for (const s of t.sections) expect(en?.sections?.[s.id]?.label && en.sections[s.id]!.hint, `${t.id} ${s.id}`).toBeTruthy();
    }
  });

  it('names works that exist in the library as the structures they follow', async () => {
    const api = createApi(services, 'browser');
    const sources = await api.listSources({});
    const workTitles = new Set<string>();
    for (const s of sources) for (const w of (await api.getSource({ id: s.id })).workList) workTitles.add(w.title);
    for (const t of await api.listTemplates({})) for (const title of t.derivedFrom) expect(workTitles, title).toContain(title);
  });

  it('each section suggests passages of its kind and theme', async () => {
    const api = createApi(services, 'browser');
    for (const t of await api.listTemplates({})) {
      for (const s of t.sections) {
        const r = await api.searchLibrary({ query: '', kinds: [s.suggest.kind], ...(s.suggest.theme ? { themes: [s.suggest.theme] } : {}), limit: 5 });
        expect(r.total, `${t.name} ${s.label}`).toBeGreaterThan(0);
        for (const hit of r.results) {
          expect(hit.kind).toBe(s.suggest.kind);
          if (s.suggest.theme) expect(hit.themes).toContain(s.suggest.theme);
        }
      }
    }
  });

  it('creates a document from a template with the profile filled in and the template remembered', async () => {
    const api = createApi(services, 'browser');
    await api.saveProfile({ name: '王某', unit: '城关镇人民政府', position: '副镇长', region: '城关镇' });
    const doc = await api.createFromTemplate({ templateId: 'yantao-fayan' });
    expect(doc.title).toBe('在学习浙江“千万工程”经验专题研讨会上的发言');
    expect(doc.options.templateId).toBe('yantao-fayan');
    const blocks = doc.content.content;
    const text = (b: (typeof blocks)[number]) => ('content' in b && b.content ? b.content.map((n) => ('text' in n ? n.text : '')).join('') : '');
    expect(blocks.filter((b) => b.type === 'heading').map(text)).toEqual([
      '一、深刻把握“千万工程”蕴含的理念和方法',
      '二、学习借鉴浙江经验的具体做法',
      '三、结合城关镇实际推动经验落地见效',
    ]);
    // The salutation opens on its own line; the author line is the layout's (材料格式: under the title), never a body paragraph.
    expect(text(blocks[0]!)).toBe('同志们：');
    expect(blocks.map(text)).not.toContain('城关镇人民政府　副镇长　王某');
    expect(doc.options).toMatchObject({ format: 'material', notes: 'circled', edition: '2025' });
    expect((await api.listDocuments({})).map((d) => d.id)).toContain(doc.id);
    await expect(api.createFromTemplate({ templateId: 'no-such' })).rejects.toMatchObject({ code: 'not_found' });
  });
});

describe('TemplateService', () => {
  it('leaves out a broken or duplicate file and says why, keeping the good ones', () => {
    const tdir = fs.mkdtempSync(path.join(os.tmpdir(), 'qw-tpl-bad-'));
    const good = fs.readFileSync(path.join(resources, 'templates', 'xinde-tihui.json'), 'utf8');
    fs.writeFileSync(path.join(tdir, 'a.json'), good);
    fs.writeFileSync(path.join(tdir, 'b.json'), good);
    fs.writeFileSync(path.join(tdir, 'c.json'), '{ not json');
    fs.writeFileSync(path.join(tdir, 'd.json'), JSON.stringify({ ...JSON.parse(good), id: 'other', sections: [] }));
    fs.writeFileSync(path.join(tdir, 'notes.txt'), 'ignored');
    const service = new TemplateService(tdir);
    expect(service.list().map((t) => t.id)).toEqual(['xinde-tihui']);
    expect(service.problems().map((p) => p.file)).toEqual(['b.json', 'c.json', 'd.json']);
    expect(service.problems()[0]!.message).toContain('duplicate');
    expect(service.problems()[2]!.message).toContain('sections');
    expect(() => service.get('nope')).toThrow(expect.objectContaining({ code: 'not_found' }));
    fs.rmSync(tdir, { recursive: true, force: true });
  });

  it('has no templates when the folder is missing', () => {
    expect(new TemplateService(path.join(os.tmpdir(), 'qw-no-such-folder')).list()).toEqual([]);
  });
});
