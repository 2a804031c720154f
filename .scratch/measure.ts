import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createServices } from '../electron/node/api/createServices';
import { readCorpusDir } from '../electron/node/library/buildLibrary';
import { runImport } from '../electron/node/library/import/runImport';
import { buildSearchIndex } from '../electron/node/library/search/buildSearchIndex';

async function main() {
  const root = process.cwd();
  const seeds = readCorpusDir(path.join(root, 'resources/corpus')).map((f) => new TextDecoder().decode(f.bytes));
  const places = ['海淀', '东沙镇', '红坪镇', '余村', '安吉', '德清', '瑞安', '曹村镇'];
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'qw-m-'));
  const services = createServices({ dataDir: path.join(tmp, 'data'), libraryFile: path.join(root, 'resources/library.db') });
  let total = 0;
  const t0 = performance.now();
  for (let i = 0; i < Number(process.argv[2] ?? 10); i++) {
    let text = '';
    for (let round = 0; Buffer.byteLength(text) < 1024 * 1024; round++) {
      for (const seed of seeds) text += `${seed.replaceAll('千万工程', `千万工程（第${i}-${round}稿）`).replaceAll(places[round % places.length]!, places[(round + 3) % places.length]!)}\n`;
    }
    const f = { fileName: `f${i}.txt`, bytes: Buffer.from(text) };
    total += f.bytes.length;
    const t1 = performance.now();
    const { build } = await runImport([f], () => undefined);
    const t2 = performance.now();
    services.ownSources.commit(build, [{ index: 0, title: `f${i}`, site: null, date: null, url: null }]);
    console.log(`file ${i}: pipeline ${(t2 - t1).toFixed(0)} ms, commit ${(performance.now() - t2).toFixed(0)} ms, passages ${build.passages.length}`);
  }
  console.log('total', total, (performance.now() - t0).toFixed(0));
  const n = (services.userDb.prepare('SELECT count(*) n FROM passages').get() as { n: number }).n;
  const t3 = performance.now();
  buildSearchIndex(services.userDb);
  console.log('index of', n, (performance.now() - t3).toFixed(0), 'ms');
  console.log('db size', fs.statSync(path.join(tmp, 'data/user.db')).size);
  services.close();
  fs.rmSync(tmp, { recursive: true, force: true });
}
void main();
