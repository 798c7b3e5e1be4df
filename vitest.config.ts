import { defineConfig } from 'vitest/config';
import { resolve } from 'node:path';

const root = import.meta.dirname;
const alias = { '@core': resolve(root, 'src/core'), '@shared': resolve(root, 'src/shared') };

const preactJsx = { jsx: { runtime: 'automatic' as const, importSource: 'preact' } };

export default defineConfig({
  oxc: preactJsx,
  test: {
    projects: [
      {
        oxc: preactJsx,
        resolve: { alias },
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.{ts,tsx}'],
          environment: 'node',
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          fileParallelism: false,
          testTimeout: 90_000,
          hookTimeout: 90_000,
        },
      },
    ],
  },
});
