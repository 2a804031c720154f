import type { CitationEdition } from './citationStyles';
import { referencePunctuation } from './referencePunctuation';

/** What a passage says of the original of a statement it quotes. */
export interface OriginalFacts {
  speaker: string | null;
  /** The document it comes from, when the passage names it in 《》. */
  title: string | null;
}

/**
 * A secondary citation (转引): the original as far as the passage names it, then "转引自：" and the
 * entry of the work the writer actually read. Without a title there is no entry for the original
 * (a title is required), so the note says only where the statement was found: it never pretends
 * the writer read the original.
 */
export function formatSecondary(original: OriginalFacts | null, readIn: string, edition: CitationEdition): string {
  const p = referencePunctuation(edition, true);
  const title = original?.title?.trim();
  const head = title ? `${original?.speaker ? `${original.speaker}${p.period}` : ''}${title}[Z]${p.period}` : '';
  return `${head}转引自${p.colon}${readIn}`;
}
