// Export files (Markdown and JSON) and the download. Parsing of imports is shared with the worker
// in src/shared/saved.ts (parseImport), which the worker runs again: never trust the file.
import { parseImport, toExport, type SavedStory } from '@shared/saved';
import { t } from './i18n';
import { savedToMarkdown } from './markdown';

export type ExportFormat = 'markdown' | 'json';

export interface ExportFile {
  name: string;
  mime: string;
  text: string;
}

export function exportFile(stories: SavedStory[], format: ExportFormat, now = new Date()): ExportFile {
  const stamp = now.toISOString().slice(0, 10);
  if (format === 'json') {
    return { name: `storysplit-${stamp}.json`, mime: 'application/json', text: `${JSON.stringify(toExport(stories, now), null, 2)}\n` };
  }
  return {
    name: `storysplit-${stamp}.md`,
    mime: 'text/markdown',
    text: savedToMarkdown(stories, { source: t('mdSource'), saved: t('mdSaved') }),
  };
}

/** A quick check in the popup, so a wrong file gets an answer before any message is sent. */
export function checkImport(json: string): { ok: true; count: number } | { ok: false; error: string } {
  const p = parseImport(json);
  return p.ok ? { ok: true, count: p.stories.length } : p;
}

/** An import is sent to the worker in messages of at most this many characters: Chrome refuses a message over
 * 64 MiB (a 70 MB file failed with a raw sendMessage error), and storage.local holds 10 MB in all. */
export const IMPORT_BATCH_CHARS = 4 * 1024 * 1024;

/** The import as messages the worker takes: the file itself when small, else its stories in batches (bare arrays). */
export function importBatches(json: string, max = IMPORT_BATCH_CHARS): string[] {
  if (json.length <= max) return [json];
  const p = parseImport(json);
  if (!p.ok) return [json];
  const batches: string[] = [];
  let cur: string[] = [], size = 2;
  for (const s of p.stories) {
    const one = JSON.stringify(s);
    if (cur.length && size + one.length + 1 > max) { batches.push(`[${cur.join(',')}]`); cur = []; size = 2; }
    cur.push(one);
    size += one.length + 1;
  }
  if (cur.length || !batches.length) batches.push(`[${cur.join(',')}]`);
  return batches;
}

/** How long the Blob URL outlives the click: the browser reads it asynchronously, so revoking at once can cancel the download. */
const REVOKE_AFTER_MS = 10_000;

/** Downloads through a Blob and <a download>: no downloads permission needed. */
export function download(file: ExportFile, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([file.text], { type: `${file.mime};charset=utf-8` }));
  const a = doc.createElement('a');
  a.href = url;
  a.download = file.name;
  a.rel = 'noopener';
  doc.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}
