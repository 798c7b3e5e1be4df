// How stories look on the command line: the JSONL contract and the readable listing.
import type { Flag, LeftOut, Story } from '@core/types';
import { wordFlag } from '@core/anatomy/flag-wording';
import type { PageStory } from '@shared/page';

/** A flag's reason in English words, from the one wording table the popup uses too. */
const reasonOf = (f: Flag): string => (f.code ? wordFlag(f.code, f.params ?? []) : null) ?? f.reason ?? '';
/** A card's fields, in the JSONL when the page gave them. */
const CARD_FIELDS = ['url', 'section', 'time', 'reading_time', 'paywall', 'headline_only', 'items'] as const;

/** The listing shows this much of each story's text: about three terminal lines, enough to recognise it. */
const PREVIEW_CHARS = 200;

/** The stable JSONL shape of one story (the hidden evaluation reads it). */
export function storyToJson(s: PageStory): Record<string, unknown> {
  const out: Record<string, unknown> = {
    start: s.start,
    end: s.end,
    title: s.title,
    truncated_end: s.truncated_end,
    truncated_start: s.truncated_start,
    // The contract is { name, reason }: the reason worded from its code, the code itself stays out of it.
    flags: s.flags.map((f) => ({ name: f.name, reason: reasonOf(f) })),
    confidence: Math.round(s.confidence * 1000) / 1000,
    kicker: s.kicker,
    deck: s.deck,
    headline: s.headline,
    byline: s.byline,
    dateline: s.dateline,
    clean_text: s.clean_text,
    removed: s.removed,
  };
  // Then the card's fields the page gave, and the block span: set in place, not spread in from objects made for it
  // (a few a story, at every story of a batch).
  for (const k of CARD_FIELDS) if (s[k] !== undefined) out[k] = s[k];
  if (s.startPos) { out.startPos = s.startPos; out.endPos = s.endPos; }
  return out;
}

/** A readable listing for a terminal: one numbered story a section, flags with their reasons. */
export function formatStories(stories: readonly Story[], reason?: string): string {
  if (!stories.length) return `No stories found${reason ? `: ${reason}` : '.'}\n`;
  const out: string[] = [`${stories.length} ${stories.length === 1 ? 'story' : 'stories'}\n`];
  stories.forEach((s, i) => {
    out.push(`── ${i + 1}. ${s.title}`);
    const meta = [`chars ${s.start}–${s.end}`, `${s.wordCount} words`, `confidence ${s.confidence.toFixed(2)}`];
    out.push(`   ${meta.join(' · ')}`);
    if (s.kicker) out.push(`   kicker: ${s.kicker}`);
    if (s.deck) out.push(`   deck: ${s.deck}`);
    for (const f of s.flags) out.push(`   ⚑ ${f.name}: ${reasonOf(f)}`);
    for (const r of s.removed) out.push(`   ✂ removed (${r.reason}): ${r.text}`);
    const body = s.clean_text.replace(/\s+/g, ' ');
    out.push(`   ${body.length > PREVIEW_CHARS ? body.slice(0, PREVIEW_CHARS) + '…' : body}`);
    out.push('');
  });
  return out.join('\n');
}

/** What was left out as page furniture, so every character of the input is accounted for. */
export function formatLeftOut(leftOut: readonly LeftOut[] | undefined): string {
  if (!leftOut?.length) return '';
  const spans = leftOut.map((l) => `${l.start}–${l.end} (${l.reasons.join(', ').replace(/_/g, ' ') || 'no story text'})`);
  return `Left out as page furniture, no story text: chars ${spans.join('; ')}\n`;
}
