/** The Chromium the benchmarks drive (Debian's, or QIANWAN_CHROMIUM). */
export const CHROMIUM = process.env.QIANWAN_CHROMIUM ?? '/usr/bin/chromium';

// Frames on demand instead of at a 60 Hz beat: "key → next painted frame" then measures the app's
// work and rendering, not where in the display's refresh the key happened to fall (up to 16.7 ms).
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-gpu-vsync', '--disable-frame-rate-limit'];
