import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import { ApiError } from '../../shared/api/ApiError';
import { DEFAULT_DOCUMENT_OPTIONS, type DocumentOptions, type DocumentRecord, type DocumentSummary, type RevisionRecord, type RevisionSummary, type SaveResult } from '../../shared/api/apiTypes';
import { emptyDoc, type DocNode } from '../../shared/doc/docTypes';
import { docPlainText } from '../../shared/doc/docPlainText';
import { countWords } from '../../shared/text/countWords';
import { TITLE_MAX } from '../../shared/api/apiLimits';
import { documentSizeProblem } from '../../shared/doc/documentSizeProblem';
import { parseJsonColumn } from '../db/parseJsonColumn';
import { readStoredDoc } from './readStoredDoc';
import { storedDocumentOptions } from './storedDocumentOptions';
import { DOC_DEPTH_MAX } from '../../shared/api/apiLimits';
import { docDepth } from '../../shared/doc/docDepth';

/** While a document is being edited, a revision is kept at most this often. */
export const REVISION_INTERVAL_MS = 5 * 60 * 1000;

interface DocumentRow {
  id: string;
  title: string;
  content: string;
  word_count: number;
  version: number;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
  options: string;
}

type RevisionReason = RevisionSummary['reason'];

export class DocumentService {
  private readonly now: () => Date;

  constructor(
    private readonly db: Database.Database,
    options: { now?: () => Date } = {},
  ) {
    this.now = options.now ?? (() => new Date());
  }

  list(): DocumentSummary[] {
    const rows = this.db
      .prepare<[], DocumentRow>('SELECT * FROM documents WHERE deleted_at IS NULL ORDER BY updated_at DESC, id')
      .all();
    return rows.map(toSummary);
  }

  listTrash(): DocumentSummary[] {
    const rows = this.db
      .prepare<[], DocumentRow>('SELECT * FROM documents WHERE deleted_at IS NOT NULL ORDER BY deleted_at DESC, id')
      .all();
    return rows.map(toSummary);
  }

  /** `options`: what the document starts with (its layout, note style and edition come from the unit's format). */
  create(input: { title?: string; content?: DocNode; reason?: RevisionReason; options?: Partial<DocumentOptions> }): DocumentRecord {
    const id = randomUUID();
    const stamp = this.now().toISOString();
    const content = input.content ?? emptyDoc();
    // Opening the same draft twice gives two documents told apart by their titles (发言提纲（2）).
    const title = input.reason === 'import' ? this.freeTitle((input.title ?? '').trim()) : (input.title ?? '').trim();
    const json = storable(content);
    if (title.length > TITLE_MAX) throw new ApiError('invalid_input', `title longer than ${TITLE_MAX}`);
    const words = countWords(docPlainText(content)).words;
    const write = this.db.transaction(() => {
      this.db
        .prepare(
          `INSERT INTO documents (id, title, content, word_count, version, created_at, updated_at, options)
           VALUES (?, ?, ?, ?, 1, ?, ?, ?)`,
        )
        .run(id, title, json, words, stamp, stamp, JSON.stringify(input.options ?? {}));
      // History starts with the document: a template's or an import's text, or the empty page.
      this.addRevision(id, input.reason === 'import' ? 'import' : 'create');
    });
    write();
    return this.get(id);
  }

  /** The title, or the first of 标题（2）, 标题（3）… that no document in use has. */
  private freeTitle(title: string): string {
    if (!title) return title;
    const taken = new Set(this.db.prepare<[], { title: string }>('SELECT title FROM documents WHERE deleted_at IS NULL').all().map((r) => r.title));
    if (!taken.has(title)) return title;
    for (let n = 2; ; n++) {
      const candidate = `${title}（${n}）`;
      if (!taken.has(candidate) && candidate.length <= TITLE_MAX) return candidate;
      if (candidate.length > TITLE_MAX) return title;
    }
  }

  get(id: string): DocumentRecord {
    const row = this.db.prepare<[string], DocumentRow>('SELECT * FROM documents WHERE id = ?').get(id);
    if (!row) throw new ApiError('not_found', id);
    return { ...toSummary(row), content: readStoredDoc(row.content, `documents.content ${id}`), version: row.version, options: { ...DEFAULT_DOCUMENT_OPTIONS, ...parseJsonColumn(storedDocumentOptions, row.options, `documents.options ${id}`) } };
  }

  /** Opening a document keeps a revision of it as it was, unless the newest revision already is that. */
  open(id: string): DocumentRecord {
    const doc = this.get(id);
    this.addRevisionIfChanged(id, 'open');
    return doc;
  }

  close(id: string): void {
    this.get(id);
    this.addRevisionIfChanged(id, 'close');
  }

  save(id: string, content: DocNode, baseVersion?: number): SaveResult {
    const stamp = this.now().toISOString();
    const json = storable(content);
    const words = countWords(docPlainText(content)).words;
    const write = this.db.transaction((): SaveResult => {
      const row = this.db.prepare<[string], { version: number }>('SELECT version FROM documents WHERE id = ?').get(id);
      if (!row) throw new ApiError('not_found', id);
      if (baseVersion !== undefined && baseVersion !== row.version) {
        throw new ApiError('conflict', `expected version ${baseVersion}, found ${row.version}`);
      }
      const version = row.version + 1;
      this.db
        .prepare('UPDATE documents SET content = ?, word_count = ?, version = ?, updated_at = ? WHERE id = ?')
        .run(json, words, version, stamp, id);
      // While editing, the newest revision (or the creation, before any) is at most five minutes old.
      const last = this.lastRevisionTime(id) ?? this.createdAt(id);
      if (this.now().getTime() - Date.parse(last) >= REVISION_INTERVAL_MS) {
        this.addRevision(id, 'interval');
      }
      return { id, version, updatedAt: stamp };
    });
    return write.immediate();
  }

  rename(id: string, title: string): DocumentSummary {
    const stamp = this.now().toISOString();
    const result = this.db.prepare('UPDATE documents SET title = ?, updated_at = ? WHERE id = ?').run(title.trim(), stamp, id);
    if (result.changes === 0) throw new ApiError('not_found', id);
    return toSummary(this.db.prepare<[string], DocumentRow>('SELECT * FROM documents WHERE id = ?').get(id)!);
  }

  /** Merges the given options into the stored ones (a field left out keeps its value). */
  setOptions(id: string, change: Partial<DocumentOptions>): DocumentOptions {
    const defined = Object.fromEntries(Object.entries(change).filter(([, v]) => v !== undefined)) as Partial<DocumentOptions>;
    const options: DocumentOptions = { ...this.get(id).options, ...defined };
    this.db.prepare('UPDATE documents SET options = ? WHERE id = ?').run(JSON.stringify(options), id);
    return options;
  }

  trash(id: string): void {
    const result = this.db
      .prepare('UPDATE documents SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL')
      .run(this.now().toISOString(), id);
    if (result.changes === 0) throw new ApiError('not_found', id);
  }

  restore(id: string): void {
    const result = this.db.prepare('UPDATE documents SET deleted_at = NULL WHERE id = ? AND deleted_at IS NOT NULL').run(id);
    if (result.changes === 0) throw new ApiError('not_found', id);
  }

  /** Only a document already in the trash can be deleted for good. */
  deleteForever(id: string): void {
    const result = this.db.prepare('DELETE FROM documents WHERE id = ? AND deleted_at IS NOT NULL').run(id);
    if (result.changes === 0) throw new ApiError('not_found', id);
  }

  listRevisions(id: string): RevisionSummary[] {
    this.get(id);
    return this.db
      .prepare<[string], { id: number; document_id: string; reason: RevisionReason; created_at: string; word_count: number }>(
        'SELECT id, document_id, reason, created_at, word_count FROM revisions WHERE document_id = ? ORDER BY id DESC',
      )
      .all(id)
      .map((r) => ({ id: r.id, documentId: r.document_id, reason: r.reason, createdAt: r.created_at, wordCount: r.word_count }));
  }

  getRevision(id: string, revisionId: number): RevisionRecord {
    const r = this.db
      .prepare<[number, string], { id: number; document_id: string; reason: RevisionReason; title: string; content: string; created_at: string; word_count: number }>(
        'SELECT * FROM revisions WHERE id = ? AND document_id = ?',
      )
      .get(revisionId, id);
    if (!r) throw new ApiError('not_found', `revision ${revisionId}`);
    return { id: r.id, documentId: r.document_id, reason: r.reason, createdAt: r.created_at, wordCount: r.word_count, title: r.title, content: readStoredDoc(r.content, `revisions.content ${r.id}`) };
  }

  /**
   * Puts a revision's text back, itself undoable: the current text is kept as a revision first
   * (unless the newest revision already holds it), then the restored text becomes the document and
   * a revision of its own. The title stays as it is. One transaction.
   */
  restoreRevision(id: string, revisionId: number, baseVersion?: number): DocumentRecord {
    const write = this.db.transaction(() => {
      const current = this.get(id);
      if (baseVersion !== undefined && baseVersion !== current.version) {
        throw new ApiError('conflict', `expected version ${baseVersion}, found ${current.version}`);
      }
      const revision = this.getRevision(id, revisionId);
      this.addRevisionIfChanged(id, 'before_restore');
      const content = JSON.stringify(revision.content);
      this.db
        .prepare('UPDATE documents SET content = ?, word_count = ?, version = version + 1, updated_at = ? WHERE id = ?')
        .run(content, revision.wordCount, this.now().toISOString(), id);
      this.addRevision(id, 'restore');
      return this.get(id);
    });
    return write.immediate();
  }

  private createdAt(id: string): string {
    return this.db.prepare<[string], { created_at: string }>('SELECT created_at FROM documents WHERE id = ?').get(id)!.created_at;
  }

  private lastRevisionTime(id: string): string | null {
    const row = this.db
      .prepare<[string], { created_at: string }>('SELECT created_at FROM revisions WHERE document_id = ? ORDER BY id DESC LIMIT 1')
      .get(id);
    return row?.created_at ?? null;
  }

  private addRevisionIfChanged(id: string, reason: RevisionReason): void {
    // A read-only user.db (its folder cannot be written) is still opened and read; the revision kept
    // on open and close is a convenience, not the user's words, so it is left out there.
    if (this.db.readonly) return;
    const latest = this.db
      .prepare<[string], { content: string; title: string }>(
        'SELECT content, title FROM revisions WHERE document_id = ? ORDER BY id DESC LIMIT 1',
      )
      .get(id);
    const current = this.db.prepare<[string], { content: string; title: string }>('SELECT content, title FROM documents WHERE id = ?').get(id);
    if (!current) return;
    if (latest && latest.content === current.content && latest.title === current.title) return;
    this.addRevision(id, reason);
  }

  private addRevision(id: string, reason: RevisionReason): void {
    this.db
      .prepare(
        `INSERT INTO revisions (document_id, reason, title, content, word_count, created_at)
         SELECT id, ?, title, content, word_count, ? FROM documents WHERE id = ?`,
      )
      .run(reason, this.now().toISOString(), id);
  }
}

/** The stored JSON of a document, or the refusal every way in shares (documentSizeProblem). */
function storable(content: DocNode): string {
  // Importers build documents here without the API's schema: nesting that JSON.stringify cannot
  // walk is refused before it tries.
  if (docDepth(content, DOC_DEPTH_MAX) > DOC_DEPTH_MAX) throw new ApiError('document_too_deep', DOC_DEPTH_MAX);
  const json = JSON.stringify(content);
  const problem = documentSizeProblem(content, json);
  if (problem) throw new ApiError('document_too_large', problem);
  return json;
}

function toSummary(row: DocumentRow): DocumentSummary {
  return {
    id: row.id,
    title: row.title,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    deletedAt: row.deleted_at,
    wordCount: row.word_count,
  };
}
