import type { MappedText } from '../../formats/MappedText';
import type { SourceRead } from '../../formats/readSourceFile';
import { mergeMeta } from '../../formats/SourceMeta';
import type { BuildReportEntry, BuiltSource } from './corpusTypes';
import { extractProvenance } from './extractProvenance';
import { isMostlyTraditional } from './isMostlyTraditional';
import { normaliseText } from './normaliseText';
import { recoverStructure } from './recoverStructure';
import { rejoinChunks } from './rejoinChunks';
import { removeFurniture } from './removeFurniture';
import { removeInjections, withoutInjections } from './removeInjections';
import { removeMojibake } from './removeMojibake';
import { removeRepeatedBody } from './removeRepeatedBody';
import { simplifyText, toMainland } from './simplifyText';
import { splitPassages, type PassageDraft } from './splitPassages';
import { stableId } from './stableId';
import { toSimplified } from './toSimplified';

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
  /** Raw regions of garbled text that was left out (the passages around them are flagged). */
  mojibake: [number, number][];
}

export interface CleanOptions {
  /**
   * Offer the text in simplified characters (the raw text, which provenance points into and the source
   * viewer shows, stays as it was). Default: when the page is written mostly in traditional characters.
   */
  simplify?: boolean;
}

const CN_ORDINALS = '一二三四五六七八九十';

/**
 * One source through the per-source steps: markup → garbled text → traditional to simplified (when
 * chosen) → injected advertising → furniture → chunks → normalise → a repeated body → structure → passages. Cross-source steps (dedupe, restoration) come after, in buildCorpus.
 */
export function cleanSource(fileName: string, bytes: Uint8Array, read: SourceRead, options: CleanOptions = {}): CleanedSource {
  const sourceId = stableId('s', bytes, 12);
  const rawText = read.rawText;
  const stated = extractProvenance(read.statedText);
  // What the format states (meta tags, WeChat fields, PDF info) first, then what the text says.
  const meta = mergeMeta(read.meta, stated);
  const prov = { ...stated, ...meta };
  let text: MappedText = read.body;
  const markupReport: BuildReportEntry[] = read.markupRemoved > 0 ? [{ sourceId, step: 'normalise', action: `删除残留 HTML 标签与实体（共 ${read.markupRemoved} 处）` }] : [];
  text = text.replaceAll(/\r\n?|[\u200b\ufeff]/g, (m) => (m[0].startsWith('\r') ? '\n' : ''));
  const mojibake = removeMojibake(text, sourceId);
  text = mojibake.text;
  const traditional = isMostlyTraditional(text.text);
  const simplify = options.simplify ?? traditional;
  const simplified = simplify ? simplifyText(text, sourceId) : null;
  if (simplified) text = simplified.text;
  const probe = traditional && !simplify ? toSimplified : undefined;
  const injected = removeInjections(text, sourceId, probe);
  text = injected.text;
  const furniture = removeFurniture(text, sourceId, traditional && !simplify);
  const chunks = rejoinChunks(furniture.text, sourceId);
  const normal = normaliseText(chunks.text, sourceId);
  const repeated = removeRepeatedBody(normal.text, sourceId);
  const clean = repeated.text;
  const structure = recoverStructure(clean.text);

  // A file that says nothing of itself but holds one essay with its own title is that essay: the
  // file's name ("deqing.docx", "wechat.txt") is the last resort, never a title a note would cite.
  const soleTitle = structure.works.length === 1 ? structure.works[0]!.title : null;
  const fallbackTitle = prov.title ?? structure.collectionTitle ?? soleTitle ?? fileName.replace(/(_[0-9a-f]{8,})?\.[a-z]+$/i, '');
  // What the source says of itself is offered in the characters its text is offered in.
  const shown = (s: string | null): string | null => (s ? withoutInjections(simplify ? toMainland(s) : s) : s);
  const source: BuiltSource = {
    id: sourceId,
    fileName,
    rawText,
    title: shown(fallbackTitle) ?? fallbackTitle,
    site: shown(prov.site),
    date: prov.date,
    url: prov.url,
    docNumber: prov.docNumber,
    pages: prov.pages,
    author: shown(prov.author),
    issuer: prov.issuer,
    newspaper: prov.newspaper,
    newspaperPage: prov.newspaperPage,
    journal: prov.journal,
    journalIssue: prov.journalIssue,
    original: { bytes, format: read.format },
    extraction: read.extraction,
    traditional,
    simplified: simplify,
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
    report: [...markupReport, ...mojibake.report, ...(simplified?.report ?? []), ...injected.report, ...furniture.report, ...chunks.report, ...normal.report, ...repeated.report],
    linesRemoved: furniture.linesRemoved,
    chunksRejoined: chunks.chunksRejoined,
    mojibake: mojibake.removed,
  };
}
