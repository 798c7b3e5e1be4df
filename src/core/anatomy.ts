// PLACEHOLDER (issue 4 replaces the body): the anatomy of each found story.
import type { Block, Flag, Removal } from './types';

export interface StorySpan {
  start: number;
  end: number;
}

export interface AnatomyContext {
  /** The whole input text the spans index. */
  text: string;
  /** All story spans of the document, in order (for sibling cues such as teaser lengths). */
  spans: readonly StorySpan[];
  /** Block hints, when the input came from the page; blockStarts[i] is block i's offset in text. */
  blocks?: readonly Block[];
  blockStarts?: readonly number[];
  lang: string;
}

export interface Anatomy {
  paragraphs: string[];
  title: string;
  kicker: string | null;
  deck: string | null;
  headline: string | null;
  byline: string | null;
  dateline: string | null;
  clean_text: string;
  removed: Removal[];
  truncated_end: boolean;
  truncated_start: boolean;
  flags: Flag[];
  wordCount: number;
}

/** Describes every story of a document at once, so sibling cues (teaser lengths) can be used. */
export function describeStories(ctx: AnatomyContext): Anatomy[] {
  return ctx.spans.map((s) => {
    const raw = ctx.text.slice(s.start, s.end);
    const paragraphs = raw.split(/\n+/).map((p) => p.trim()).filter(Boolean);
    const trimmed = raw.trim();
    const cut = trimmed.length > 0 && !/[.!?"”’)]$/.test(trimmed);
    const flags: Flag[] = cut ? [{ name: 'cut_mid_sentence', reason: 'ends with no full stop' }] : [];
    return {
      paragraphs,
      title: trimmed.split(/\s+/).slice(0, 12).join(' '),
      kicker: null,
      deck: null,
      headline: null,
      byline: null,
      dateline: null,
      clean_text: paragraphs.join('\n\n'),
      removed: [],
      truncated_end: cut,
      truncated_start: false,
      flags,
      wordCount: trimmed ? trimmed.split(/\s+/).length : 0,
    };
  });
}
