// Build 3 of 3: the `storysplit` command line, a Node ES module over core, at dist/storysplit.mjs.
// Dependencies (linkedom) stay external and resolve from node_modules.
import { defineConfig } from 'vite';
import { resolve } from 'node:path';
import { alias, root } from './vite.shared';

export default defineConfig({
  resolve: { alias },
  publicDir: false,
  build: {
    outDir: resolve(root, 'dist'),
    emptyOutDir: false,
    target: 'node20',
    minify: false,
    ssr: resolve(root, 'src/cli/storysplit.ts'),
    rolldownOptions: {
      output: { entryFileNames: 'storysplit.mjs', chunkFileNames: 'cli/[name].mjs', banner: (chunk) => (chunk.isEntry ? '#!/usr/bin/env node' : '') },
    },
  },
});
