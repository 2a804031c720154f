import type Database from 'better-sqlite3';
import type { BlockNode, DocNode, InlineNode } from '../../electron/shared/doc/docTypes';
import { seededRandom } from './seededRandom';

/**
 * A long draft as writers make them: about `chars` characters in paragraphs of 60–200 characters
 * under 一、二、… headings, with `citations` quotations of library passages, each followed by its
 * citation. Text and passage ids come from the library at `db`, so every citation resolves.
 */
export function longDocument(db: Database.Database, chars: number, citations: number, seed = 99): DocNode {
  const rand = seededRandom(seed);
  const max = (db.prepare('SELECT max(rowid) AS m FROM passages').get() as { m: number }).m;
  const row = db.prepare('SELECT id, text FROM passages WHERE rowid = ?');
  const passage = () => {
    for (;;) {
      const r = row.get(1 + Math.floor(rand() * max)) as { id: string; text: string } | undefined;
      if (r) return r;
    }
  };
  const blocks: BlockNode[] = [];
  const numerals = '一二三四五六七八九十';
  let size = 0;
  let cited = 0;
  let section = 0;
  // Spread the citations evenly over the paragraphs.
  const paragraphsExpected = Math.ceil(chars / 130);
  const citeEvery = Math.max(1, Math.floor(paragraphsExpected / Math.max(1, citations)));
  for (let p = 0; size < chars; p++) {
    if (p % 40 === 0) {
      const title = `${numerals[section % 10]}、深入学习“千万工程”经验的第${section + 1}点体会`;
      blocks.push({ type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: title }] });
      size += title.length;
      section++;
    }
    const own = passage().text.slice(0, 60 + Math.floor(rand() * 140));
    const content: InlineNode[] = [{ type: 'text', text: own }];
    size += own.length;
    if (cited < citations && p % citeEvery === 0) {
      const q = passage();
      const words = q.text.slice(0, 40);
      content.push({ type: 'text', text: '“' }, { type: 'text', text: words, marks: [{ type: 'quoted', attrs: { passageId: q.id } }] }, { type: 'text', text: '”' });
      content.push({ type: 'citation', attrs: { passageId: q.id, kind: 'quote', citedOn: '2026-12-01' } });
      size += words.length + 2;
      cited++;
    }
    blocks.push({ type: 'paragraph', content });
  }
  return { type: 'doc', content: blocks };
}
