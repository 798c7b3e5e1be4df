// Extraction: the page (or the user's selection) as story blocks for the worker, with the way back to the
// page kept here. Written against standard DOM APIs with the document as a parameter, so the CLI runs the
// very same code on linkedom; only the Visibility passed in differs (see visibility.ts).
import type { Extraction, PageInfo, Teaser } from '@shared/page';
import type { ArticleDoc } from './article';
import { detect, isProse, type Detection } from './detect';
import { checkCaptions } from './keep';
import { readPage } from './page-kind';
import { splitArticleLines } from './split-lines';
import type { Visibility } from './visibility';
import { startWalk, type RawBlock, type WalkResult } from './walk';
import { attr } from './tree';

/** About 1 MB of text: far more than any page of stories (an article is ~30 KB, a big front page ~300 KB),
 * and small enough that handing it to the worker in one message doesn't stall the page. */
export const MAX_CHARS = 1_000_000;
/** Nodes visited before giving up: bounds time on pathological pages (huge tables, infinite feeds). */
export const MAX_NODES = 400_000;

/** With less prose than this, the markup rules may have hidden the story: try once without them. */
const RETRY_BELOW_PROSE_WORDS = 60;
/** The relaxed read wins when it finds this many times more prose. */
const RETRY_GAIN = 3;

export interface ExtractOptions {
  visibility: Visibility;
  /** Extract only this range (a selection); boilerplate rules are off, the user chose the text. */
  range?: Range | null;
  maxChars?: number;
  maxNodes?: number;
  now?: () => number;
}

export interface PageExtraction {
  extraction: Extraction;
  /** sources[i] is how block i maps back to the page (elements and text nodes): never sent anywhere. */
  sources: RawBlock[];
  detection: Detection;
}

export function pageInfo(doc: Document): PageInfo {
  const url = doc.URL || doc.location?.href || '';
  let site = '';
  try {
    site = new URL(url).hostname.replace(/^www\./, '');
  } catch {
    // no address of the web: no site
  }
  const lang = attr(doc.documentElement, 'lang') || undefined;
  return { url, title: (doc.title || '').trim(), site, ...(lang ? { lang } : {}) };
}

/** JSON-LD types of a single article (schema.org Article and its kinds). */
const LD_ARTICLE = /"@type"\s*:\s*\[?\s*"(?:\w*Article|BlogPosting|Report)"/;

/**
 * What the document says of itself: og:title or <title>, and whether og:type or JSON-LD in the head, or
 * microdata around the first paragraph, call it an article. Only the small <head> is searched: a query
 * over a 20 MB body would cost a slice of its own.
 */
function articleDoc(doc: Document, blocks: readonly RawBlock[]): ArticleDoc {
  const head = doc.head;
  const meta = (p: string) => attr(head?.querySelector(`meta[property="${p}"]`), 'content') ?? '';
  const isArticle = meta('og:type') === 'article' || !!blocks.find(isProse)?.el.closest('[itemprop="articleBody"]') ||
    [...(head?.querySelectorAll('script[type="application/ld+json"]') ?? [])].some((s) => LD_ARTICLE.test(s.textContent ?? ''));
  return { title: meta('og:title') || doc.title || '', isArticle };
}

/**
 * The extraction as steps: it yields whenever its time slice (`sliceMs`, from the last resume) is used up,
 * so a driver can hand the event loop back to the page in between. Same logic whether or not it yields.
 */
function* extractSteps(doc: Document, opts: ExtractOptions, sliceMs: number): Generator<void, PageExtraction, void> {
  const now = opts.now ?? (() => Date.now());
  const t0 = now();
  let deadline = t0 + sliceMs;
  const range = opts.range ?? null;
  const common = range?.commonAncestorContainer;
  const root = common ? (common.nodeType === 1 ? (common as Element) : common.parentElement) : doc.documentElement; // not doc.body: malformed pages can parse into several bodies
  function* run(skipBoilerplate: boolean): Generator<void, WalkResult, void> {
    if (!root) return { blocks: [], omittedChars: 0, nodes: 0 };
    const w = startWalk(root, { visibility: opts.visibility, range, skipBoilerplate, maxChars: opts.maxChars ?? MAX_CHARS, maxNodes: opts.maxNodes ?? MAX_NODES });
    while (!w.step(deadline, now)) {
      yield;
      deadline = now() + sliceMs;
    }
    yield* pause();
    checkCaptions(w.result().blocks);
    return w.result();
  }
  /** Between two phases: yields when the slice is used up (each phase is linear in the blocks). */
  function* pause(): Generator<void, void, void> {
    if (now() < deadline) return;
    yield;
    deadline = now() + sliceMs;
  }
  let walked = yield* run(!range);
  let detection = detect(walked.blocks);
  yield* pause();
  if (!range && detection.proseWords < RETRY_BELOW_PROSE_WORDS) {
    // Markup rules hid (nearly) all prose: a page named its story "modal" or "footer". Read it without them.
    const relaxed = yield* run(false);
    const relaxedDetection = detect(relaxed.blocks);
    if (relaxedDetection.proseWords >= RETRY_GAIN * Math.max(1, detection.proseWords)) {
      walked = relaxed;
      detection = relaxedDetection;
    }
  }
  yield* pause();
  let sources = walked.blocks;
  let teasers: Teaser[] = [];
  if (!range) {
    const read = yield* readPage(walked.blocks, (blocks) => articleDoc(doc, blocks), detection, doc.baseURI || doc.URL || '', pause); // baseURI: the page's <base href>, else its address
    sources = read.blocks;
    teasers = read.teasers;
  }
  yield* pause();
  sources = splitArticleLines(sources);
  const extraction: Extraction = {
    page: pageInfo(doc),
    blocks: sources.map((s) => s.block),
    ...(teasers.length ? { teasers } : {}),
    fromSelection: !!range,
    omittedChars: walked.omittedChars,
    proseScore: detection.score,
    ms: Math.round((now() - t0) * 100) / 100,
  };
  return { extraction, sources, detection };
}

/** The whole extraction in one synchronous run (the CLI, tests, benchmarks). */
export function extractPage(doc: Document, opts: ExtractOptions): PageExtraction {
  const steps = extractSteps(doc, opts, Infinity);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/** Gives the event loop back to the page between two slices. */
export type YieldFn = () => Promise<void>;

/**
 * The extraction in slices of `sliceMs`, yielding to the page in between (the browser). The extraction
 * reports its slices and the longest one: the longest time the page was kept waiting. It needs a clock (`opts.now`).
 */
export async function extractPageSliced(doc: Document, opts: ExtractOptions & { now: () => number }, sliceMs: number, yieldFn: YieldFn): Promise<PageExtraction> {
  const now = opts.now;
  const steps = extractSteps(doc, opts, sliceMs);
  let slices = 0;
  let longest = 0;
  for (;;) {
    const t = now();
    const r = steps.next();
    slices++;
    longest = Math.max(longest, now() - t);
    if (r.done) {
      r.value.extraction.slices = slices;
      r.value.extraction.longestSliceMs = Math.round(longest * 100) / 100;
      return r.value;
    }
    await yieldFn();
  }
}
