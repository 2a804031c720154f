import fs from 'node:fs';
import path from 'node:path';
import { formatTable, type BenchRow } from '../bench/formatTable';
import { checkBench } from './checkBench';
import { libraryBench } from './libraryBench';
import { searchBench } from '../bench/searchBench';

async function main(): Promise<void> {
  const quick = process.argv.includes('--quick');
  const root = process.cwd();
  const started = Date.now();
  const passagesArg = process.argv.find((a) => a.startsWith('--passages='));
  const passages = passagesArg ? Number(passagesArg.split('=')[1]) : quick ? 20_000 : 200_000;
  const rows: BenchRow[] = [...(await libraryBench(root, quick ? 3 : 5)), ...searchBench(root, { passages, perClass: quick ? 30 : 50, scanPerClass: quick ? 6 : 10 })];
  rows.push(...(await checkBench(root, passages, quick ? 10 : 30)));
  console.log(`\n千万工程写作助手 benchmark (${quick ? 'quick' : 'full'}), ${new Date().toISOString()}\n`);
  console.log(formatTable(rows));
  const out = path.join(root, 'bench-results', 'bench.json');
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, JSON.stringify({ mode: quick ? 'quick' : 'full', node: process.version, at: new Date().toISOString(), seconds: (Date.now() - started) / 1000, rows }, null, 2));
  console.log(`\nJSON: ${path.relative(root, out)}`);
  if (rows.some((r) => r.pass === false)) process.exitCode = 1;
}

void main();
