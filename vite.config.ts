// Build 1 of 3: the popup (HTML entry) and the background worker (ES module).
// The content script needs a classic script, so it has its own build (vite.content.config.ts).
import { defineConfig, type Plugin } from 'vite';
import preact from '@preact/preset-vite';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { alias, root } from './vite.shared';
import { manifestFor } from './scripts/lib/manifest';

/** Writes the one source manifest into dist with package.json's version, so dist/ is a loadable unpacked
 * extension for Chrome and Firefox alike. The store packages get their own manifests (scripts/package.ts). */
function writeManifest(): Plugin {
  return {
    name: 'storysplit-write-manifest',
    writeBundle() {
      const source = JSON.parse(readFileSync(resolve(root, 'manifest.json'), 'utf8'));
      const { version } = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8'));
      writeFileSync(resolve(root, 'dist/manifest.json'), JSON.stringify(manifestFor(source, version, 'dist'), null, 2) + '\n');
    },
  };
}

/** The popup bundles the English messages as its fallback; their `description`s are notes for translators, not
 * for users, so the bundled copy drops them (the _locales files the browser reads keep them). */
function messagesWithoutNotes(): Plugin {
  return {
    name: 'storysplit-messages-without-notes',
    enforce: 'pre',
    transform(code, id) {
      if (!/_locales[\\/][^\\/]+[\\/]messages\.json$/.test(id)) return null;
      const messages = JSON.parse(code) as Record<string, { message: string }>;
      return JSON.stringify(Object.fromEntries(Object.entries(messages).map(([k, v]) => [k, { message: v.message }])));
    },
  };
}

export default defineConfig({
  root: resolve(root, 'src/popup'),
  // One Preact: a second copy resolved from elsewhere renders nothing (its hooks read the other copy's component).
  resolve: { alias, dedupe: ['preact'] },
  publicDir: resolve(root, 'public'),
  plugins: [messagesWithoutNotes(), preact({ devToolsEnabled: false, prefreshEnabled: false }), writeManifest()],
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
