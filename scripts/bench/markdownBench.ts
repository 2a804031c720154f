import { adversarialMarkdown } from '../../electron/shared/markdown/__tests__/adversarialMarkdown';
import { docToMarkdown } from '../../electron/shared/markdown/docToMarkdown';
import { markdownToDoc } from '../../electron/shared/markdown/markdownToDoc';
import type { BenchRow } from './formatTable';
import { longDraft } from './exportBench';

function median(xs: number[]): number {
  return [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
}

function timeRead(text: string, runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    markdownToDoc(text);
    times.push(performance.now() - t0);
  }
  return median(times);
}

/**
 * Reading Markdown someone hands us (`doc import`, `check`): the slowest of the adversarial families
 * at 1 MB (nested brackets, emphasis without closers, backtick runs…), against ordinary Markdown of
 * the same size (our own export of a long draft, repeated).
 */
export function markdownBench(runs: number): BenchRow[] {
  const families = adversarialMarkdown();
  const size = families[0]!.text.length;
  const draft = docToMarkdown(longDraft().doc, { title: '长文稿' });
  const ordinary = draft.repeat(Math.ceil(size / draft.length)).slice(0, size);
  const base = timeRead(ordinary, runs);
  let slowest = { name: '', ms: 0 };
  for (const f of families) {
    const ms = timeRead(f.text, runs);
    if (ms > slowest.ms) slowest = { name: f.name, ms };
  }
  return [
    { figure: `markdown: read 1 MB of adversarial input (slowest of ${families.length}: ${slowest.name})`, value: slowest.ms, unit: 'ms', baseline: base, ratio: base / slowest.ms, target: '< 1000 ms', pass: slowest.ms < 1000 },
  ];
}
