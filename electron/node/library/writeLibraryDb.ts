import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { foldSearchText } from '../../shared/search/foldSearchText';
import type { CorpusBuild } from './pipeline/corpusTypes';
import { LIBRARY_SCHEMA_VERSION, librarySchemaSql } from './librarySchema';
import { writeCheckIndex } from '../check/writeCheckIndex';
import { buildSearchIndex } from './search/buildSearchIndex';
import { SOURCE_FACT_COLUMNS, sourceRowValues } from './sourceRowValues';

/**
 * Writes a build to a new file next to `outFile` and renames it into place, so a running app that has
 * the old library open never sees a half-written one.
 */
export function writeLibraryDb(build: CorpusBuild, outFile: string): void {
  fs.mkdirSync(path.dirname(outFile), { recursive: true });
  const tmp = `${outFile}.tmp-${process.pid}`;
  fs.rmSync(tmp, { force: true });
  const db = new Database(tmp);
  try {
    db.pragma('journal_mode = OFF');
    db.pragma('synchronous = OFF');
    db.exec(librarySchemaSql);
    const write = db.transaction(() => {
      const meta = db.prepare('INSERT INTO meta (key, value) VALUES (?, ?)');
      meta.run('schema_version', String(LIBRARY_SCHEMA_VERSION));
      meta.run('built_at', new Date().toISOString());
      // The column names are this module's constants, never input.
      const src = db.prepare(
        `INSERT INTO sources (id, file_name, title, site, date, url, doc_number, pages, author, raw_text, ${SOURCE_FACT_COLUMNS.join(', ')})
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?${', ?'.repeat(SOURCE_FACT_COLUMNS.length)})`,
      );
      for (const s of build.sources) {
        src.run(s.id, s.fileName, s.title, s.site, s.date, s.url, s.docNumber, s.pages, s.author, s.rawText, ...sourceRowValues(s, s));
      }
      const work = db.prepare('INSERT INTO works (id, source_id, ord, title) VALUES (?, ?, ?, ?)');
      for (const w of build.works) work.run(w.id, w.sourceId, w.ord, w.title);
      const passage = db.prepare(
        `INSERT INTO passages (id, text, folded, heading, kind, themes, rules, incomplete, flags, work_id)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      );
      const occ = db.prepare('INSERT INTO occurrences (passage_id, source_id, work_id, ord, start, end) VALUES (?, ?, ?, ?, ?, ?)');
      for (const p of build.passages) {
        const first = p.occurrences[0];
        if (!first) continue;
        passage.run(p.id, p.text, foldSearchText(p.text), p.heading, p.kind, JSON.stringify(p.themes), JSON.stringify(p.rules), p.incomplete ? 1 : 0, JSON.stringify(p.flags), first.workId);
        for (const o of p.occurrences) occ.run(p.id, o.sourceId, o.workId, o.ord, o.start, o.end);
      }
      const report = db.prepare('INSERT INTO report (source_id, step, action, before, after) VALUES (?, ?, ?, ?, ?)');
      for (const r of build.report) report.run(r.sourceId, r.step, r.action, r.before ?? null, r.after ?? null);
    });
    write();
    buildSearchIndex(db);
    // The check's fingerprint index, stored once here: the app's first 查重 reads it instead of building it.
    writeCheckIndex(db);
    db.pragma(`user_version = ${LIBRARY_SCHEMA_VERSION}`);
  } finally {
    db.close();
  }
  fs.renameSync(tmp, outFile);
}
