// What the page says about story starts, added to the text's own log-odds at each candidate: block priors
// (hints.ts) at block starts, furniture kept inside stories, no start inside a main-article or <pre> block,
// and no start inside a paragraph of a paragraphed page on word statistics alone.
import type { Candidate } from './candidates';
import { blockPriors } from '../text/hints';
import type { Block } from '../types';

/** A block the page marks as furniture inside a story (caption, credit) can't have a story start at either side. */
const ATTACHED_BLOCK_PENALTY = -8;
/** Inside a block of the page's main article (Block.article) or a <pre> listing: the page says one text here (see hints.ts). */
const ONE_BLOCK_INSIDE = -20;
/** Candidates inside a line of running text (not a line break inside the block, not a glued join). */
const IN_LINE = new Set<Candidate['kind']>(['sentence', 'cap']);

/** Adds `value` to candidate i's log-odds under a term name (find.ts's ledger). */
export type AddTerm = (i: number, name: string, value: number) => void;

/** What the text's own scoring says at the candidates, for the in-paragraph rule. */
export interface TextEvidence {
  /** The page's text comes in paragraphs (terms.ts `paragraphed`): its blocks are the page's own paragraph breaks. */
  paragraphed: boolean;
  /** The log-odds candidate i owes to word statistics alone (topic shifts, cohesion, names). */
  lexical: (i: number) => number;
}

/**
 * Adds what the page structure says about each block start to the candidate there. Where the page sets its
 * text in paragraphs, a story start inside one (a sentence end, a capital) needs evidence of the text's shape
 * (a dateline, a headline run, a teaser's end): topic drift inside a paragraph is the writer's, not a new story
 * (a novella's paragraphs drift from scene to scene). The lexical part is taken back there, never added.
 * Returns where the page opens a block that leans to a story start (find.ts: shared words don't undo those).
 */
export function pagePriors(cands: Candidate[], add: AddTerm, page: { blocks: readonly Block[]; starts: readonly number[] }, text?: TextEvidence): Uint8Array {
  /** 1 at a candidate where the page starts a block that leans to opening a story. */
  const opens = new Uint8Array(cands.length);
  const priors = blockPriors(page.blocks);
  const byStart = new Map(cands.map((c, i) => [c.start, i]));
  // Candidates inside a main-article or <pre> block: both pointers move forward only, so this is linear.
  let k = 0;
  page.starts.forEach((start, b) => {
    const end = start + page.blocks[b].text.length;
    const whole = page.blocks[b].article !== undefined || page.blocks[b].tag === 'pre';
    while (k < cands.length && cands[k].start <= start) k++;
    for (; k < cands.length && cands[k].start < end; k++) {
      if (whole) add(k, 'page: inside one article block', ONE_BLOCK_INSIDE);
      else if (text?.paragraphed && IN_LINE.has(cands[k].kind)) {
        const lexical = text.lexical(k);
        if (lexical > 0) add(k, 'page: topic alone inside a paragraph', -lexical);
      }
    }
  });
  page.starts.forEach((start, b) => {
    const p = priors[b];
    if (!p) return;
    const here = byStart.get(start);
    if (here !== undefined && b > 0) {
      add(here, 'page: block start', p.startLogOdds);
      if (p.startLogOdds > 0) opens[here] = 1;
    }
    if (p.attach) {
      if (here !== undefined) add(here, 'page: furniture block', ATTACHED_BLOCK_PENALTY);
      const next = page.starts[b + 1] !== undefined ? byStart.get(page.starts[b + 1]) : undefined;
      if (next !== undefined) add(next, 'page: after furniture block', ATTACHED_BLOCK_PENALTY);
    }
  });
  return opens;
}
