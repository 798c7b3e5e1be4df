// The data shapes of the engine. Everything the extension, the CLI and the evaluation exchange.

/** Where a block sits on the page, as far as the content script could tell. */
export type Region = 'article' | 'main' | 'aside' | 'nav' | 'header' | 'footer' | 'other';

/** A story's place in the input: [start, end) in UTF-16 code units. */
export interface StorySpan {
  start: number;
  end: number;
}

/** A paragraph-like unit of text, with optional hints from the page. */
export interface Block {
  text: string;
  /** Lower-case tag name of the element: p, h2, li, figcaption, div, td… */
  tag?: string;
  /** 1–6 for headings (h1–h6 or role=heading with aria-level). */
  headingLevel?: number;
  /** Container path from the region root down, e.g. "main/section.teasers/article[3]". Blocks of one card share a prefix. */
  path?: string;
  /** Share of the block's characters inside links, 0–1. */
  linkDensity?: number;
  /** The whole block is one link (a teaser headline, say). */
  isLink?: boolean;
  /** A figure caption or photo credit. */
  isCaption?: boolean;
  region?: Region;
  /** BCP 47 language from the nearest lang attribute. */
  lang?: string;
  /**
   * The content script's call that the block belongs to one story: the page's one main article (title and
   * body), or one teaser card of a listing page. Blocks with the same number are one story, so no story starts
   * between them or inside them.
   */
  article?: number;
  /** The content script's call that a story starts at this block (a teaser card's first block, or the first after a card). */
  startsStory?: boolean;
}

export type SegmentInput = string | { blocks: Block[]; lang?: string };

export interface SegmentOptions {
  /** BCP 47 language hint; detected when absent. */
  lang?: string;
}

/** A position inside block input: the block index and a JS string offset inside that block's text. */
export interface BlockPosition {
  block: number;
  offset: number;
}

export type FlagName = 'cut_mid_sentence' | 'starts_mid_sentence' | 'likely_teaser';

export interface Flag {
  name: FlagName;
  /** Stable reason code (end_no_stop, start_continuer, teaser_many …): anatomy/flag-wording.ts words it in English, and
   * the popup shows message `flagReason_<code>` in the user's language. The engine always sets it. */
  code?: string;
  /** What fills that message's $1, $2 … (quoted words, counts), in order. */
  params?: string[];
  /** Plain English words: only on stories saved by versions that sent no code. */
  reason?: string;
}

export interface Removal {
  text: string;
  /** caption | photo_credit | read_more | advertisement | share | ellipsis … */
  reason: string;
}

/** What a story is made of, once its span is known (src/core/anatomy/describe.ts fills it in). */
export interface StoryAnatomy {
  title: string;
  kicker: string | null;
  deck: string | null;
  headline: string | null;
  byline: string | null;
  dateline: string | null;
  /** What Copy puts on the clipboard. */
  clean_text: string;
  removed: Removal[];
  truncated_end: boolean;
  truncated_start: boolean;
  flags: Flag[];
  wordCount: number;
}

export interface Story extends StoryAnatomy {
  /** JS string offsets into the input text (end exclusive). For block input, into `blocksToText(blocks).text`. */
  start: number;
  end: number;
  /** Block input only: the same span as block positions. */
  startPos?: BlockPosition;
  endPos?: BlockPosition;
  /** The raw slice of the input: input.slice(start, end). */
  text: string;
  /** 0–1: how sure the engine is of this story's start boundary (1 for the first story). */
  confidence: number;
}

export interface SegmentResult {
  stories: Story[];
  /** Why no story was found, when `stories` is empty (empty input, no prose…). */
  reason?: string;
  lang: string;
  /** Spans that held only page furniture ("Read more", "Photo: EPA", an ad label): no story, but accounted for. */
  leftOut?: LeftOut[];
}

export interface LeftOut {
  start: number;
  end: number;
  /** The removal reasons of what the span held (read_more, photo_credit…). */
  reasons: string[];
}
