import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type Database from 'better-sqlite3';
import type * as Fflate from 'fflate';
import type { DocumentRecord } from '../../shared/api/apiTypes';
import type { ExportBundle } from '../../shared/api/backupTypes';
import { safeFileName } from '../../shared/files/safeFileName';
import { docToMarkdown } from '../../shared/markdown/docToMarkdown';
import { lazyRequire } from '../lazyRequire';

const fflate = lazyRequire<typeof Fflate>('fflate');
import type { DocumentService } from '../documents/DocumentService';

export interface ExportEverythingInput {
  db: Database.Database;
  documents: DocumentService;
  /** The DOCX exporter; without one the zip holds Markdown only. */
  toDocx?: (doc: DocumentRecord) => Promise<Uint8Array>;
  now?: Date;
}

/**
 * Everything the user owns in one zip: a consistent copy of user.db (through the backup API) and each
 * live document as Markdown (and DOCX when an exporter is given), named after its title made safe.
 */
export async function exportEverything(input: ExportEverythingInput): Promise<ExportBundle> {
  const tmpDir = fs.mkdtempSync(path.join(os.tmpdir(), 'qw-export-'));
  try {
    const dbCopy = path.join(tmpDir, 'user.db');
    await input.db.backup(dbCopy);
    const entries: Record<string, Uint8Array> = { 'user.db': fs.readFileSync(dbCopy) };
    const used = new Set<string>();
    const docs = input.documents.list();
    for (const summary of docs) {
      const doc = input.documents.get(summary.id);
      const base = unique(safeFileName(doc.title, '未命名文稿'), used);
      entries[`markdown/${base}.md`] = fflate().strToU8(docToMarkdown(doc.content, { title: doc.title }));
      if (input.toDocx) entries[`docx/${base}.docx`] = await input.toDocx(doc);
    }
    const stamp = (input.now ?? new Date()).toISOString().slice(0, 10);
    const zip = fflate().zipSync(entries, { level: 6 });
    return { fileName: `qianwan-export-${stamp}.zip`, dataBase64: Buffer.from(zip).toString('base64'), documents: docs.length, docx: Boolean(input.toDocx) };
  } finally {
    fs.rmSync(tmpDir, { recursive: true, force: true });
  }
}

function unique(base: string, used: Set<string>): string {
  let name = base;
  for (let i = 2; used.has(name.toLowerCase()); i++) name = `${base} (${i})`;
  used.add(name.toLowerCase());
  return name;
}
