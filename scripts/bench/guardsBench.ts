import { boundNesting } from '../../app/src/editor/pasteSanitizer/boundNesting';
import { PASTE_MAX_BLOCKS } from '../../app/src/editor/pasteSanitizer/pasteLimits';
import { DOC_DEPTH_MAX } from '../../electron/shared/api/apiLimits';
import { docSchema } from '../../electron/shared/doc/docSchema';
import { markdownToDoc } from '../../electron/shared/markdown/markdownToDoc';
import { compileFindRegex } from '../../electron/shared/search/compileFindRegex';
import { findInText } from '../../electron/shared/search/findInText';
import { searchFoldTable } from '../../electron/shared/search/searchFoldTable';
import { diffParagraphs } from '../../electron/shared/text/diffParagraphs';
import type { BenchRow } from './formatTable';

function median(xs: number[]): number {
  return [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
}

function timed(run: () => void, runs: number): number {
  // One untimed run first: compiling the code and building tables (the fold table) is not the guard's cost.
  run();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    run();
    times.push(performance.now() - t0);
  }
  return median(times);
}

interface Guard {
  figure: string;
  /** The input at size n (the unit test's size) when scale is 1, at 4n when 4. */
  run: (scale: 1 | 4) => () => void;
  targetMs: number;
}

function nestedQuotes(n: number): unknown {
  let node: unknown = { type: 'paragraph', content: [{ type: 'text', text: '最里面的话' }] };
  for (let i = 0; i < n; i++) node = { type: 'blockquote', content: [node] };
  return { type: 'doc', content: [node] };
}

const regex = { matchCase: false, matchWidth: false, regex: true };
const find = (text: string, pattern: string) => findInText(text, pattern, regex, { fold: searchFoldTable(), compileRegex: compileFindRegex });

/**
 * The hostile inputs the unit tests feed the guards (backtracking traps, deep nesting, long runs), timed
 * here instead of there: each at the test's size and at four times it. The time says how fast; the
 * growth (time at 4n / time at n) says linear (about 4) or not (16 for quadratic), which no fixed bound
 * on a loaded machine can tell apart.
 */
export function guardsBench(runs: number): BenchRow[] {
  const guards: Guard[] = [
    {
      figure: 'paste: unwrap a 100,000-deep <div> (boundNesting)',
      run: (s) => {
        const html = `${'<div>'.repeat(100_000 * s)}深处的文字${'</div>'.repeat(100_000 * s)}`;
        return () => boundNesting(html, 256, PASTE_MAX_BLOCKS);
      },
      targetMs: 500,
    },
    {
      figure: 'find: (a+)+b and (.*)*万 over runs of 5,000 (re2js)',
      run: (s) => {
        const a = 'a'.repeat(5000 * s);
        const qian = '千'.repeat(3000 * s);
        return () => {
          find(a, '(a+)+b');
          find(`${a}b`, '(a+)+b');
          find(qian, '(.*)*万');
        };
      },
      targetMs: 500,
    },
    {
      figure: 'history: diff 1,600 paragraphs with one changed (diffParagraphs)',
      run: (s) => {
        const paragraphs = Array.from({ length: 1600 * s }, (_, k) => `第${k}段，内容要有一定长度才能测出速度。`.repeat(5));
        const changed = [...paragraphs];
        changed[200] = changed[200]!.replace('内容', '文字');
        const [before, after] = [paragraphs.join('\n'), changed.join('\n')];
        return () => diffParagraphs(before, after);
      },
      targetMs: 500,
    },
    {
      figure: `documents: refuse 20,000 nested quotations (docSchema, limit ${DOC_DEPTH_MAX})`,
      run: (s) => {
        const doc = nestedQuotes(20_000 * s);
        return () => docSchema.safeParse(doc);
      },
      targetMs: 500,
    },
    {
      figure: 'markdown: pathological nesting and runs (> [ * ` - , 5,000–20,000 long)',
      run: (s) => {
        const inputs = ['>'.repeat(5000 * s) + ' 深', '- '.repeat(3000 * s) + '深', '['.repeat(5000 * s) + ']'.repeat(5000 * s) + '(x)', '*'.repeat(20000 * s), '*a '.repeat(3000 * s), '`'.repeat(5000 * s)];
        return () => inputs.forEach((text) => markdownToDoc(text));
      },
      targetMs: 1000,
    },
  ];
  return guards.map((g) => {
    const at1 = timed(g.run(1), runs);
    const at4 = timed(g.run(4), runs);
    const growth = at4 / Math.max(at1, 0.01);
    // Below a few milliseconds the growth is noise (a collection, a tier-up); the time alone then says enough.
    const linear = at1 < 5 || growth < 8;
    return { figure: `guards: ${g.figure}; growth at 4n ${growth.toFixed(1)}×`, value: at1, unit: 'ms', baseline: null, ratio: null, target: `< ${g.targetMs} ms, growth < 8×`, pass: at1 < g.targetMs && linear };
  });
}
