import type { EarlyServe } from './listenForServe';
import { runCli } from './runCli';

/**
 * The CLI bundle's entry, called by bin/qianwan.cjs with what `serve` has started already from the
 * small serve-start bundle (listening, window opening) while this one loaded. Sets the exit code.
 */
export function main(argv: string[], early: EarlyServe | null = null): Promise<void> {
  return runCli(argv, undefined, early).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      process.stderr.write(`错误：${err instanceof Error ? err.message : String(err)}\n`);
      process.exitCode = 1;
    },
  );
}
