// Lines a text repeats word for word that belong to the feed, not to a story: a wire's copyright line under every
// story, or a source's name set under every teaser ("Harbour Daily") with which the text also ends. Their words say
// nothing about which story a sentence is in. Read by line: in a flat text (one line, or read as one) the repeats stay
// words, a known limit. Other repeated lines stay words: a listicle's "Price range" and "Why we like it" under each
// item hold its items together (and a listicle does not end on such a line alone).
import { labelShaped } from '../text/labels';
import { lastLine } from '../text/lines';
import { singleSpaced } from '../text/spaces';
import type { Tokens } from '../text/tokenize';
import { opensEndMatter } from './end-matter';

/** End matter of fewer words ("All rights reserved" alone) is left to the end-matter cue. */
const MIN_WORDS = 3;
/** Longer lines are paragraphs, compared for nothing here. */
const MAX_CHARS = 300;

/** 1 for each token inside end matter of MIN_WORDS or more, or inside the label line the text ends on, where that
 * line appears at least twice in the text; else 0. */
export function repeatedLineTokens(text: string, tokens: Tokens): Uint8Array {
  const out = new Uint8Array(tokens.count);
  const seen = new Map<string, number>();
  const spans: [number, number, string][] = [];
  const last = lastLine(text);
  const label = last && labelShaped(last.line) ? last.line : '';
  let from = 0;
  while (from <= text.length) {
    let nl = text.indexOf('\n', from);
    if (nl < 0) nl = text.length;
    if (nl - from <= MAX_CHARS) {
      const line = singleSpaced(text.slice(from, nl).trim());
      if (line && (line === label || (line.split(' ').length >= MIN_WORDS && opensEndMatter(line, 0)))) {
        seen.set(line, (seen.get(line) ?? 0) + 1);
        spans.push([from, nl, line]);
      }
    }
    from = nl + 1;
  }
  if (spans.length === seen.size) return out; // no line repeats: the usual case
  let t = 0;
  for (const [a, b, line] of spans) {
    if (seen.get(line)! < 2) continue;
    while (t < tokens.count && tokens.start[t] < a) t++;
    for (let k = t; k < tokens.count && tokens.start[k] < b; k++) out[k] = 1;
  }
  return out;
}
