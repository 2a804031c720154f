import { STARTUP_SNAPSHOT_ID, type StartupSnapshot } from '../../../../electron/shared/api/StartupSnapshot';

/** The first screen's data the browser host wrote into the page, or null (Electron, or none written). */
export function readStartupSnapshot(doc: Document): StartupSnapshot | null {
  const text = doc.getElementById(STARTUP_SNAPSHOT_ID)?.textContent;
  if (!text) return null;
  try {
    return JSON.parse(text) as StartupSnapshot;
  } catch {
    return null;
  }
}
