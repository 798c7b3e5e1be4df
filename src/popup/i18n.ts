// Every user-facing string comes from _locales/<lang>/messages.json through browser.i18n.getMessage.
// main.tsx plugs the real API in; without it (Node tests) the bundled English file answers.
import en from '../../public/_locales/en/messages.json';

export type MessageKey = keyof typeof en;
export type GetMessage = (key: string, substitutions?: string[]) => string;

let source: GetMessage | null = null;

/** Called once by main.tsx with browser.i18n.getMessage. Null restores the bundled English. */
export function setMessageSource(fn: GetMessage | null): void {
  source = fn;
}

/** Fills `$1`…`$9` like the browser does; `$$` is a literal dollar sign. */
export function substitute(message: string, subs: string[]): string {
  return message.replace(/\$(\$|[1-9])/g, (_, d: string) => (d === '$' ? '$' : (subs[Number(d) - 1] ?? '')));
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
