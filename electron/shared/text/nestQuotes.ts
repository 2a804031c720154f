// GB/T 15834-2011 引号: a quotation inside “ ” takes ‘ ’, one inside that takes “ ” again.

const OPENERS = new Set(['“', '‘']);
const CLOSERS = new Set(['”', '’']);

/**
 * The texts of one paragraph's runs with nested quotation marks alternating “ ” and ‘ ’ by depth, as
 * the writer meant them whichever mark they typed or pasted. Runs are given together because a
 * quotation may open in one run and close in another (a quoted passage between plain words).
 * An unmatched closing mark is left as it is.
 */
export function nestQuotesInRuns(runs: readonly string[]): string[] {
  let depth = 0;
  return runs.map((run) =>
    Array.from(run, (ch) => {
      if (OPENERS.has(ch)) {
        depth++;
        return depth % 2 === 1 ? '“' : '‘';
      }
      if (CLOSERS.has(ch) && depth > 0) {
        const mark = depth % 2 === 1 ? '”' : '’';
        depth--;
        return mark;
      }
      return ch;
    }).join(''),
  );
}

/** The words of a quotation put inside “ ”: its own quotation marks one level down (‘ ’, then “ ”). */
export function nestInside(text: string): string {
  return nestQuotesInRuns(['“', text, '”'])[1]!;
}

/** Two texts are the same quotation when they differ only in the level of their quotation marks. */
export function sameQuoteMarks(text: string): string {
  return text.replace(/[‘“]/g, '“').replace(/[’”]/g, '”');
}
