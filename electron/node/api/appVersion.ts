declare const __APP_VERSION__: string | undefined;

/** The app's version, set by the build (scripts/build.mjs); tests and unbundled runs see a dev version. */
export function appVersion(): string {
  return typeof __APP_VERSION__ === 'string' ? __APP_VERSION__ : '0.0.0-dev';
}
