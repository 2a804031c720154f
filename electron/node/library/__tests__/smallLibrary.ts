import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createServices, type Services } from '../../api/createServices';
import { buildLibrary } from '../buildLibrary';

const corpus = path.resolve(__dirname, '..', '..', '..', '..', 'resources', 'corpus');

export interface SmallLibrary {
  dir: string;
  services: Services;
  close(): void;
}

/** The app's services in a fresh temporary folder, over a shipped library built from one seed file. */
export async function openSmallLibrary(seedFile: string, prefix: string): Promise<SmallLibrary> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const shipped = path.join(dir, 'shipped');
  fs.mkdirSync(shipped);
  fs.copyFileSync(path.join(corpus, seedFile), path.join(shipped, seedFile));
  await buildLibrary(shipped, path.join(dir, 'library.db'));
  const services = createServices({ dataDir: path.join(dir, 'data'), libraryFile: path.join(dir, 'library.db') });
  return {
    dir,
    services,
    close() {
      services.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
