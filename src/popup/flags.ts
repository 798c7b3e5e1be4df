// Flag names and reasons in plain words.
import type { Flag, FlagName } from '@core/types';
import { wordFlag } from '@core/anatomy/flag-wording';
import { localized, t, type MessageKey } from './i18n';

const LABELS: Record<FlagName, MessageKey> = {
  cut_mid_sentence: 'flagCutMidSentence',
  starts_mid_sentence: 'flagStartsMidSentence',
  likely_teaser: 'flagLikelyTeaser',
};

/** A story whose own text ends on a whole sentence, cut only in that a "Read more" link follows, is an excerpt: "cut
 * off mid-sentence" would say what its text does not show. */
const EXCERPT_CODE = 'end_read_more';

export function flagLabel(flag: Pick<Flag, 'name' | 'code'>): string {
  const key = flag.code === EXCERPT_CODE ? 'flagExcerpt' : LABELS[flag.name];
  return key ? t(key) : flag.name;
}

/**
 * A flag's reason in the user's language: the locale's `flagReason_<code>` message when it has one, else the English
 * of the one wording table (core/anatomy/flag-wording.ts), which the CLI uses too. A flag without a known code (saved
 * by an older version, or from a newer one) shows the words it was saved with.
 */
export function flagReason(flag: Flag): string {
  return (flag.code ? wordFlag(flag.code, flag.params ?? [], localized) : null) ?? flag.reason ?? '';
}
