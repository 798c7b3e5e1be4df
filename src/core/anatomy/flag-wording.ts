// The words for every flag reason code, in English: one table for the CLI and the popup. The engine emits
// { name, code, params }; a reader sees the code's message with its params filled in ($1, $2 …). Other languages live
// in public/_locales/<lang>/messages.json under the same codes (flagReason_<code>).
//
// Codes: an end code (text/ending.ts) or `end_read_more`, optionally + `_read_more` (that reason, then a Read more
// link); a start code (truncation.ts), optionally + `_body` (about the text under the headline); teaser_one/many.
// A start message takes its subject ("the story") as $1 and the flag's params from $2.

export const FLAG_WORDING = {
  end_ellipsis: 'ends with “…”: the page cut the text short',
  end_abbreviation: 'ends on “$1”, which needs more words after it',
  end_open_bracket: 'a bracket opened in the last sentence is never closed',
  end_open_quote: 'a quotation opened with $1 in the last sentence is never closed',
  end_comma: 'ends on a comma, after “$1”',
  end_colon: 'ends on “$1”, with the rest missing',
  end_dash: 'ends on a dash, with the rest missing',
  end_no_stop: 'ends on “$1” with no full stop',
  end_read_more: 'ends with a “Read more” link: the page shows only the start',
  start_ellipsis: '$1 starts with “…”, inside a sentence',
  start_continuer: '$1 starts with “$2”, which continues an earlier sentence',
  start_small_letter: '$1 starts with a small letter, “$2”, so it begins inside a sentence',
  start_inside_quote: '$1 starts inside a quotation: a closing quote mark comes before any opening one',
  start_glued_quote: '$1 runs from a quotation straight into small letters (“$2”), so it begins inside a sentence',
  start_quote_end: '$1 starts with “$2”, the end of a quotation from before it',
  start_fragment: '$1 starts with “$2”, the end of a sentence from before it',
  start_split_subject: '$1 starts with “$2”: a verb cut off from the start of its subject',
  start_verbless: '$1 starts with “$2”, which has no verb: the end of a sentence from before it',
  teaser_one: 'ends on a full stop, but $1 story beside it of about its length ($2 words, this one $3) is cut mid-sentence, so it is probably cut too',
  teaser_many: 'ends on a full stop, but $1 stories beside it of about its length ($2 words, this one $3) are cut mid-sentence, so it is probably cut too',
} as const;

export type FlagCode = keyof typeof FLAG_WORDING;

/** The parts a code is composed of, beside its base code. Their message keys in _locales are the keys here. */
export const FLAG_PARTS = {
  flagReasonSubjectStory: 'the story',
  flagReasonSubjectBody: 'the text under the headline',
  flagReasonThenReadMore: '$1, then a “Read more” link',
} as const;

/** The message key of a base code in _locales. */
export const messageKey = (code: FlagCode): string => `flagReason_${code}`;

const READ_MORE = '_read_more';
const BODY = '_body';

/** A code's base and suffixes, or null for a code this version does not know (from a newer version). */
export function parseCode(code: string): { base: FlagCode; body: boolean; readMore: boolean } | null {
  let base = code;
  const readMore = code !== 'end_read_more' && base.endsWith(READ_MORE);
  if (readMore) base = base.slice(0, -READ_MORE.length);
  const body = base.startsWith('start_') && base.endsWith(BODY);
  if (body) base = base.slice(0, -BODY.length);
  if (!Object.prototype.hasOwnProperty.call(FLAG_WORDING, base) || (readMore && !base.startsWith('end_'))) return null;
  return { base: base as FlagCode, body, readMore };
}

/** Fills `$1`…`$9` like the browser's i18n does; `$$` is a literal dollar sign. */
export function substitute(message: string, subs: readonly string[]): string {
  return message.replace(/\$(\$|[1-9])/g, (_, d: string) => (d === '$' ? '$' : (subs[Number(d) - 1] ?? '')));
}

/** A message in the reader's language by key, or null to use the English of this table. */
export type Localize = (key: string, subs: string[]) => string | null;

/** The words for a flag's code and params, or null when the code is unknown. `localize` answers first (the popup's locale). */
export function wordFlag(code: string, params: readonly string[], localize: Localize = () => null): string | null {
  const p = parseCode(code);
  if (!p) return null;
  const say = (key: string, english: string, subs: string[]) => localize(key, subs) || substitute(english, subs);
  const subjectKey = p.body ? 'flagReasonSubjectBody' : 'flagReasonSubjectStory';
  const subs = p.base.startsWith('start_') ? [say(subjectKey, FLAG_PARTS[subjectKey], []), ...params] : [...params];
  const text = say(messageKey(p.base), FLAG_WORDING[p.base], subs);
  return p.readMore ? say('flagReasonThenReadMore', FLAG_PARTS.flagReasonThenReadMore, [text]) : text;
}
