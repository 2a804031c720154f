import type Database from 'better-sqlite3';
import { ApiError } from '../../../shared/api/ApiError';
import { PACK_FILE_MAX } from '../../../shared/api/apiLimits';
import { PACK_EXTENSION, type PackImportSummary } from '../../../shared/api/packTypes';
import { readPack } from '../../formats/pack/readPack';
import { writePack } from '../../formats/pack/writePack';
import { collectPackSources } from './collectPackSources';
import { mergePack } from './mergePack';

export interface ExportedPack {
  fileName: string;
  bytes: Uint8Array;
  sources: number;
  passages: number;
  corrections: number;
}

/** Library packs (学习材料包): own sources out to one .qwpack file, and a pack merged back in. */
export class LibraryPacks {
  constructor(
    private readonly db: Database.Database,
    private readonly library: { shippedDb(): Database.Database | null; shippedIds(ids: string[]): Set<string> },
    private readonly appVersion: string,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** The chosen own sources (all of them when none are named) as a pack no larger than an import accepts. */
  async export(sourceIds?: readonly string[]): Promise<ExportedPack> {
    const ids = sourceIds ? [...new Set(sourceIds)] : this.db.prepare<[], { id: string }>('SELECT id FROM sources ORDER BY file_name, id').all().map((r) => r.id);
    if (ids.length === 0) throw new ApiError('pack_empty');
    const known = this.db.prepare('SELECT 1 FROM sources WHERE id = ?');
    const unknown = ids.find((id) => !known.get(id));
    if (unknown) throw new ApiError('not_found', unknown);
    const sources = collectPackSources(this.db, this.library.shippedDb(), ids);
    const createdAt = this.now().toISOString();
    const bytes = await writePack(sources, { appVersion: this.appVersion, createdAt });
    if (bytes.length > PACK_FILE_MAX) throw new ApiError('pack_too_large', `${(bytes.length / 1048576).toFixed(2)} MB`);
    const passages = new Map(sources.flatMap((s) => s.rows.passages.map((p) => [p.id, typeof p.original_text === 'string'] as const)));
    return {
      fileName: `学习材料包-${createdAt.slice(0, 10)}${PACK_EXTENSION}`,
      bytes,
      sources: sources.length,
      passages: passages.size,
      corrections: [...passages.values()].filter(Boolean).length,
    };
  }

  /** Reads and checks the whole pack, then merges it; a pack refused for any reason changes nothing. */
  import(fileName: string, bytes: Uint8Array): PackImportSummary {
    return mergePack(this.db, readPack(bytes, fileName), fileName, (ids) => this.library.shippedIds(ids));
  }
}
