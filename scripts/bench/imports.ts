// Which files a built entry loads: follow static imports through the chunks in dist/assets.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

const IMPORT_RE = /(?:import|export)\s*(?:[^'"]*?from\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g;

export function jsClosure(entry: string): string[] {
  const seen = new Set<string>();
  const stack = [entry];
  while (stack.length) {
    const f = stack.pop()!;
    if (seen.has(f) || !existsSync(f)) continue;
    seen.add(f);
    const code = readFileSync(f, 'utf8');
    for (const m of code.matchAll(IMPORT_RE)) stack.push(resolve(dirname(f), m[1]));
  }
  return [...seen];
}

/** The popup's scripts: every module script popup.html loads, with their imports. */
export function popupEntries(dist: string): string[] {
  const html = readFileSync(resolve(dist, 'popup.html'), 'utf8');
  return [...html.matchAll(/<script[^>]*src="([^"]+)"/g)].map((m) => resolve(dist, m[1].replace(/^\//, '')));
}
