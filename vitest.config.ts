import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['app/src/**/__tests__/**/*.test.{ts,tsx}', 'electron/**/__tests__/**/*.test.ts', 'scripts/**/__tests__/**/*.test.ts'],
    // Editor tests opt into a DOM with `// @vitest-environment happy-dom`; everything else is plain Node.
    environment: 'node',
    testTimeout: 30_000,
    pool: 'forks',
  },
});
