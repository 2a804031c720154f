import type http from 'node:http';
import { parseArgs } from 'node:util';
import { bindRememberedPort } from '../host/bindRememberedPort';
import { openAppWindow } from '../host/openAppWindow';
import { rememberedToken } from '../host/rememberedToken';
import { rendererDir } from '../paths/rendererDir';
import { userDataDir } from '../paths/userDataDir';
import { bindLoopback } from '../host/bindLoopback';
import { CLI_OPTIONS } from './cliOptions';
import type { CliIo } from './cliIo';

/** What `serve` has done before the app's services are loaded: listening, address printed, window opening. */
export interface EarlyServe {
  dataDir: string;
  rendererDir: string;
  server: http.Server;
  token: string;
}

/**
 * The first steps of `serve`, which need none of the services: bind the port (the remembered one, or
 * --port), print the address and open the window. The entry runs this before it loads the rest of
 * the CLI, so the browser (a few hundred milliseconds to its first request) starts while the
 * services load; its requests wait in the socket's backlog meanwhile. Null when the arguments are
 * not a `serve` this can start (anything else, bad options, no renderer built): runCli then runs
 * as it would and says why.
 */
export async function listenForServe(argv: string[], io: CliIo): Promise<EarlyServe | null> {
  let values;
  try {
    const parsed = parseArgs({ args: argv, allowPositionals: true, options: CLI_OPTIONS });
    if (parsed.positionals[0] !== 'serve' || parsed.values.help) return null;
    values = parsed.values;
  } catch {
    return null;
  }
  const renderer = rendererDir();
  if (!renderer) return null;
  const dataDir = userDataDir({ override: values['data-dir'] });
  // The token, like the port, is kept per data folder: a window open across a restart keeps working.
  const token = rememberedToken(dataDir);
  const server = values.port ? await bindLoopback(Number(values.port)) : await bindRememberedPort(dataDir);
  const url = `http://127.0.0.1:${(server.address() as { port: number }).port}/?token=${encodeURIComponent(token)}`;
  io.stdout(`浏览器版已启动 / browser host: ${url}\n`);
  if (values.open && !values['no-open'] && !openAppWindow(url, dataDir)) {
    io.stdout('未找到可用的 Chromium/Chrome 窗口，请在浏览器中打开上面的网址。\n');
  }
  return { dataDir, rendererDir: renderer, server, token };
}
