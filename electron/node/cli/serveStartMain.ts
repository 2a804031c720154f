// The serve-start bundle (dist/serve-start.cjs): only what `serve` needs before the services load, so
// the host listens and the window starts about as soon as Node itself has started.
export { processIo } from './cliIo';
export { listenForServe } from './listenForServe';
