import type Database from 'better-sqlite3';
import type { PassageNote } from '../../shared/api/apiTypes';

interface NoteRow {
  passage_id: string;
  favourite: number;
  note: string;
  updated_at: string;
}

const toNote = (r: NoteRow): PassageNote => ({ passageId: r.passage_id, favourite: r.favourite === 1, note: r.note, updatedAt: r.updated_at });

/** Favourites and personal notes on passages, kept in user.db by passage id. */
export class PassageNotesService {
  constructor(
    private readonly db: Database.Database,
    private readonly now: () => Date = () => new Date(),
  ) {}

  list(): PassageNote[] {
    return this.db.prepare<[], NoteRow>('SELECT * FROM passage_notes ORDER BY updated_at DESC').all().map(toNote);
  }

  favouriteIds(): string[] {
    return this.db.prepare<[], { passage_id: string }>('SELECT passage_id FROM passage_notes WHERE favourite = 1').all().map((r) => r.passage_id);
  }

  set(passageId: string, change: { favourite?: boolean; note?: string }): PassageNote {
    const stamp = this.now().toISOString();
    this.db
      .prepare(
        `INSERT INTO passage_notes (passage_id, favourite, note, updated_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (passage_id) DO UPDATE SET
           favourite = coalesce(?, favourite), note = coalesce(?, note), updated_at = excluded.updated_at`,
      )
      .run(passageId, change.favourite ? 1 : 0, change.note ?? '', stamp, change.favourite === undefined ? null : change.favourite ? 1 : 0, change.note ?? null);
    // A passage neither favoured nor annotated any more leaves no row behind.
    this.db.prepare("DELETE FROM passage_notes WHERE passage_id = ? AND favourite = 0 AND note = ''").run(passageId);
    const row = this.db.prepare<[string], NoteRow>('SELECT * FROM passage_notes WHERE passage_id = ?').get(passageId);
    return row ? toNote(row) : { passageId, favourite: false, note: '', updatedAt: stamp };
  }
}
