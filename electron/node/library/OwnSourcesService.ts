import type Database from 'better-sqlite3';
import { ApiError } from '../../shared/api/ApiError';
import type { DeleteSourceResult, ImportSummary } from '../../shared/api/apiTypes';
import type { SourceKind } from '../../shared/library/sourceKinds';
import { foldSearchText } from '../../shared/search/foldSearchText';
import { statsOf } from './import/ImportJobs';
import type { CorpusBuild } from './pipeline/corpusTypes';
import { buildSearchIndex } from './search/buildSearchIndex';
import { SOURCE_FACT_COLUMNS, sourceRowValues } from './sourceRowValues';

/** What the writer confirmed or corrected in the preview, for one file of the import. */
export interface SourceMeta {
  index: number;
  title: string;
  site: string | null;
  date: string | null;
  url: string | null;
  author?: string | null;
  /** The writer's choice; guessed from the facts and text when left out (guessSourceKind). */
  kind?: SourceKind | null;
}

/** Writes, corrects and deletes the user's own sources in user.db. */
export class OwnSourcesService {
  constructor(
    private readonly db: Database.Database,
    private readonly inShippedLibrary: (ids: string[]) => Set<string>,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /**
   * Saves an import in one transaction. A passage the shipped library or an earlier import already
   * holds is not stored again: only its new occurrence is, so it lists this source too.
   */
  commit(original: CorpusBuild, metas: SourceMeta[]): ImportSummary {
    const build = withOwnIds(original);
    const stamp = this.now().toISOString();
    const shipped = this.inShippedLibrary(build.passages.map((p) => p.id));
    const write = this.db.transaction(() => {
      const saved: Array<{ id: string; title: string }> = [];
      // A file imported before is not imported again (its rows are already here); the summary says so.
      const present = new Set<string>();
      build.sources.forEach((s, index) => {
        const meta = metas.find((m) => m.index === index);
        const title = meta?.title.trim() || s.title;
        if (this.db.prepare('SELECT 1 FROM sources WHERE id = ?').get(s.id)) {
          present.add(s.id);
          return;
        }
        const site = meta ? meta.site : s.site;
        const url = meta ? meta.url : s.url;
        // The column names are constants of sourceRowValues, never input.
        this.db
          .prepare(
            `INSERT INTO sources (id, file_name, title, site, date, url, doc_number, pages, author, raw_text, imported_at, ${SOURCE_FACT_COLUMNS.join(', ')})
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?${', ?'.repeat(SOURCE_FACT_COLUMNS.length)})`,
          )
          .run(s.id, s.fileName, title, site, meta ? meta.date : s.date, url, s.docNumber, s.pages, meta?.author !== undefined ? meta.author : s.author, s.rawText, stamp, ...sourceRowValues(s, { title, site, url }, meta?.kind));
        if (s.original) this.db.prepare('INSERT INTO source_originals (source_id, format, bytes) VALUES (?, ?, ?)').run(s.id, s.original.format, Buffer.from(s.original.bytes));
        saved.push({ id: s.id, title });
      });
      const work = this.db.prepare('INSERT INTO works (id, source_id, ord, title) VALUES (?, ?, ?, ?)');
      // A source of one work whose title the writer corrected: the work is cited by that title too.
      const corrected = new Map(build.sources.map((s, index) => [s.id, { from: s.title, to: metas.find((m) => m.index === index)?.title.trim() || s.title }]));
      for (const w of build.works) {
        if (present.has(w.sourceId)) continue;
        const fix = corrected.get(w.sourceId);
        const single = build.works.filter((x) => x.sourceId === w.sourceId).length === 1;
        work.run(w.id, w.sourceId, w.ord, single && fix && w.title === fix.from ? fix.to : w.title);
      }
      const passage = this.db.prepare(
        `INSERT OR IGNORE INTO passages (id, text, folded, heading, kind, themes, rules, incomplete, flags, work_id)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      );
      const occ = this.db.prepare('INSERT OR IGNORE INTO occurrences (passage_id, source_id, work_id, ord, start, end) VALUES (?, ?, ?, ?, ?, ?)');
      for (const p of build.passages) {
        const first = p.occurrences[0];
        if (!first) continue;
        if (!shipped.has(p.id)) {
          passage.run(p.id, p.text, foldSearchText(p.text), p.heading, p.kind, JSON.stringify(p.themes), JSON.stringify(p.rules), p.incomplete ? 1 : 0, JSON.stringify(p.flags), first.workId);
        }
        for (const o of p.occurrences) if (!present.has(o.sourceId)) occ.run(p.id, o.sourceId, o.workId, o.ord, o.start, o.end);
      }
      // The own library is small next to the shipped one: rebuilding its index whole keeps it exact.
      buildSearchIndex(this.db);
      const report = this.db.prepare('INSERT INTO report (source_id, step, action, before, after) VALUES (?, ?, ?, ?, ?)');
      for (const r of build.report) if (!present.has(r.sourceId)) report.run(r.sourceId, r.step, r.action, r.before ?? null, r.after ?? null);
      const alreadyImported = build.sources.filter((s) => present.has(s.id)).map((s) => ({ id: s.id, title: this.titleOf(s.id) }));
      return { saved, alreadyImported };
    });
    const { saved, alreadyImported } = write.immediate();
    return { ...statsOf(build), sources: saved, alreadyImported };
  }

  /** The title of an own source, by its id in user.db (own ids carry the 'u' prefix). */
  titleOf(id: string): string {
    return this.db.prepare<[string], { title: string }>('SELECT title FROM sources WHERE id = ?').get(id)?.title ?? '';
  }

  /**
   * Sets the kind of an own source (the shipped library is read-only; its sources are built with
   * theirs). The own search index is rebuilt: the kind filters and breaks ties in ranking.
   */
  setSourceKind(id: string, kind: SourceKind): void {
    const update = this.db.transaction(() => {
      const changed = this.db.prepare('UPDATE sources SET kind = ? WHERE id = ?').run(kind, id).changes;
      if (changed === 0) throw new ApiError('not_found', id);
      buildSearchIndex(this.db);
    });
    update.immediate();
  }

  /** Corrects the text of an own passage; the first correction keeps the pipeline's text beside it. */
  updatePassage(id: string, text: string): void {
    const update = this.db.transaction(() => {
      const row = this.db.prepare('SELECT rowid FROM passages WHERE id = ?').get(id);
      if (!row) throw new ApiError('passage_not_own', id);
      this.db.prepare('UPDATE passages SET original_text = coalesce(original_text, text), text = ?, folded = ? WHERE id = ?').run(text, foldSearchText(text), id);
      buildSearchIndex(this.db);
    });
    update.immediate();
  }

  /**
   * Deletes an own source. When documents cite passages that would then no longer resolve, nothing
   * is deleted until the caller confirms, and the documents are named.
   */
  deleteSource(id: string, confirmed: boolean): DeleteSourceResult {
    if (!this.db.prepare('SELECT 1 FROM sources WHERE id = ?').get(id)) throw new ApiError('not_found', id);
    const orphaned = this.passagesOnlyIn(id);
    const citedBy = orphaned.length
      ? this.db
          .prepare<[string], { id: string; title: string }>(
            `SELECT d.id, d.title FROM documents d
             WHERE EXISTS (SELECT 1 FROM json_tree(d.content) t WHERE t.key = 'passageId' AND t.value IN (SELECT value FROM json_each(?)))
             ORDER BY d.updated_at DESC`,
          )
          .all(JSON.stringify(orphaned))
      : [];
    if (citedBy.length > 0 && !confirmed) return { deleted: false, citedBy };
    const remove = this.db.transaction(() => {
      this.db.prepare('DELETE FROM passages WHERE id IN (SELECT value FROM json_each(?))').run(JSON.stringify(orphaned));
      // A surviving passage whose home work was in this source moves to a work that still has it.
      this.db
        .prepare(
          `UPDATE passages SET work_id = (SELECT o.work_id FROM occurrences o WHERE o.passage_id = passages.id AND o.source_id <> ? LIMIT 1)
           WHERE work_id IN (SELECT id FROM works WHERE source_id = ?)`,
        )
        .run(id, id);
      this.db.prepare('DELETE FROM sources WHERE id = ?').run(id);
      buildSearchIndex(this.db);
    });
    remove.immediate();
    return { deleted: true, citedBy };
  }

  private passagesOnlyIn(sourceId: string): string[] {
    const ids = (
      this.db
        .prepare<[string, string], { id: string }>(
          `SELECT DISTINCT o.passage_id AS id FROM occurrences o WHERE o.source_id = ?
           AND NOT EXISTS (SELECT 1 FROM occurrences x WHERE x.passage_id = o.passage_id AND x.source_id <> ?)`,
        )
        .all(sourceId, sourceId)
    ).map((r) => r.id);
    const shipped = this.inShippedLibrary(ids);
    return ids.filter((pid) => !shipped.has(pid));
  }
}

/**
 * Own sources and works get ids of their own (prefixed), so a file the user imports that is
 * byte-identical to a shipped source is still a separate source with the user's facts. Passage ids
 * stay content ids, so such passages are shared, not duplicated.
 */
function withOwnIds(build: CorpusBuild): CorpusBuild {
  const own = (id: string) => `u${id}`;
  return {
    ...build,
    sources: build.sources.map((s) => ({ ...s, id: own(s.id) })),
    works: build.works.map((w) => ({ ...w, id: own(w.id), sourceId: own(w.sourceId) })),
    passages: build.passages.map((p) => ({ ...p, occurrences: p.occurrences.map((o) => ({ ...o, sourceId: own(o.sourceId), workId: own(o.workId) })) })),
    report: build.report.map((r) => ({ ...r, sourceId: own(r.sourceId) })),
  };
}
