// Build 1 of 3: the popup (HTML entry) and the background worker (ES module).
// The content script needs a classic script, so it has its own build (vite.content.config.ts).
import { defineConfig, type Plugin } from 'vite';
import preact from '@preact/preset-vite';
import { copyFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { alias, root } from './vite.shared';

/** Copies the one shared manifest into dist, so dist/ is a loadable unpacked extension. */
function copyManifest(): Plugin {
  return {
    name: 'storysplit-copy-manifest',
    writeBundle() {
      copyFileSync(resolve(root, 'manifest.json'), resolve(root, 'dist/manifest.json'));
    },
  };
}

export default defineConfig({
  root: resolve(root, 'src/popup'),
  resolve: { alias },
  publicDir: resolve(root, 'public'),
  plugins: [preact({ devToolsEnabled: false, prefreshEnabled: false }), copyManifest()],
  build: {
    outDir: resolve(root, 'dist'),
    emptyOutDir: true,
    target: 'es2022',
    modulePreload: false,
    rolldownOptions: {
      input: {
        popup: resolve(root, 'src/popup/popup.html'),
        background: resolve(root, 'src/background/main.ts'),
      },
      output: {
        entryFileNames: (chunk) => (chunk.name === 'background' ? 'background.js' : 'assets/[name].js'),
        chunkFileNames: 'assets/[name].js',
        assetFileNames: 'assets/[name][extname]',
      },
    },
  },
});
