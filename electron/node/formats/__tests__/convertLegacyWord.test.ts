import { Document, Packer, Paragraph, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { readDraftFile } from '../../documents/readDraftFile';
import { runLibreOffice, findSoffice } from '../office/runLibreOffice';
import { readSourceFile } from '../readSourceFile';

// LibreOffice is one of the packages `.ci/run` installs; the app reads old .doc and .wps files through it.
const soffice = findSoffice();

async function legacyDoc(): Promise<Buffer> {
  const doc = new Document({
    sections: [{ children: ['关于学习“千万工程”经验的心得体会', '通过学习，我深刻认识到，“千万工程”是推进乡村全面振兴的成功经验和实践范例，必须坚持以人民为中心的发展思想。', '一、提高思想认识', '要把学习“千万工程”经验作为一项重要政治任务，结合实际抓好落实。'].map((t) => new Paragraph({ children: [new TextRun(t)] })) }],
  });
  const docx = await Packer.toBuffer(doc);
  // Word 97–2003 (.doc), written by LibreOffice, as older offices still send them.
  return runLibreOffice({ bytes: docx, ext: '.docx', to: 'doc:MS Word 97', soffice: soffice!, code: 'file_damaged' });
}

describe('old Word files through LibreOffice', () => {
  it('finds LibreOffice on this machine', () => {
    expect(soffice, 'LibreOffice (soffice) is needed by the app for .doc files and by these tests').not.toBeNull();
  });

  it('imports a .doc as a source and opens it as a draft', async () => {
    const doc = await legacyDoc();
    expect(doc.subarray(0, 4)).toEqual(Buffer.from([0xd0, 0xcf, 0x11, 0xe0]));
    const source = await readSourceFile('心得.doc', doc);
    expect(source.body.text).toContain('必须坚持以人民为中心的发展思想。');
    const draft = await readDraftFile('心得.doc', doc);
    expect(draft.title).toBe('关于学习“千万工程”经验的心得体会');
    // The same bytes named .docx (as 范文 sites rename them) are recognised and converted too.
    expect((await readDraftFile('心得.docx', doc)).title).toBe('关于学习“千万工程”经验的心得体会');
  }, 120_000);

  it('opens a Word "web page" named .doc as the HTML it is', async () => {
    const html = '<html><head><meta charset="utf-8"></head><body><p>学习心得</p><p>第一段：坚持以人民为中心的发展思想。</p><p>第二段：久久为功、善作善成。</p></body></html>';
    const draft = await readDraftFile('网页.doc', Buffer.from(html));
    expect(draft.title).toBe('学习心得');
    expect(draft.doc.content).toHaveLength(2);
  });
});
