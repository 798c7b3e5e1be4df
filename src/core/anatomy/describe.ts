// The anatomy of each found story: head (kicker, deck, headline, dateline, byline), title, clean text,
// what was removed, and whether the story is whole. Wires the parts together; the rules live in their modules.
import type { Block, Flag, StoryAnatomy, StorySpan } from '../types';
import { CUT_MARKER, denoise, groupFlat, lineNoise, paragraphsOf, type Denoised } from './clean';
import { findHead, makeTitle, runInLine, squash, type Head } from './headline';
import { flatHeadlineScore, pageFloor, type RunInScore } from './flat-headline';
import { allLangData, guessLang, langData, LANGUAGES, primary, type LangData } from '../text/lang/anatomy/index';
import { markTeasers } from './teasers';
import { countWords } from '../text/words';
import { startCut, underFirstLine, type CutReason } from './truncation';
import { endCut } from '../text/ending';
import { decideStart } from './start-decision';
import { CLAUSE_MARK } from '../text/labels';
import { sourceLabels, withoutSourceLabel } from './source-labels';
import { lowerCase } from '../text/chars';


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

export type Anatomy = StoryAnatomy;

interface PageHints {
  captions: [number, number][];
  heading: string | null;
  /** A section's heading over the story's own (a stream's "Recommended for you" over its first teaser's linked title). */
  section: string | null;
}

/** Caption blocks inside the span, and the heading block that opens it, from the page's own markup. */
function pageHints(ctx: AnatomyContext, span: StorySpan): PageHints {
  const hints: PageHints = { captions: [], heading: null, section: null };
  const { blocks, blockStarts } = ctx;
  if (!blocks || !blockStarts) return hints;
  const raw = ctx.text.slice(span.start, span.end);
  const lead = span.start + raw.length - raw.trimStart().length;
  // Only the story's own blocks: found by binary search (block starts ascend), not by a walk over every block of
  // the page per story (160K list items, 4K stories: 23 s, issue 16).
  let lo = 0, hi = Math.min(blocks.length, blockStarts.length);
  while (lo < hi) { const mid = (lo + hi) >> 1; if (blockStarts[mid] + blocks[mid].text.length <= span.start) lo = mid + 1; else hi = mid; }
  let opening: { level: number; link: boolean } | null = null;
  let titleLevel = 0; // the level of the linked heading taken as the story's own under a section's
  for (let i = lo; i < blocks.length && i < blockStarts.length; i++) {
    const b = blocks[i];
    const s = blockStarts[i];
    const e = s + b.text.length;
    if (s >= span.end) break;
    if (e <= span.start) continue;
    if (b.isCaption) hints.captions.push([Math.max(0, s - span.start), Math.min(span.end, e) - span.start]);
    if (!b.text.trim()) continue;
    const level = headingLevel(b);
    if (level && s <= lead && e > lead) { hints.heading = b.text.trim(); opening = { level, link: !!b.isLink }; continue; }
    // The block right under the opening heading: a deeper heading that links (a teaser's title) makes that one the
    // story's headline and the opening heading its section's name. A page's h1 is its title, never a section's name
    // (an article may link its subtitle, "Live: follow the debate"); an article's deck under its title links nowhere;
    // and a story holding more titles of that rank (a weekly edition's articles) keeps the heading over them all.
    if (opening && !opening.link && opening.level > 1 && level > opening.level && b.isLink) { hints.section = hints.heading; hints.heading = b.text.trim(); titleLevel = level; }
    else if (titleLevel && level && level <= titleLevel) { hints.heading = hints.section; hints.section = null; titleLevel = 0; }
    opening = null;
  }
  return hints;
}

/** 1–6 for a heading block, else 0. */
const headingLevel = (b: Block): number => b.headingLevel || (/^h[1-6]$/.test(b.tag ?? '') ? Number(b.tag![1]) : 0);

/** A head read from the story's own heading on, placed under its section's heading: that one is the kicker. */
function underSection(head: Head, section: string, at: number): Head {
  return { ...head, kicker: squash(section), bodyStart: head.bodyStart + at };
}

/** Words of the clean text: runs holding a letter or a digit (so "...", "—" and the cut marker are no words). */
export const countStoryWords = (s: string): number => countWords(s, Infinity, true);

/** The first line of text at or after `from`, leading whitespace skipped. */
function firstLine(text: string, from: number): string {
  const m = /\S/g;
  m.lastIndex = from;
  const at = m.exec(text)?.index ?? text.length;
  const nl = text.indexOf('\n', at);
  return text.slice(at, nl < 0 ? text.length : nl);
}

/** The language a story is read in: the document's when we hold its data, else the story's own guess. */
const storyLang = (ctx: AnatomyContext, raw: string): string => (LANGUAGES.includes(primary(ctx.lang)) ? primary(ctx.lang) : guessLang(raw));

/** A story read and cleaned of noise, before its head is looked for. `runIn`: its run-in headline's score (runInScore). */
interface Prepared { span: StorySpan; lang: string; d: LangData; hints: PageHints; dn: Denoised; runIn: RunInScore | null; paragraph?: boolean }

function prepare(ctx: AnatomyContext, span: StorySpan): Prepared {
  const raw = ctx.text.slice(span.start, span.end);
  const lang = storyLang(ctx, raw);
  const hints = pageHints(ctx, span);
  const d = langData(lang);
  const dn = denoise(raw, allLangData(), hints.captions, lang);
  return { span, lang, d, hints, dn, runIn: runInScore(d, dn.text) };
}

/** The flat headline score of a story's run-in line, read once: for the page's vote and for the story's own head. */
function runInScore(d: LangData, text: string, paragraph = false): RunInScore | null {
  const line = d.code === 'und' ? null : runInLine(text, undefined, paragraph);
  return line ? flatHeadlineScore(line, d) : null;
}

/** On a page whose stories mostly run on in one line each (flat text), a story holding line breaks got them from its
 * own body (an aggregator's "Headline Description⏎Body"): its first line is read for a run-in headline too. */
function readFirstParagraphs(stories: Prepared[]): void {
  const multi = stories.filter((s) => runInLine(s.dn.text) === null);
  if (!multi.length || multi.length * 2 >= stories.length) return;
  for (const s of multi) {
    s.paragraph = true;
    s.runIn = runInScore(s.d, s.dn.text, true);
  }
}

/** The score a headline run into its body must beat on this page: the page's stories vote (flat-headline.ts). */
function runInFloor(stories: readonly Prepared[]): number {
  const zs: number[] = [];
  for (const { runIn } of stories) if (runIn) zs.push(runIn.z);
  return pageFloor(zs);
}

function describeOne(ctx: AnatomyContext, { span, lang, d, hints, dn, runIn, paragraph }: Prepared, floor: number, labels: ReadonlySet<string>): { anatomy: Anatomy; startSign: CutReason | null } {
  const lead = dn.text.length - dn.text.trimStart().length;
  // Under a section's heading the story's head is read from its own heading on; the section's name is its kicker.
  const sectionEnd = hints.section && dn.text.startsWith(hints.section, lead) ? lead + hints.section.length : -1;
  const headAt = sectionEnd > 0 ? dn.text.length - dn.text.slice(sectionEnd).trimStart().length : lead;
  const headingEnd = hints.heading && dn.text.startsWith(hints.heading, headAt) ? headAt + hints.heading.length : -1;
  const head = headAt > lead && headingEnd > 0 ? underSection(findHead(dn.text.slice(headAt), d, lang, headingEnd - headAt, floor, runIn, paragraph), hints.section!, headAt) : findHead(dn.text, d, lang, headingEnd, floor, runIn, paragraph);
  // A deck split that leaves furniture on the body's first line ("… minister Photo:") is no deck: it would not survive cleaning twice.
  // Nor is a title line that is furniture itself ("Read more …" split off a flat line): cleaning again would drop it.
  if ((head.deck && lineNoise(firstLine(dn.text, head.bodyStart), allLangData())) || (head.titleLine && headingEnd < 0 && lineNoise(head.titleLine, allLangData()))) {
    head.deck = null;
    head.headline = null;
    head.titleLine = null;
    head.bodyStart = lead;
  }
  const body = dn.text.slice(head.bodyStart);
  const paras = groupFlat(paragraphsOf(body), lang);
  if (dn.tail === 'ellipsis' && paras.length) paras[paras.length - 1] += ` ${CUT_MARKER}`;
  const clean = [...(head.titleLine ? [head.titleLine] : []), ...paras].join('\n\n');

  const flags: Flag[] = [];
  // A headline standing alone (one short line, no sentence mark) has no text that could be cut short.
  // A source's name set under the story is read past: the story ends on the line above it.
  const ending = withoutSourceLabel(dn.text, labels);
  const end = headlineAlone(ending, d) && !dn.tail ? null : endReason(ending, dn.tail, lang);
  if (end) flags.push({ name: 'cut_mid_sentence', code: end.code, params: end.params });
  // Under a headline run into its body (a guess in flat text) the body's start is not read on its own: the text is.
  const headed = head.titleLine && !head.runIn;
  const startSign = startCut(dn.text, lang) ?? (headed ? (body.trim() ? underHeadline(startCut(body, lang)) : null) : underFirstLine(dn.text));
  const start = decideStart(startSign, { first: span === ctx.spans[0] });
  if (start) flags.push({ name: 'starts_mid_sentence', code: start.code, params: start.params });

  const anatomy: Anatomy = {
    title: makeTitle(head, body, lang),
    kicker: head.kicker,
    deck: head.deck,
    headline: head.headline,
    byline: head.byline,
    dateline: head.dateline,
    clean_text: clean,
    removed: dn.removed,
    truncated_end: !!end,
    truncated_start: !!start,
    flags,
    wordCount: countStoryWords(clean),
  };
  return { anatomy, startSign };
}

/** A story this short on one line, with no sentence mark, is a headline alone ("Harbour bridge to close"), unless it
 * stops on a function word ("The council said the bridge would close on"). */
const HEADLINE_ALONE_MAX_WORDS = 8;
/** …and characters: a language written without spaces has one "word" a line. */
const HEADLINE_ALONE_MAX_CHARS = 80;
const headlineAlone = (text: string, d: LangData): boolean => {
  const t = text.trim();
  if (!t || t.length > HEADLINE_ALONE_MAX_CHARS || t.includes('\n') || CLAUSE_MARK.test(t)) return false;
  const words = t.split(/\s+/);
  return words.length <= HEADLINE_ALONE_MAX_WORDS && !d.dangling.has(lowerCase(words[words.length - 1]));
};

/** A start reason about the text under the headline: its code gets `_body`, so the wording names that text. */
const underHeadline = (r: CutReason | null): CutReason | null => (r ? { ...r, code: `${r.code}_body` } : null);

/** Codes: an end code from truncation.ts, `end_read_more`, or an end code + `_read_more` (its reason, then the link). */
function endReason(text: string, tail: 'ellipsis' | 'read_more' | null, lang: string): CutReason | null {
  if (tail === 'ellipsis') return { code: 'end_ellipsis', params: [] };
  const r = endCut(text, lang);
  if (tail === 'read_more') return r ? { code: `${r.code}_read_more`, params: r.params } : { code: 'end_read_more', params: [] };
  return r;
}

/** Describes every story of a document at once, so sibling cues (teaser lengths) can be used. */
export function describeStories(ctx: AnatomyContext): Anatomy[] {
  return describeWithSigns(ctx).anatomies;
}

/** describeStories, with the start sign each story showed before the start model weighed it (for fitting that model). */
export function describeWithSigns(ctx: AnatomyContext): { anatomies: Anatomy[]; startSigns: (CutReason | null)[] } {
  const stories = ctx.spans.map((s) => prepare(ctx, s));
  readFirstParagraphs(stories);
  const floor = runInFloor(stories);
  const labels = sourceLabels(stories.map((s) => s.dn.text));
  const done = stories.map((s) => describeOne(ctx, s, floor, labels));
  const anatomies = done.map((d) => d.anatomy);
  markTeasers(anatomies);
  return { anatomies, startSigns: done.map((d) => d.startSign) };
}
