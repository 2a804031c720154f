import { foldForPassageId } from './foldForPassageId';
import { stableId } from './stableId';

/**
 * The id of a passage with this text: the same text (up to width and letter case) always gets the
 * same id, across library rebuilds and on every machine, so citations keep resolving. Two passages
 * with the same id are one passage (buildCorpus merges them).
 */
export function passageId(text: string): string {
  return stableId('p', foldForPassageId(text));
}
