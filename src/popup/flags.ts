// Flag names in plain words.
import type { FlagName } from '@core/types';
import { t, type MessageKey } from './i18n';

const LABELS: Record<FlagName, MessageKey> = {
  cut_mid_sentence: 'flagCutMidSentence',
  starts_mid_sentence: 'flagStartsMidSentence',
  likely_teaser: 'flagLikelyTeaser',
};

export function flagLabel(name: FlagName): string {
  const key = LABELS[name];
  return key ? t(key) : name;
}
