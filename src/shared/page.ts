// What the content script hands to the worker: the page's story text as blocks.
import type { Block } from '@core/types';

export interface PageInfo {
  url: string;
  title: string;
  /** Host name without "www.", shown beside saved stories. */
  site: string;
  lang?: string;
}

export interface Extraction {
  page: PageInfo;
  blocks: Block[];
  /** The user had a selection, and only it was read. */
  fromSelection: boolean;
  /** Characters left out because the page exceeded the extraction cap. */
  omittedChars: number;
  /** The cheap detector's score that the page holds news prose, 0–1. */
  proseScore: number;
  /** Time spent in the page, for the benchmarks (in the browser: from the first slice to the last, yields included). */
  ms: number;
  /** In the browser the page is read in slices, yielding to the page between them: how many… */
  slices?: number;
  /** …and the longest, in ms: the longest the extraction kept the page waiting (issue 6: under 50 ms). */
  longestSliceMs?: number;
}

/** A span of the page to highlight, in block positions of the last extraction. */
export interface BlockSpan {
  from: { block: number; offset: number };
  to: { block: number; offset: number };
}
