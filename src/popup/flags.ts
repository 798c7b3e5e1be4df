// Flag names and reasons in plain words.
import type { Flag, FlagName } from '@core/types';
import { wordFlag } from '@core/anatomy/flag-wording';
import { localized, t, type MessageKey } from './i18n';

const LABELS: Record<FlagName, MessageKey> = {
  cut_mid_sentence: 'flagCutMidSentence',
  starts_mid_sentence: 'flagStartsMidSentence',
  likely_teaser: 'flagLikelyTeaser',
};

export function flagLabel(name: FlagName): string {
  const key = LABELS[name];
  return key ? t(key) : name;
}

/**
 * A flag's reason in the user's language: the locale's `flagReason_<code>` message when it has one, else the English
 * of the one wording table (core/anatomy/flag-wording.ts), which the CLI uses too. A flag without a known code (saved
 * by an older version, or from a newer one) shows the words it was saved with.
 */
export function flagReason(flag: Flag): string {
  return (flag.code ? wordFlag(flag.code, flag.params ?? [], localized) : null) ?? flag.reason ?? '';
}
