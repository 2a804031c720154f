import path from 'node:path';
import { runCli } from '../runCli';

/** Runs `qianwan` in-process with a data folder under `tmp`, collecting what it prints. */
export async function cliInTemp(tmp: string, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli([...args, '--data-dir', path.join(tmp, 'data')], { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) });
  return { code, stdout, stderr };
}
