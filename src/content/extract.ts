// Extraction: the page (or the user's selection) as story blocks for the worker, with the way back to the
// page kept here. Written against standard DOM APIs with the document as a parameter, so the CLI runs the
// very same code on linkedom; only the Visibility passed in differs (see visibility.ts).
import type { Extraction, PageInfo } from '@shared/page';
import { markArticle } from './article';
import { detect, type Detection } from './detect';
import { checkCaptions, keepStoryBlocks } from './keep';
import type { Visibility } from './visibility';
import { walk, type RawBlock } from './walk';

/** About 2 MB of text: far more than any page of stories, small enough to message and segment. */
export const MAX_CHARS = 2_000_000;
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
    site = '';
  }
  const lang = doc.documentElement?.getAttribute('lang') || undefined;
  return { url, title: (doc.title || '').trim(), site, ...(lang ? { lang } : {}) };
}

export function extractPage(doc: Document, opts: ExtractOptions): PageExtraction {
  const now = opts.now ?? (() => Date.now());
  const t0 = now();
  const range = opts.range ?? null;
  const root = range ? (range.commonAncestorContainer.nodeType === 1 ? (range.commonAncestorContainer as Element) : range.commonAncestorContainer.parentElement) : doc.documentElement; // not doc.body: malformed pages can parse into several bodies
  const run = (skipBoilerplate: boolean) => {
    const w = root
      ? walk(root, { visibility: opts.visibility, range, skipBoilerplate, maxChars: opts.maxChars ?? MAX_CHARS, maxNodes: opts.maxNodes ?? MAX_NODES })
      : { blocks: [], omittedChars: 0, nodes: 0 };
    checkCaptions(w.blocks);
    return w;
  };
  let walked = run(!range);
  let detection = detect(walked.blocks);
  if (!range && detection.proseWords < RETRY_BELOW_PROSE_WORDS) {
    // Markup rules hid (nearly) all prose: a page named its story "modal" or "footer". Read it without them.
    const relaxed = run(false);
    const relaxedDetection = detect(relaxed.blocks);
    if (relaxedDetection.proseWords >= RETRY_GAIN * Math.max(1, detection.proseWords)) {
      walked = relaxed;
      detection = relaxedDetection;
    }
  }
  const sources = range ? walked.blocks : keepStoryBlocks(walked.blocks, detection);
  if (!range) markArticle(sources, detection);
  const extraction: Extraction = {
    page: pageInfo(doc),
    blocks: sources.map((s) => s.block),
    fromSelection: !!range,
    omittedChars: walked.omittedChars,
    proseScore: detection.score,
    ms: 0,
  };
  extraction.ms = Math.round((now() - t0) * 100) / 100;
  return { extraction, sources, detection };
}
