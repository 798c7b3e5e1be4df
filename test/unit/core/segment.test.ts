// Behaviour of the segmentation engine on small synthetic texts in each joiner style, the seed page, CJK text,
// and the invariants every result must keep. Known failures stay in the table, marked skip.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findBoundaries } from '../../../src/core/boundaries/find';
import { findCandidates } from '../../../src/core/boundaries/candidates';
import { stopwordsFor } from '../../../src/core/text/lang/stopwords';
import { segment } from '../../../src/core/segment';
import { findBoundariesWindowed } from '../../../src/core/boundaries/windowed';
import type { SegmentResult } from '../../../src/core/types';

const fixtures = path.resolve(import.meta.dirname, '../../fixtures');
const FIXTURE = JSON.parse(readFileSync(path.join(fixtures, 'segment/stories.json'), 'utf8'));
const STORIES: string[][] = FIXTURE.stories;
// Regression cases: each segmentation fix adds one (stories as paragraph lists, the joiner, the story count).
const REGRESSIONS: { name: string; joiner: string; parts: string[][]; stories: number; skip?: string; lang?: string }[] = FIXTURE.regressions;

/** Joins stories in a joiner style; returns the text and where each story starts. */
/** Cuts the last paragraph of each story mid-sentence, as a teaser is cut (drops its last five words). */
const cutTeasers = (stories: string[][]): string[][] => stories.map((s) => [...s.slice(0, -1), s[s.length - 1].split(' ').slice(0, -5).join(' ')]);

function compose(stories: string[][], joiner: 'nl' | 'blank' | 'flat' | 'glued', withHeadlines = true): { text: string; starts: number[] } {
  const sep = { nl: '\n', blank: '\n\n', flat: ' ', glued: '' }[joiner];
  let text = '';
  const starts: number[] = [];
  for (const s of stories) {
    if (text) text += sep;
    starts.push(text.length);
    text += (withHeadlines ? s : s.slice(1)).join(sep);
  }
  return { text, starts };
}

function expectInvariants(input: string, r: SegmentResult): void {
  let last = 0;
  for (const s of r.stories) {
    expect(s.start).toBeGreaterThanOrEqual(last);
    expect(s.end).toBeGreaterThan(s.start);
    expect(s.end).toBeLessThanOrEqual(input.length);
    expect(s.text).toBe(input.slice(s.start, s.end));
    expect(s.text).toBe(s.text.trim());
    expect(s.confidence).toBeGreaterThanOrEqual(0);
    expect(s.confidence).toBeLessThanOrEqual(1);
    last = s.end;
  }
}

const starts = (r: SegmentResult) => r.stories.map((s) => s.start);

describe('segment: four synthetic stories in each joiner style', () => {
  const cases: { name: string; joiner: 'nl' | 'blank' | 'flat' | 'glued'; headlines: boolean; cut?: boolean; skip?: string }[] = [
    { name: 'line breaks, headline lines', joiner: 'nl', headlines: true },
    { name: 'blank lines, headline lines', joiner: 'blank', headlines: true },
    { name: 'line breaks, no headlines', joiner: 'nl', headlines: false },
    { name: 'glued, no headlines', joiner: 'glued', headlines: false },
    { name: 'flat, no headlines', joiner: 'flat', headlines: false },
    { name: 'flat, headlines run into the lede', joiner: 'flat', headlines: true },
    { name: 'glued, headlines glued to the lede', joiner: 'glued', headlines: true },
    { name: 'line breaks, teasers cut mid-sentence', joiner: 'nl', headlines: false, cut: true },
    { name: 'glued, teasers cut mid-sentence', joiner: 'glued', headlines: false, cut: true, skip: 'one boundary lands a paragraph early: short stories give cohesion too little to go on' },
    { name: 'flat, teasers cut mid-sentence', joiner: 'flat', headlines: false, cut: true, skip: 'a 230-word flat text is below the length where topic segmentation runs; mid-sentence cuts are missed' },
    { name: 'flat, cut teasers under headlines', joiner: 'flat', headlines: true, cut: true },
  ];
  for (const c of cases) {
    (c.skip ? it.skip : it)(`${c.name}${c.skip ? ` (known failure: ${c.skip})` : ''}`, () => {
      const { text, starts: gold } = compose(c.cut ? cutTeasers(STORIES) : STORIES, c.joiner, c.headlines);
      const r = segment(text, { lang: 'en' });
      expectInvariants(text, r);
      expect(starts(r)).toEqual(gold);
    });
  }
});

describe('segment: one story stays one story', () => {
  it('keeps a single story with headline and paragraphs whole, in every joiner', () => {
    for (const joiner of ['nl', 'blank', 'flat', 'glued'] as const) {
      const { text } = compose([STORIES[1]], joiner);
      const r = segment(text, { lang: 'en' });
      expect(r.stories, joiner).toHaveLength(1);
      expectInvariants(text, r);
    }
  });

  it('keeps a long single story whole (paragraphs that share the story names)', () => {
    const paras = Array.from({ length: 12 }, (_, i) => `Councillor Mara Lindqvist said on day ${i + 1} that the Harbour Bridge repairs were going to plan, and that engineers had replaced ${i + 3} more cables under the deck of the bridge this week.`);
    const text = ['Harbour Bridge repairs go on', ...paras].join('\n');
    expect(segment(text, { lang: 'en' }).stories).toHaveLength(1);
  });
});

describe('segment: regression cases (fixtures)', () => {
  for (const c of REGRESSIONS) {
    (c.skip ? it.skip : it)(c.name, () => {
      const text = c.parts.map((p) => p.join(c.joiner)).join(c.joiner);
      const r = segment(text, { lang: c.lang ?? 'en' });
      expectInvariants(text, r);
      expect(r.stories).toHaveLength(c.stories);
      if (c.parts.length === c.stories) expect(starts(r)).toEqual(c.parts.map((_, i) => c.parts.slice(0, i).reduce((n, p) => n + p.join(c.joiner).length + c.joiner.length, 0)));
    });
  }
});

describe('segment: camel-case names in glued text', () => {
  it('starts no story inside PlayStation, TikTok, YouTube or McDonald (glued paragraphs: candidates there are weighed as names)', () => {
    const text = (FIXTURE.camelCaseStory as string[]).join('');
    const r = segment(text, { lang: 'en' });
    expectInvariants(text, r);
    for (const name of ['PlayStation', 'TikTok', 'YouTube', 'McDonald']) {
      for (const m of text.matchAll(new RegExp(name, 'g'))) {
        expect(r.stories.map((s) => s.start).filter((s) => s > m.index && s < m.index + name.length)).toEqual([]);
      }
    }
  });
});

describe('segment: long texts are read in windows', () => {
  it('finds the same stories in 12 000-character windows as in one pass (each last story read again)', () => {
    const page = Array.from({ length: 8 }, () => readFileSync(path.join(fixtures, 'seed/concatenated-news.txt'), 'utf8')).join('\n');
    expect(findBoundariesWindowed(page, 'en', undefined, 12_000).spans).toEqual(findBoundaries(page, 'en').spans);
  });
});

describe('segment: cut teasers and structural cues', () => {
  it('starts a story after a paragraph cut mid-sentence, on a line of its own', () => {
    const cut = STORIES[0].slice(1).join(' ').replace(/ and that the repairs.*$/, ' and that the');
    const text = [cut, STORIES[2].slice(1).join(' '), STORIES[3].slice(1).join(' ')].join('\n');
    const r = segment(text, { lang: 'en' });
    expect(r.stories).toHaveLength(3);
    expect(r.stories[0].text.endsWith('and that the')).toBe(true);
  });

  it('starts a story at a kicker label in flat text', () => {
    const a = STORIES[0].slice(1).join(' ');
    const b = `FROST DAMAGE: ${STORIES[1].slice(1).join(' ')}`;
    const text = `${a} ${b}`;
    const r = segment(text, { lang: 'en' });
    expect(starts(r)).toEqual([0, a.length + 1]);
  });
});

describe('segment: candidates include glued joins', () => {
  it('finds "soon.In" and "evenKemal" joins as candidate starts', () => {
    const text = 'Nobody expects the borders to reopen anytime soon.In the sweltering streets, buskers fear being raided or evenKemal Ozdemir looked up at the peaks.';
    const got = findCandidates(text).map((c) => c.start);
    expect(got).toContain(text.indexOf('In the'));
    expect(got).toContain(text.indexOf('Kemal'));
    expect(findCandidates('McIlroy bought a PlayStation and an iPhone.').filter((c) => c.kind === 'glued').map((c) => c.start))
      .not.toContain('McIlroy'.indexOf('I'));
  });

  it('finds a sentence end after a German closing quote („…“)', () => {
    const text = 'Die Eltern fragen, ob die Kinder „in der Schule betreut werden sollen.“ Ex-Ministerin Raab wird neue Chefin.';
    expect(findCandidates(text).filter((c) => c.kind === 'sentence').map((c) => c.start)).toContain(text.indexOf('Ex-'));
  });
});

describe('segment: candidates at glued joins without a full stop', () => {
  const EN = stopwordsFor('en');
  const at = (text: string, stop = EN) => findCandidates(text, stop).map((c) => c.start);
  it.each([
    ['a capitalised function word glued on', 'for security reasons." HeGame firm holds auditions', 'Game'],
    ['a number glued to a word', 'Of the 22Deutsche Boerse set to woo', 'Deutsche'],
    ['a percentage glued to a word', 'the economy expanded by 1.3%French president', 'French'],
    ['a comma glued to a capitalised word', 'the bulk goes on personal care,The old-fashioned audio tour', 'The old'],
    ['an ellipsis after a space', 'pencilled in by forecasters. The …Eurosceptic party UKIP', 'Eurosceptic'],
    ['a plural acronym', 'it could be I would be keenMPs demand answers', 'MPs'],
    ['a one-letter function word', 'will be among eight of aUK team', 'UK'],
    ['a one-letter word', 'witnesses separate from defendants withinA special adaptor', 'A special'],
    ['a quote before the stop', 'than the current system".Top TV cult hit', 'Top'],
    ['an opening quote glued on', 'a council member, and his wife, Jamie Liles“I have been complicit', '“I have'],
    ['a straight opening quote glued on', 'hem bireysel ulaşımda hem de"Pos tefeciliği" soruşturması', '"Pos'],
    ['an acronym before the stop', 'electricity used in US homes, said the EPA.Chelsea winger Arjen Robben', 'Chelsea'],
  ])('%s: %s', (_name, text, next) => {
    expect(at(text)).toContain(text.indexOf(next));
  });
  it.each([
    ['a name prefix', 'DeMarco scored twice', 'Marco'],
    ['a brand with a function-word prefix', 'the clip went up on YouTube yesterday', 'Tube'],
    ['a unit after a number', 'a 10Mbps line and a 5GHz router', 'Mbps'],
    ['a brand starting lower case', 'bought an iPhone on eBay', 'Phone'],
    ['a brand starting lower case (2)', 'bought an iPhone on eBay', 'Bay'],
    ['an initial before a stop', 'shares in J.P.Morgan rose', 'Morgan'],
    ['an abbreviation in capitals before a stop', 'We met DR.Jones today', 'Jones'],
  ])('not %s: %s', (_name, text, next) => {
    expect(at(text)).not.toContain(text.indexOf(next));
  });
});

describe('segment: the seed page', () => {
  it('gives exactly its five stories', () => {
    const text = readFileSync(path.join(fixtures, 'seed/concatenated-news.txt'), 'utf8');
    const gold = JSON.parse(readFileSync(path.join(fixtures, 'seed/concatenated-news.gold.jsonl'), 'utf8').split('\n')[0]);
    const r = segment(gold.text ?? text);
    expect(starts(r)).toEqual(gold.stories.map((s: { start: number }) => s.start));
    expectInvariants(gold.text, r);
  });
});

describe('segment: text without spaces', () => {
  it('does not crash on Chinese and Japanese text and keeps spans valid', () => {
    const zh = '今天上午市政府宣布大桥将关闭六周进行维修。工程师将更换桥面下的钢缆。\n\n果农说晚霜毁掉了山谷里大部分的花。今年的收成可能减少一半以上。';
    const ja = '市役所は月曜日、橋を六週間閉鎖すると発表した。\nリンゴの生産者は遅霜で花の大半を失った。';
    for (const t of [zh, ja]) {
      const r = segment(t);
      expect(r.stories.length).toBeGreaterThanOrEqual(1);
      expectInvariants(t, r);
    }
  });
});

describe('segment: invariants', () => {
  it('is deterministic and keeps spans ordered, inside the input and equal to their slice', () => {
    for (const joiner of ['nl', 'blank', 'flat', 'glued'] as const) {
      const { text } = compose(STORIES, joiner);
      const a = segment(text);
      expect(segment(text)).toEqual(a);
      expectInvariants(text, a);
    }
  });

  it('holds on arbitrary text', () => {
    fc.assert(fc.property(fc.string({ maxLength: 400 }), (s) => expectInvariants(s, segment(s))), { numRuns: 200 });
    fc.assert(fc.property(fc.array(fc.constantFrom('Word', 'word.', 'The', '\n', '\n\n', ' ', 'end', 'Kicker:', '…', '日本'), { maxLength: 120 }), (parts) => {
      const s = parts.join(' ');
      expectInvariants(s, segment(s));
    }), { numRuns: 200 });
  });

  it('returns no story and a reason for empty input', () => {
    expect(segment('   \n ').stories).toEqual([]);
    expect(segment('').reason).toBeTruthy();
  });
});

describe('segment: block input from a page', () => {
  it('starts stories at card headings and maps spans back to block positions', () => {
    const blocks = STORIES.slice(0, 3).flatMap((s, card) => [
      { text: s[0], tag: 'h2', headingLevel: 2, path: `main/section.teasers/article[${card + 1}]/h2`, isLink: true },
      ...s.slice(1).map((p, i) => ({ text: p, tag: 'p', path: `main/section.teasers/article[${card + 1}]/p[${i + 1}]` })),
    ]);
    const r = segment({ blocks });
    expect(r.stories.map((s) => s.startPos?.block)).toEqual([0, 4, 8]);
    for (const s of r.stories) {
      expect(s.startPos!.offset).toBe(0);
      expect(blocks[s.endPos!.block].text.length).toBe(s.endPos!.offset);
    }
  });
});
