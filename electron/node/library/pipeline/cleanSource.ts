import type { MappedText } from '../../formats/MappedText';
import type { SourceRead } from '../../formats/readSourceFile';
import { mergeMeta } from '../../formats/SourceMeta';
import type { BuildReportEntry, BuiltSource } from './corpusTypes';
import { extractProvenance } from './extractProvenance';
import { normaliseText } from './normaliseText';
import { recoverStructure } from './recoverStructure';
import { rejoinChunks } from './rejoinChunks';
import { removeFurniture } from './removeFurniture';
import { splitPassages, type PassageDraft } from './splitPassages';
import { stableId } from './stableId';

export interface WorkDraftOut {
  id: string;
  ord: number;
  title: string;
  passages: PassageDraft[];
}

export interface CleanedSource {
  source: BuiltSource;
  /** Cleaned text, every unit mapped to its raw region. */
  clean: MappedText;
  works: WorkDraftOut[];
  /** The text stops mid-sentence (a truncated preview): its last passage is incomplete. */
  truncated: boolean;
  report: BuildReportEntry[];
  linesRemoved: number;
  chunksRejoined: number;
}

const CN_ORDINALS = '一二三四五六七八九十';

/**
 * One source through the per-source steps: markup → furniture → chunks → normalise → structure →
 * passages. Cross-source steps (dedupe, restoration) come after, in buildCorpus.
 */
export function cleanSource(fileName: string, bytes: Uint8Array, read: SourceRead): CleanedSource {
  const sourceId = stableId('s', bytes, 12);
  const rawText = read.rawText;
  const stated = extractProvenance(read.statedText);
  // What the format states (meta tags, WeChat fields, PDF info) first, then what the text says.
  const meta = mergeMeta(read.meta, stated);
  const prov = { ...stated, ...meta };
  let text: MappedText = read.body;
  const markupReport: BuildReportEntry[] = read.markupRemoved > 0 ? [{ sourceId, step: 'normalise', action: `删除残留 HTML 标签与实体（共 ${read.markupRemoved} 处）` }] : [];
  text = text.replaceAll(/\r\n?|[\u200b\ufeff]/g, (m) => (m[0].startsWith('\r') ? '\n' : ''));
  const furniture = removeFurniture(text, sourceId);
  const chunks = rejoinChunks(furniture.text, sourceId);
  const normal = normaliseText(chunks.text, sourceId);
  const clean = normal.text;
  const structure = recoverStructure(clean.text);

  const fallbackTitle = prov.title ?? structure.collectionTitle ?? fileName.replace(/(_[0-9a-f]{8,})?\.[a-z]+$/i, '');
  const source: BuiltSource = {
    id: sourceId,
    fileName,
    rawText,
    title: prov.title ?? structure.collectionTitle ?? fallbackTitle,
    site: prov.site,
    date: prov.date,
    url: prov.url,
    docNumber: prov.docNumber,
    pages: prov.pages,
    author: prov.author,
    stated: { newspaper: prov.newspaper, edition: prov.edition, journal: prov.journal, issue: prov.issue, description: prov.description },
    original: { bytes, format: read.format },
    extraction: read.extraction,
  };
  const works: WorkDraftOut[] = [];
  structure.works.forEach((w, ord) => {
    const passages = splitPassages(clean.text, w.segments);
    if (passages.length === 0) return;
    const ordinal = w.ordinal ?? (structure.works.length > 1 ? CN_ORDINALS[ord] ?? String(ord + 1) : null);
    const title = w.title ?? (ordinal ? `${source.title}（${ordinal}）` : source.title);
    works.push({ id: stableId('w', `${sourceId}:${works.length}`, 12), ord: works.length, title, passages });
  });
  const truncated = !/[。！？!?…”’」』）)】]$/.test(clean.text.trimEnd());
  return {
    source,
    clean,
    works,
    truncated,
    report: [...markupReport, ...furniture.report, ...chunks.report, ...normal.report],
    linesRemoved: furniture.linesRemoved,
    chunksRejoined: chunks.chunksRejoined,
  };
}
