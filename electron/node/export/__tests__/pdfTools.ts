import { spawnSync } from 'node:child_process';

/** Runs a command-line tool (poppler's pdfinfo/pdftotext/pdftoppm) and returns its output; a failure throws. */
export function runTool(cmd: string, args: string[]): string {
  const r = spawnSync(cmd, args, { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
}

/** The text layer of each page of a PDF, laid out as on the page (pdftotext -layout). */
export function pdfPageTexts(pdf: string): string[] {
  const pages = Number(/Pages:\s+(\d+)/.exec(runTool('pdfinfo', [pdf]))![1]);
  return Array.from({ length: pages }, (_, i) => runTool('pdftotext', ['-layout', '-f', String(i + 1), '-l', String(i + 1), pdf, '-']));
}
