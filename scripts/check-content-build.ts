// `npx tsx scripts/check-content-build.ts`: the built content script (dist/content.js, minified, its own property
// names shortened: vite.content-props.ts) run on linkedom against the source it was built from, on the shared page
// sets. For each page it answers an extract message and a highlight message as the worker sends them; the extraction
// and the highlighted range must be those of extractPage and rangeFor on the same page. A name the build shortens
// where the script reads it from an object not its own shows up here as a page that differs. Run `npm run build` first;
// CONTENT_JS=FILE checks another build.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { parseHTML } from 'linkedom';
import { extractPage } from '../src/extract/extract';
import { layoutVisibility } from '../src/extract/visibility';
import { rangeFor } from '../src/content/highlight';
import type { BlockSpan } from '../src/shared/page';
import { SHARED_DIR } from './lib/shared-data';

const script = readFileSync(process.env.CONTENT_JS ?? path.resolve(import.meta.dirname, '../dist/content.js'), 'utf8');
const jsonl = (f: string) => readFileSync(f, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { id: string; html: string });
const listing = path.join(SHARED_DIR, 'pages/listing');
const readability = path.join(SHARED_DIR, 'pages/readability');
const pages = [
  ...jsonl(path.join(SHARED_DIR, 'pages/fronts-de/fronts-dev.jsonl')),
  ...jsonl(path.join(SHARED_DIR, 'eval/pages-dev.jsonl')),
  ...(JSON.parse(readFileSync(path.join(listing, 'index.json'), 'utf8')) as { file: string }[]).map((e) => ({ id: e.file, html: readFileSync(path.join(listing, e.file), 'utf8') })),
  ...readdirSync(readability).filter((n) => existsSync(path.join(readability, n, 'source.html'))).map((n) => ({ id: n, html: readFileSync(path.join(readability, n, 'source.html'), 'utf8') })),
];

/** linkedom has no real Range: one that records where it starts and ends, and has a box to draw. */
function recordingRanges(doc: Document, log: unknown[]): void {
  doc.createRange = () => ({
    setStart(n: Text, o: number) { log.push(['start', n.data?.slice(0, 40), o]); (this as { startContainer?: Node }).startContainer = n; },
    setEnd(n: Text, o: number) { log.push(['end', n.data?.slice(0, 40), o]); },
    getClientRects: () => [{ left: 1, top: 2, width: 3, height: 4 }],
  }) as unknown as Range;
}

/** Timing fields differ from run to run. */
const untimed = (x: Record<string, unknown>) => { const { ms: _ms, slices: _s, longestSliceMs: _l, ...rest } = x; return rest; };
const spanOf = (n: number): BlockSpan => ({ from: { block: n >> 1, offset: 3 }, to: { block: (n >> 1) + 2, offset: 10 } });

async function built(html: string): Promise<{ extraction: unknown; range: unknown[] }> {
  const { document, Node } = parseHTML(html);
  const range: unknown[] = [];
  recordingRanges(document as unknown as Document, range);
  let listener: ((msg: unknown, sender: unknown, reply: (r: unknown) => void) => unknown) | null = null;
  // The globals the script uses: without URL, every link's host reads as none and the script reads cards otherwise.
  const ctx: Record<string, unknown> = {
    document, Node, URL, MessageChannel, performance, crypto, addEventListener() {}, removeEventListener() {},
    chrome: { runtime: { id: 'check', onMessage: { addListener(f: typeof listener) { listener = f; }, removeListener() {} } } },
  };
  ctx.globalThis = ctx;
  vm.runInNewContext(script, ctx);
  const ask = (type: string, payload: unknown) => new Promise<unknown>((reply) => { if (listener!({ to: 'content', type, payload }, {}, reply) !== true) reply(undefined); });
  const extraction = untimed((await ask('extract', {})) as Record<string, unknown>);
  const n = (extraction.blocks as unknown[]).length;
  await ask('highlight', { span: spanOf(n) });
  return { extraction, range };
}

function source(html: string): { extraction: unknown; range: unknown[] } {
  const { document } = parseHTML(html);
  const doc = document as unknown as Document;
  const range: unknown[] = [];
  recordingRanges(doc, range);
  const r = extractPage(doc, { visibility: layoutVisibility() });
  rangeFor(doc, r.sources, spanOf(r.extraction.blocks.length));
  return { extraction: untimed(r.extraction as unknown as Record<string, unknown>), range };
}

let differ = 0;
for (const p of pages) {
  const a = await built(p.html);
  const b = source(p.html);
  if (JSON.stringify(a) !== JSON.stringify(b)) {
    differ++;
    const ea = JSON.stringify(a.extraction), eb = JSON.stringify(b.extraction);
    let i = 0;
    while (i < ea.length && ea[i] === eb[i]) i++;
    console.log(`differs: ${p.id}${ea === eb ? ' (the highlighted range)' : `: …${ea.slice(Math.max(0, i - 60), i + 60)}… / …${eb.slice(Math.max(0, i - 60), i + 60)}…`}`);
  }
}
console.log(`${pages.length} pages, ${differ} where the built content script answers otherwise than its source`);
process.exitCode = differ ? 1 : 0;
