// Flag names and reasons in plain words.
import type { Flag, FlagName } from '@core/types';
import en from '../../public/_locales/en/messages.json';
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

const READ_MORE = '_read_more';
const BODY = '_body';
const isKey = (k: string): k is MessageKey => Object.prototype.hasOwnProperty.call(en, k);

/**
 * A flag's reason in the user's language: message `flagReason_<code>` filled with the flag's params.
 * Codes from the engine: end_* and start_* (truncation.ts), teaser_one/many (teasers.ts); `<end code>_read_more`
 * is that reason followed by a Read more link; `start_*_body` is about the text under the headline.
 * A flag without a known code (saved by an older version) shows the engine's English reason.
 */
export function flagReason(flag: Flag): string {
  let code = flag.code;
  if (!code) return flag.reason;
  const params = flag.params ?? [];
  let readMore = false;
  if (code !== 'end_read_more' && code.endsWith(READ_MORE)) {
    readMore = true;
    code = code.slice(0, -READ_MORE.length);
  }
  let subject: MessageKey = 'flagReasonSubjectStory';
  if (code.startsWith('start_') && code.endsWith(BODY)) {
    subject = 'flagReasonSubjectBody';
    code = code.slice(0, -BODY.length);
  }
  const key = `flagReason_${code}`;
  if (!isKey(key) || (readMore && !code.startsWith('end_'))) return flag.reason;
  const text = code.startsWith('start_') ? t(key, t(subject), ...params) : t(key, ...params);
  return readMore ? t('flagReasonThenReadMore', text) : text;
}
