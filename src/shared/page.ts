// What the content script hands to the worker: the page's story text as blocks.
import type { Block, Story } from '@core/types';

export interface PageInfo {
  url: string;
  title: string;
  /** Host name without "www.", shown beside saved stories. */
  site: string;
  lang?: string;
}

/**
 * What a teaser card says besides its text, read from its markup by src/extract: these are fields, never the
 * title (when a headline exists), never body text, and never the "last sentence" the cut flag reads.
 */
export interface TeaserFields {
  /** The card's headline, whole (the popup shortens it on screen only). */
  headline: string;
  /** The story's own page, absolute when the page's address allows. */
  url?: string;
  kicker?: string;
  /** The section label the card sits under ("Politik", "World"). */
  section?: string;
  byline?: string;
  time?: string;
  reading_time?: string;
  /** The card's paywall mark ("Plus", "Z+"), as the page words it. */
  paywall?: string;
  /** The card holds a headline and no text: one line of a ticker or a "more headlines" list. */
  headline_only?: boolean;
  /** A run of headline-only cards is one list (a ticker, "More headlines"): its lines, each with its link. */
  items?: HeadlineItem[];
}

/** One line of a headline list. */
export interface HeadlineItem {
  headline: string;
  url?: string;
  kicker?: string;
  time?: string;
}

/** A teaser card of the extraction: its blocks carry `article === id`. */
export interface Teaser extends TeaserFields {
  id: number;
}

/** A story as the popup and the CLI list it: the engine's story, plus its card's fields on a listing page. */
export type PageStory = Story & Partial<Omit<TeaserFields, 'headline' | 'kicker' | 'byline'>>;

/** The fields the popup shows of a story, and the block span that "Show in page" highlights. */
const VIEW_FIELDS = [
  'title', 'kicker', 'deck', 'headline', 'byline', 'clean_text', 'removed', 'flags', 'wordCount', 'startPos', 'endPos',
  'url', 'section', 'time', 'reading_time', 'paywall', 'headline_only', 'items',
] as const;

/** What the worker sends and caches for the popup: no raw text, offsets or scores, which it never reads. */
export type StoryView = Pick<PageStory, (typeof VIEW_FIELDS)[number]>;

export function toStoryView(s: PageStory): StoryView {
  const view: Record<string, unknown> = {};
  for (const k of VIEW_FIELDS) if (s[k] !== undefined) view[k] = s[k];
  return view as StoryView;
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
  /** The teaser cards of a listing page (none on an article page). */
  teasers?: Teaser[];
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
