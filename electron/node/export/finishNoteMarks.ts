import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';

// The run the docx library puts at the start of every footnote and endnote: the note's own number.
const MARK_RUN = /<w:r><w:rPr><w:rStyle w:val="(Footnote|Endnote)Reference"\/><\/w:rPr><w:(footnote|endnote)Ref\/><\/w:r>/g;

/**
 * The note's own number at the start of each note stands on the line ("① 题名…", "1 题名…"), as
 * Chinese notes print it, while the mark in the text stays raised. Word still numbers the mark
 * itself (a w:footnoteRef); the library offers no way to format it, so the part is edited here.
 * No text is added around it: a file opened again reads the note's own words only.
 */
export function finishNoteMarks(docx: Buffer): Buffer {
  const files = unzipSync(new Uint8Array(docx.buffer, docx.byteOffset, docx.byteLength));
  let changed = false;
  for (const name of ['word/footnotes.xml', 'word/endnotes.xml']) {
    const file = files[name];
    if (!file) continue;
    files[name] = strToU8(
      strFromU8(file).replace(MARK_RUN, (_m, style: string, kind: string) => `<w:r><w:rPr><w:rStyle w:val="${style}Reference"/><w:vertAlign w:val="baseline"/></w:rPr><w:${kind}Ref/></w:r>`),
    );
    changed = true;
  }
  if (!changed) return docx;
  const out: Zippable = {};
  for (const [name, data] of Object.entries(files)) out[name] = [data, { level: 6 }];
  return Buffer.from(zipSync(out));
}
