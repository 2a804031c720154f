// The document the crash child types: fixed filler (so every save writes tens of kilobytes and a
// kill often lands inside one) followed by a typed stream whose every prefix is predictable, so
// after a kill the surviving text can be checked character by character.

const FILLER_PARAGRAPHS = 120;
const FILLER = '坚持以人民为中心的发展思想，从农民群众最关心最直接最现实的利益问题入手，持续改善农村人居环境。';
const STREAM = '千村示范万村整治绿水青山就是金山银山乡村振兴共同富裕';
const PARAGRAPH = 200;

interface Para {
  type: 'paragraph';
  content?: Array<{ type: 'text'; text: string }>;
}

/** Character i of the typed stream. */
export function streamChar(i: number): string {
  return STREAM[(i * 7) % STREAM.length]!;
}

export function typedText(n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += streamChar(i);
  return s;
}

export function crashDoc(n: number): { type: 'doc'; content: Para[] } {
  const content: Para[] = [];
  for (let i = 0; i < FILLER_PARAGRAPHS; i++) content.push({ type: 'paragraph', content: [{ type: 'text', text: `${i + 1}. ${FILLER}` }] });
  const text = typedText(n);
  for (let start = 0; start < text.length; start += PARAGRAPH) {
    content.push({ type: 'paragraph', content: [{ type: 'text', text: text.slice(start, start + PARAGRAPH) }] });
  }
  if (text.length === 0) content.push({ type: 'paragraph' });
  return { type: 'doc', content };
}

/** The typed stream's length in a stored document, or -1 when the stored text is not a prefix of it. */
export function typedLength(doc: { content?: unknown[] }): number {
  const paras = (doc.content ?? []) as Para[];
  if (paras.length < FILLER_PARAGRAPHS) return -1;
  let text = '';
  for (const p of paras.slice(FILLER_PARAGRAPHS)) text += (p.content ?? []).map((c) => c.text).join('');
  return text === typedText(text.length) ? text.length : -1;
}
