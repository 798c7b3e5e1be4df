// Build 2 of 3: the content script. MV3 injects it as a classic script, so it must be one IIFE
// with no import or export, written into the dist of build 1.
import { defineConfig } from 'vite';
import { resolve } from 'node:path';
import { alias, root } from './vite.shared';
import { CONTENT_OWN_PROPS } from './vite.content-props';

export default defineConfig({
  resolve: { alias },
  publicDir: false,
  build: {
    outDir: resolve(root, 'dist'),
    emptyOutDir: false,
    target: 'es2022',
    minify: true,
    lib: {
      entry: resolve(root, 'src/content/main.ts'),
      formats: ['iife'],
      name: 'storysplitContent',
      fileName: () => 'content.js',
    },
    // topLevelVar off: top-level consts stay consts, so the minifier inlines the named numbers and drops them
    // (0.5 KB of the content script's budget); rolldown would otherwise turn them into vars it leaves alone.
    // The script's own property names are shortened too (see vite.content-props.ts).
    rolldownOptions: { output: { extend: false, topLevelVar: false, minify: { mangleProps: { include: new RegExp(`^(?:${CONTENT_OWN_PROPS.join('|')})$`) } } } },
  },
});
