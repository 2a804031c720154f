import fs from 'node:fs';
import zlib from 'node:zlib';
import type { PlaceLookup } from '../../shared/text/detectLocalNames';

/**
 * The gazetteer file (buildGazetteer: sorted `stem\tbits` lines, gzipped) held as one string and the
 * offsets of its lines: 275,000 stems in about 3 MB, looked up by binary search, instead of a Map of
 * as many strings. Read on the first lookup, so start-up never pays for it.
 */
export class Gazetteer implements PlaceLookup {
  private text = '';
  private starts: Uint32Array | null = null;

  constructor(private readonly file: string) {}

  bits(stem: string): number {
    const starts = this.load();
    let lo = 0;
    let hi = starts.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const start = starts[mid]!;
      const tab = this.text.indexOf('\t', start);
      const key = this.text.slice(start, tab);
      if (key === stem) return Number(this.text.slice(tab + 1, this.lineEnd(tab)));
      if (key < stem) lo = mid + 1;
      else hi = mid - 1;
    }
    return 0;
  }

  private lineEnd(from: number): number {
    const end = this.text.indexOf('\n', from);
    return end === -1 ? this.text.length : end;
  }

  private load(): Uint32Array {
    if (this.starts) return this.starts;
    this.text = zlib.gunzipSync(fs.readFileSync(this.file)).toString('utf8');
    let lines = 1;
    for (let i = this.text.indexOf('\n'); i !== -1; i = this.text.indexOf('\n', i + 1)) lines++;
    const starts = new Uint32Array(lines);
    let n = 1;
    for (let i = this.text.indexOf('\n'); i !== -1; i = this.text.indexOf('\n', i + 1)) starts[n++] = i + 1;
    this.starts = starts;
    return starts;
  }
}
