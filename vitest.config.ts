import { defineConfig } from 'vitest/config';
import { alias } from './vite.shared';

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
