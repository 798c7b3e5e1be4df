// Every user-facing string comes from _locales/<lang>/messages.json through browser.i18n.getMessage.
// main.tsx plugs the real API in; without it (Node tests) the bundled English file answers.
import en from '../../public/_locales/en/messages.json';
import { substitute } from '@core/anatomy/flag-wording';

export type MessageKey = keyof typeof en;
export type GetMessage = (key: string, substitutions?: string[]) => string;

let source: GetMessage | null = null;

/** Called once by main.tsx with browser.i18n.getMessage. Null restores the bundled English. */
export function setMessageSource(fn: GetMessage | null): void {
  source = fn;
}

export { substitute };

/** A message from the browser's locale by any key (flag reasons are keyed by engine codes), or null when it has none. */
export function localized(key: string, subs: string[]): string | null {
  return source?.(key, subs) || null;
}

export function t(key: MessageKey, ...subs: Array<string | number>): string {
  const s = subs.map(String);
  const fromApi = source?.(key, s);
  return fromApi ? fromApi : substitute(en[key].message, s);
}

/** "1 word" / "12 words", through two keys, since both locales we ship have one plural split. */
export function plural(n: number, one: MessageKey, many: MessageKey): string {
  return t(n === 1 ? one : many, n);
}
