// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/preact';
import { FlagBadge } from '../../../src/popup/components/FlagBadge';
import { flagReason } from '../../../src/popup/flags';
import { setMessageSource, substitute } from '../../../src/popup/i18n';
import { storiesToMarkdown } from '../../../src/popup/markdown';
import { endCut, startCut } from '../../../src/core/anatomy/truncation';
import { markTeasers } from '../../../src/core/anatomy/teasers';
import { FLAG_PARTS, FLAG_WORDING, messageKey, wordFlag, type FlagCode } from '../../../src/core/anatomy/flag-wording';
import { describeStories } from '../../../src/core/anatomy/describe';
import type { Flag } from '../../../src/core/types';
import de from '../../../public/_locales/de/messages.json';
import { analysis, story } from './fixtures';

afterEach(() => {
  cleanup();
  setMessageSource(null);
});

const german = () => setMessageSource((key, subs) => substitute((de as Record<string, { message: string }>)[key]?.message ?? '', subs ?? []));

describe('FlagBadge reason', () => {
  it('a coded flag shows the localized message with its params, as the badge description', () => {
    german();
    const flag: Flag = { name: 'cut_mid_sentence', reason: 'ends on “or even” with no full stop', code: 'end_no_stop', params: ['or even'] };
    render(<FlagBadge flag={flag} />);
    const tip = screen.getByRole('tooltip');
    expect(tip.textContent).toBe('endet auf „or even“ ohne Schlusspunkt');
    expect(screen.getByTestId('flag-badge').getAttribute('aria-describedby')).toBe(tip.id);
    expect(screen.getByTestId('flag-badge').textContent).toContain('Mitten im Satz abgeschnitten');
  });

  it('a whole sentence cut only by a Read more link is an excerpt, in the badge and in Markdown; a cut sentence before the link is still cut', () => {
    const excerpt: Flag = { name: 'cut_mid_sentence', reason: 'ends with a “Read more” link: the page shows only the start', code: 'end_read_more', params: [] };
    render(<FlagBadge flag={excerpt} />);
    expect(screen.getByTestId('flag-badge').firstChild?.textContent).toBe('Excerpt');
    expect(storiesToMarkdown([story(1, { truncated_end: true, flags: [excerpt] })], analysis([]).page)).toContain('> Excerpt — ends with a “Read more” link');
    cleanup();
    german();
    render(<FlagBadge flag={excerpt} />);
    expect(screen.getByTestId('flag-badge').firstChild?.textContent).toBe('Auszug');
    cleanup();
    render(<FlagBadge flag={{ ...excerpt, code: 'end_no_stop_read_more', params: ['or even'] }} />);
    expect(screen.getByTestId('flag-badge').firstChild?.textContent).toBe('Mitten im Satz abgeschnitten');
  });

  it('an uncoded flag (an older saved story) shows its reason', () => {
    german();
    render(<FlagBadge flag={{ name: 'starts_mid_sentence', reason: 'the story starts with “and”, which continues an earlier sentence' }} />);
    expect(screen.getByRole('tooltip').textContent).toBe('the story starts with “and”, which continues an earlier sentence');
  });

  it('an unknown code falls back to the reason; an empty reason without code shows no tooltip', () => {
    render(<FlagBadge flag={{ name: 'likely_teaser', reason: 'some newer reason', code: 'from_a_newer_version', params: ['x'] }} />);
    expect(screen.getByRole('tooltip').textContent).toBe('some newer reason');
    cleanup();
    render(<FlagBadge flag={{ name: 'likely_teaser', reason: '' }} />);
    expect(screen.queryByRole('tooltip')).toBeNull();
    expect(screen.getByTestId('flag-badge').hasAttribute('aria-describedby')).toBe(false);
  });

  it('composite codes: the text under the headline, and a reason followed by a Read more link', () => {
    german();
    expect(flagReason({ name: 'starts_mid_sentence', reason: '', code: 'start_continuer_body', params: ['und'] })).toBe('der Text unter der Überschrift beginnt mit „und“ und setzt damit einen früheren Satz fort');
    expect(flagReason({ name: 'cut_mid_sentence', reason: '', code: 'end_comma_read_more', params: ['the minister'] })).toBe('endet auf einem Komma, nach „the minister“, danach ein „Weiterlesen“-Link');
    expect(flagReason({ name: 'likely_teaser', reason: '', code: 'teaser_many', params: ['2', '20–24', '22'] })).toMatch(/^endet mit einem Punkt, aber 2 Meldungen daneben .*\(20–24 Wörter, diese hier 22\)/);
  });

  it('markdown export uses the localized reason too', () => {
    german();
    const md = storiesToMarkdown([story(1, { flags: [{ name: 'cut_mid_sentence', reason: 'ends on a dash, with the rest missing', code: 'end_dash', params: [] }] })], analysis([]).page);
    expect(md).toContain('endet auf einem Strich, der Rest fehlt');
  });
});

describe('one wording table for the popup\'s English and the CLI', () => {
  const ends = [
    '“I am confused and anxious. I fear getting raided or even',
    'The company was blamed by the parents of 14-year-old Stefan Pakeerah,',
    'He added:',
    'He added;',
    'He was seen with large amounts of alcohol and …',
    'The talks were led by Mr.',
    'It rained. Officials said the closure would be “temporary and short.',
    'It rained. Officials said the closure (which was temporary.',
    'The vote was 5 -',
  ];
  const starts = [
    'week, taking 1.5bn yen in its first two days. Miyazaki won an Oscar.',
    'and then the minister left. Nobody knew why.',
    'Potter," Warner producer Jeff Robinov told Variety. His other films include more.',
    'Festival on Saturday. The movie’s star also received a standing ovation.',
    'Home Secretary Charles Clarke has said. He is proposing a points system.',
    'Fannie Mae \'should restate books\'said. The regulator accused it.',
    '… the reason why the waterfalls flow. It is melting.',
    'But the government refused to comment. It said nothing.',
    'Stone, has been nominated for three awards. She is pleased.',
    'Kuznetsova at the Dubai Championships on Tuesday. She won easily.',
  ];
  const codes = new Set<string>();
  const check = (r: { code: string; params: string[] } | null, name: Flag['name']) => {
    expect(r).not.toBeNull();
    codes.add(r!.code);
    const words = wordFlag(r!.code, r!.params);
    expect(words).toBeTruthy();
    expect(flagReason({ name, code: r!.code, params: r!.params })).toBe(words);
  };
  for (const text of ends) it(`end: ${text.slice(-30)}`, () => check(endCut(text, 'en'), 'cut_mid_sentence'));
  for (const text of starts) it(`start: ${text.slice(0, 30)}`, () => check(startCut(text, 'en'), 'starts_mid_sentence'));
  it('covers the codes', () => expect(codes.size).toBeGreaterThanOrEqual(15));

  it('flags from the engine: the text under the headline, Read more tails, a cut ellipsis', () => {
    const texts: Array<[string, string]> = [
      ['Minister resigns\n\nand then he left the room after a long meeting with the party. Nobody knew why.', 'start_continuer_body'],
      ['The minister left the room after a long meeting with the party, and Read more ›', 'end_no_stop_read_more'],
      ['The minister left the room after a long meeting with the party. Read more ›', 'end_read_more'],
      ['The minister left the room after a long meeting with the party and ...', 'end_ellipsis'],
    ];
    for (const [text, code] of texts) {
      const [f] = describeStories({ text, spans: [{ start: 0, end: text.length }], lang: 'en' })[0].flags;
      expect(f.code).toBe(code);
      expect(flagReason(f)).toBe(wordFlag(f.code!, f.params!));
    }
  });

  it('teasers, one and many siblings', () => {
    for (const n of [1, 2]) {
      const cut = Array.from({ length: n }, (_, i) => ({ flags: [{ name: 'cut_mid_sentence' as const, reason: 'x' }], wordCount: 30 + i, truncated_end: true }));
      const whole = { flags: [] as Flag[], wordCount: 32, truncated_end: false };
      markTeasers([...cut, whole]);
      const f = whole.flags[0];
      expect(f.code).toBe(n === 1 ? 'teaser_one' : 'teaser_many');
      expect(flagReason(f)).toBe(wordFlag(f.code!, f.params!));
    }
  });
});

describe('the wording table and the locales', () => {
  const dollars = (m: string) => (m.match(/\$[1-9]/g) ?? []).sort().join();
  it('de words every code of the table, with the same placeholders', () => {
    const msgs = de as Record<string, { message: string }>;
    for (const code of Object.keys(FLAG_WORDING) as FlagCode[]) expect(dollars(msgs[messageKey(code)]?.message ?? ''), code).toBe(dollars(FLAG_WORDING[code]));
    for (const [key, english] of Object.entries(FLAG_PARTS)) expect(dollars(msgs[key]?.message ?? ''), key).toBe(dollars(english));
  });
  it('words a start code with its subject, a _body code with the text under the headline, and a Read more tail', () => {
    expect(wordFlag('start_continuer', ['and'])).toBe('the story starts with “and”, which continues an earlier sentence');
    expect(wordFlag('start_continuer_body', ['and'])).toBe('the text under the headline starts with “and”, which continues an earlier sentence');
    expect(wordFlag('end_comma_read_more', ['the minister'])).toBe('ends on a comma, after “the minister”, then a “Read more” link');
    expect(wordFlag('from_a_newer_version', [])).toBeNull();
  });
});
