// The sentence splitter: the 52 English Golden Rules of pragmatic_segmenter, news cases, other languages, robustness.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitSentences, type SplitOptions } from '@core/text/sentences';

interface RuleCase { id: number; name: string; text: string; expected: string[]; options?: SplitOptions }
const RULES = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../fixtures/golden-rules/en.json'), 'utf8')) as { cases: RuleCase[] };
/** Known failures, kept in the table and counted (issue 4 allows at most 4 of 52). */
const KNOWN_FAILURES = new Set([18]);
/** Issue 4: at least 48 of the 52 rules pass. */
const MIN_PASSING = 48;

const split = (text: string, options: SplitOptions = { lang: 'en' }) =>
  splitSentences(text, options).map((s) => text.slice(s.start, s.end).replace(/\s+/g, ' '));

describe('Golden Rules (pragmatic_segmenter, English)', () => {
  it(`holds 52 cases, with at most ${52 - MIN_PASSING} known failures`, () => {
    expect(RULES.cases).toHaveLength(52);
    expect(52 - KNOWN_FAILURES.size).toBeGreaterThanOrEqual(MIN_PASSING);
  });
  for (const c of RULES.cases) {
    const run = KNOWN_FAILURES.has(c.id) ? it.skip : it;
    run(`#${String(c.id).padStart(3, '0')} ${c.name}`, () => {
      expect(split(c.text, { lang: 'en', ...c.options })).toEqual(c.expected);
    });
  }
});

describe('news text', () => {
  const cases: [string, string[]][] = [
    ['The U.S. Senate voted on Tuesday. Mr. Biden signed it.', ['The U.S. Senate voted on Tuesday.', 'Mr. Biden signed it.']],
    ['Sen. Warren and Gov. Newsom met Rep. Smith at 9 a.m. on Jan. 20 in No. 10 Downing Street.', ['Sen. Warren and Gov. Newsom met Rep. Smith at 9 a.m. on Jan. 20 in No. 10 Downing Street.']],
    ['Shares of J.P. Morgan rose 2.5 per cent. Analysts were surprised.', ['Shares of J.P. Morgan rose 2.5 per cent.', 'Analysts were surprised.']],
    ['It was signed by George W. Bush in 2004. He said so.', ['It was signed by George W. Bush in 2004.', 'He said so.']],
    ['“We warn against it,” Tass cited him as saying. “We respect it.” Lavrov said.', ['“We warn against it,” Tass cited him as saying.', '“We respect it.”', 'Lavrov said.']],
    ['The meeting ended at 5 p.m. The talks resume today.', ['The meeting ended at 5 p.m.', 'The talks resume today.']],
    ['He said: “I am sure.” Then he left (briefly.) Then he came back.', ['He said: “I am sure.”', 'Then he left (briefly.)', 'Then he came back.']],
    ['anytime soon.In the sweltering streets of Jakarta.', ['anytime soon.', 'In the sweltering streets of Jakarta.']],
    ['You can see ... the ice is melting, he said. It is.', ['You can see ... the ice is melting, he said.', 'It is.']],
    ['Headline without a stop\nThe body starts here. It goes on.', ['Headline without a stop', 'The body starts here.', 'It goes on.']],
    ['北朝鮮が発表した。ロシアも同意した。', ['北朝鮮が発表した。', 'ロシアも同意した。']],
  ];
  for (const [text, expected] of cases) it(text.slice(0, 60), () => expect(split(text)).toEqual(expected));
});

describe('other languages', () => {
  it('German: abbreviations and ordinals', () => {
    const t = 'Die Firma, z.B. die Deutsche Bank, zahlt ca. 5 Mio. Euro. Am 8. Mai beginnt die 3. Liga. Der Vertrag läuft bis 2030. Dr. Müller ist zufrieden.';
    expect(split(t, { lang: 'de' })).toEqual(['Die Firma, z.B. die Deutsche Bank, zahlt ca. 5 Mio. Euro.', 'Am 8. Mai beginnt die 3. Liga.', 'Der Vertrag läuft bis 2030.', 'Dr. Müller ist zufrieden.']);
  });
  it('French: M. and Mme', () => {
    expect(split('M. Dupont et Mme Martin sont arrivés. Ils parlent.', { lang: 'fr' })).toEqual(['M. Dupont et Mme Martin sont arrivés.', 'Ils parlent.']);
  });
  it('French guillemets with spaces stay with their sentence', () => {
    expect(split('Il a dit : « C’est fini. » Puis il est parti.', { lang: 'fr' })).toEqual(['Il a dit : « C’est fini. »', 'Puis il est parti.']);
  });
  it('Spanish: Sr. and Dra.', () => {
    expect(split('El Sr. García y la Dra. López llegaron. ¿Qué pasó? Nadie lo sabe.', { lang: 'es' })).toEqual(['El Sr. García y la Dra. López llegaron.', '¿Qué pasó?', 'Nadie lo sabe.']);
  });
  it('an unknown language uses every language’s abbreviations', () => {
    expect(split('Mr. Smith and Dr. Müller met. They talked.', {})).toEqual(['Mr. Smith and Dr. Müller met.', 'They talked.']);
  });
});

describe('robustness', () => {
  it('every sentence slices the input, in order, trimmed', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
      let last = 0;
      for (const s of splitSentences(text)) {
        expect(s.start).toBeGreaterThanOrEqual(last);
        expect(s.end).toBeGreaterThan(s.start);
        expect(s.end).toBeLessThanOrEqual(text.length);
        expect(text.slice(s.start, s.end)).toBe(text.slice(s.start, s.end).trim());
        last = s.end;
      }
    }), { numRuns: 500 });
  });
  it('never throws on odd strings', () => {
    for (const t of ['', ' ', '\n\n', '.', '...', '…', '\ud800', 'a.\udc00B', '🙂. 🙂.', 'مرحبا. عالم.', '東京。', '1.) 2.) 3.)', '• • •']) expect(() => splitSentences(t)).not.toThrow();
  });
  it('runs in linear time on long text', () => {
    const unit = 'Mr. Smith said the U.S. economy grew 2.5 per cent in Jan. 2024. “It is fine,” he said... ';
    const time = (n: number) => { const t = unit.repeat(n); const t0 = performance.now(); splitSentences(t); return performance.now() - t0; };
    time(200);
    const small = time(1000);
    const big = time(8000);
    expect(big).toBeLessThan(small * 8 * 4 + 50);
  });
});
