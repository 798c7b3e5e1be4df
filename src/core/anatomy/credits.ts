// Picture credits: "Photo: EPA, Korean Central News Agency", "(Photo: AP)", "Image: Reuters", "Getty Images".
import { AGENCIES, type LangData } from '../text/lang/anatomy/index';

/** A credit names at most this many people or agencies. */
const MAX_CREDIT_NAMES = 4;
/** A name that is no known agency is a run of at most this many capitalised words ("Jane Doe"). */
const MAX_NAME_WORDS = 3;

/** Per language: the label regex, and the same without its lookbehind (see mayHoldCreditLabel). */
const LABELS = new Map<string, { re: RegExp; anywhere: RegExp }>();

function labels(d: LangData): { re: RegExp; anywhere: RegExp } {
  let l = LABELS.get(d.code);
  if (!l) {
    const forms = d.captionWords.flatMap((w) => [w[0].toUpperCase() + w.slice(1), w.toUpperCase()]);
    const esc = (ws: string[]) => [...new Set(ws)].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
    const alts = esc(forms);
    // "Fot. Jan Kowalski": a caption word written short takes its full stop where the others take a colon.
    const short = esc(d.captionAbbreviations.flatMap((w) => [w[0].toUpperCase() + w.slice(1), w.toUpperCase()]));
    const abbr = short ? `|(?:${short})\\.[ \\t]*:?` : '';
    const body = `(?:(?:${alts})(?:[ \\t]+(?:caption|source|credit|credits)[ \\t]*[:,]|[ \\t]*[:©]|[ \\t]+by[ \\t])${abbr})[ \\t]*`;
    l = { re: new RegExp(`(?<![\\p{Lu}\\p{N}])${body}`, 'gu'), anywhere: new RegExp(body, 'u') };
    LABELS.set(d.code, l);
  }
  return l;
}

/** "Photo:", "FOTO:", "Image source,", "Photo by": a caption word with a capital, then a colon, © or "by". A small
 * letter may stand right before it: glued text runs a headline into its credit ("…PassworkPhoto: Getty Images"). */
export function CREDIT_LABEL(d: LangData): RegExp {
  const { re } = labels(d);
  re.lastIndex = 0;
  return re;
}

/** Whether the text may hold a credit label at all: CREDIT_LABEL without the lookbehind finds every place it does
 * (and more). A regex that opens on a lookbehind tries it at every character; this scan is about three times as fast,
 * and most texts hold no label. */
export const mayHoldCreditLabel = (text: string, d: LangData): boolean => labels(d).anywhere.test(text);

/** End of a known agency name at `p` (a capital may follow it: "AFPHe said" is glued text), or -1. */
function agencyAt(text: string, p: number): number {
  for (const a of AGENCIES) {
    if (!text.startsWith(a, p)) continue;
    const next = text[p + a.length];
    if (next === undefined || !/[\p{Ll}\p{N}]/u.test(next)) return p + a.length;
  }
  return -1;
}

const CONNECTOR = /^[ \t]*(?:,|\/|;|&|\band\b|\bund\b|\bet\b|\bvia\b|\bvía\b|\bfor\b)[ \t]*/u;
const NAME_RUN = new RegExp(`^\\p{Lu}[\\p{L}\\p{M}.'’-]*(?:[ \\t]+\\p{Lu}[\\p{L}\\p{M}.'’-]*){0,${MAX_NAME_WORDS - 1}}`, 'u');

/**
 * The names of a credit starting at `pos`: known agencies, or capitalised names joined by commas, slashes or "via".
 * In running text the last capital of a run that goes on in small letters opens the next sentence and is left out.
 * `agenciesOnly`: accept known agencies only (a bare line such as "Getty Images").
 */
export function findCredit(text: string, pos: number, agenciesOnly: boolean): { end: number } | null {
  let p = pos;
  let names = 0;
  while (names < MAX_CREDIT_NAMES) {
    while (text[p] === ' ' || text[p] === '\t') p++;
    const ag = agencyAt(text, p);
    if (ag > 0) {
      p = ag;
    } else {
      if (agenciesOnly) break;
      const m = NAME_RUN.exec(text.slice(p, p + 120));
      if (!m) break;
      let run = m[0];
      if (/^[ \t]+\p{Ll}/u.test(text.slice(p + run.length, p + run.length + 3))) {
        const cut = run.lastIndexOf(' ');
        if (cut < 0) break;
        run = run.slice(0, cut);
      }
      p += run.length;
    }
    names++;
    const c = CONNECTOR.exec(text.slice(p, p + 12));
    if (!c) break;
    const q = p + c[0].length;
    if (agencyAt(text, q) < 0 && (agenciesOnly || !/\p{Lu}/u.test(text[q] ?? ''))) break;
    p = q;
  }
  return names ? { end: p } : null;
}

/** The caption word a line opens with, written with a capital and followed by a space or glued to a capital
 * ("Credit Jane Doe/Reuters", "CreditJane Doe/Reuters", as a credit's label and name sit in two elements): its length, or 0. */
function captionWordAt(t: string, d: LangData): number {
  for (const w of d.captionWords) {
    for (const form of [w[0].toUpperCase() + w.slice(1), w.toUpperCase()]) {
      if (t.startsWith(form) && /^(?:[ \t]|\p{Lu}\p{Ll})/u.test(t.slice(form.length, form.length + 2))) return form.length;
    }
  }
  return 0;
}

/**
 * "Jane Doe/Getty Images", "Credit Jane Doe/EPA via Shutterstock": names with an agency after a slash or "via", maybe
 * under a caption word, and nothing else. (A bare name could be anyone's; the agency makes it a credit.)
 */
export function isNamedCredit(t: string, d: LangData): boolean {
  if (!/\/|\sv[ií]a\s/u.test(t)) return false;
  // "PhotoCreditJane Doe/…": two labels in a row, as a figure's spans run together.
  let rest = t;
  for (let k = 0, n = captionWordAt(rest, d); k < 2 && n; k++, n = captionWordAt(rest, d)) rest = rest.slice(n).trimStart();
  const all = findCredit(rest, 0, false);
  if (!all || all.end < rest.length) return false;
  const last = Math.max(rest.lastIndexOf('/'), rest.lastIndexOf(' via ') + 4, rest.lastIndexOf(' vía ') + 4);
  const agency = findCredit(rest, last + 1, true);
  return !!agency && agency.end >= rest.length;
}
