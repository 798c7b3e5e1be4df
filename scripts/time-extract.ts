// Times the page extraction alone (linkedom, as in the CLI) over a JSONL of {"id","html"} pages:
// `npx tsx scripts/time-extract.ts pages.jsonl` prints the total and the slowest pages.
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { extractPage } from '../src/extract/extract';
import { attributeVisibility } from '../src/extract/visibility';

const pages = readFileSync(process.argv[2], 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { id: string; html: string });
const times: [number, string][] = [];
for (const p of pages) {
  const doc = parseHTML(p.html).document as unknown as Document;
  const t0 = performance.now();
  extractPage(doc, { visibility: attributeVisibility(doc) });
  times.push([performance.now() - t0, p.id]);
}
times.sort((a, b) => b[0] - a[0]);
console.log(`total ${times.reduce((n, t) => n + t[0], 0).toFixed(0)} ms over ${pages.length} pages`);
for (const [ms, id] of times.slice(0, 5)) console.log(`${ms.toFixed(0).padStart(6)} ms  ${id}`);
