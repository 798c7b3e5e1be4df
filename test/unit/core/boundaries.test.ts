// Cues of engine round 3: entity chains across a cut, names echoed after it, pronoun openers, Hangul stems,
// and no story start inside a block the page calls one text (main article, <pre>).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { chainedCuts, settleChains } from '../../../src/core/boundaries/chains';
import { cohesionModel, makeKept, makeNameEcho } from '../../../src/core/boundaries/cohesion';
import { continuersFor, everydayWordsFor, stopwordsFor, strongContinuersFor } from '../../../src/core/text/lang/stopwords';
import { everydayMask } from '../../../src/core/boundaries/unrelated-parts';
import { captionAbove, explainBoundaries } from '../../../src/core/boundaries/find';
import { flatCohesionWindow, ITEM_LIST_STORY_WORDS, minStoryWords } from '../../../src/core/boundaries/story-length';
import { INLINE_WINDOW, type BoundaryFeatures } from '../../../src/core/boundaries/features';
import { CLEAR_RUN_NAMED, GLUED_DOC_UNSURE, gluedness, termValues } from '../../../src/core/boundaries/terms';
import { SCORING_WEIGHTS } from '../../../src/core/boundaries/scoring-weights';
import { endsLikeTeaser, endsOnEllipsis, endsTerminal, isCaption, isContactLine, isLabelledCaption, opensWithSpeaker } from '../../../src/core/boundaries/cues';
import { endsMidSentence } from '../../../src/core/anatomy/truncation';
import { findCandidates, type Candidate } from '../../../src/core/boundaries/candidates';
import { storiesSpaced } from '../../../src/core/boundaries/glue-near';
import { numberedItems } from '../../../src/core/boundaries/numbered-items';
import { asOneLine, runsOnInLines } from '../../../src/core/boundaries/run-on';
import { speakerTurns } from '../../../src/core/boundaries/speaker-turns';
import { questionTurns } from '../../../src/core/boundaries/questions';
import { endMatterCuts, opensEndMatter, plainTailCut } from '../../../src/core/boundaries/end-matter';
import { segment } from '../../../src/core/segment';
import { tokenAt, tokenize } from '../../../src/core/text/tokenize';
import { makeNamesIntroduced, namesMarkStories } from '../../../src/core/boundaries/names-introduced';
import type { Block } from '../../../src/core/types';

const FIXTURE = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../fixtures/segment/stories.json'), 'utf8'));
const STORIES: string[][] = FIXTURE.stories;

const TEAM = 'Coach Ines Varga said Tolland and Okafor trained with Solberg on Monday. Later Varga praised Okafor, Tolland and Solberg again.';
const OTHER = 'Farmers near Brenna said Quist and Marlow lost their crops. Quist blamed the frost, and Marlow blamed Dunmore for the water.';

describe('entity chains', () => {
  it('a cut between two stories naming the same four people is chained; between different people it is not', () => {
    const text = `${TEAM} ${TEAM.replace('Monday', 'Friday')}`;
    const t = tokenize(text, 'en');
    expect(chainedCuts(t, cohesionModel(t), [tokenAt(t, TEAM.length + 1)])).toEqual(['names']);
    const u = tokenize(`${TEAM} ${OTHER}`, 'en');
    expect(chainedCuts(u, cohesionModel(u), [tokenAt(u, TEAM.length + 1)])).toEqual([null]);
  });

  it('compares a teaser with the part of a long story near the cut: names far above it are chance, not a chain', () => {
    const filler = 'The weather stayed mild and the markets were quiet for most of the week. '.repeat(100);
    const long = `${TEAM} ${filler}`;
    const text = `${long}${TEAM.replace('Monday', 'Friday')}`;
    const t = tokenize(text, 'en');
    expect(chainedCuts(t, cohesionModel(t), [tokenAt(t, long.length)])).toEqual([null]);
    const near = `${filler}${TEAM} `;
    const u = tokenize(`${near}${TEAM.replace('Monday', 'Friday')}`, 'en');
    expect(chainedCuts(u, cohesionModel(u), [tokenAt(u, near.length)])).toEqual(['names']);
  });

  it('a cut between two parts of one article sharing much of their vocabulary is chained, with no name in common', () => {
    const dam = 'the water board will raise the reservoir after dry summers left the basin low, and engineers will strengthen the dam wall over the winter.';
    const bills = 'households will pay for the dam through water bills, and the board says the reservoir will hold more winter rain after the work.';
    const farms = 'apple growers in the hills counted frost damage to blossom on orchard trees, and several farms asked for emergency loans.';
    const t = tokenize(`${dam} ${bills}`, 'en');
    expect(chainedCuts(t, cohesionModel(t), [tokenAt(t, dam.length + 1)])).toEqual(['words']);
    // ...unless a "Read more" ends the story before: teasers on one topic share their words.
    expect(chainedCuts(t, cohesionModel(t), [tokenAt(t, dam.length + 1)], () => true)).toEqual([null]);
    const u = tokenize(`${dam} ${farms}`, 'en');
    expect(chainedCuts(u, cohesionModel(u), [tokenAt(u, dam.length + 1)])).toEqual([null]);
  });

  it('counts the names of the next sentence already used before it', () => {
    const text = `${TEAM} Varga also warned rivals that the team would improve. ${OTHER}`;
    const t = tokenize(text, 'en');
    const echo = makeNameEcho(t, cohesionModel(t));
    expect(echo(tokenAt(t, TEAM.length + 1), 8, 300)).toBe(1);
    expect(echo(tokenAt(t, text.indexOf('Farmers')), 8, 300)).toBe(0);
  });
});

describe('language data', () => {
  it('pronouns and connectives are strong continuers; "It is…", "These…", "Auch…" only weak ones', () => {
    for (const w of ['she', 'he', 'but']) expect(strongContinuersFor('en').has(w)).toBe(true);
    for (const w of ['it', 'these', 'there']) expect([continuersFor('en').has(w), strongContinuersFor('en').has(w)]).toEqual([true, false]);
    expect(strongContinuersFor('de').has('auch')).toBe(false);
    expect(strongContinuersFor('de').has('sie')).toBe(true);
  });

  it('Korean words meet on a short stem, so particles do not hide a repeated word', () => {
    const t = tokenize('대통령은 말했다. 대통령이 웃었다.', 'ko');
    expect(t.id[0]).toBe(t.id[2]);
  });
});

describe('block input: no start inside one block the page calls one text', () => {
  const run = (marks: Partial<Block>) => {
    const body = STORIES.slice(0, 3).map((s) => s.join(' ')).join('\n');
    const blocks: Block[] = [{ text: 'Notes', tag: 'h1', headingLevel: 1 }, { text: body, tag: 'div', ...marks }];
    return segment({ blocks }).stories.filter((s) => s.startPos!.block === 1 && s.startPos!.offset > 0);
  };
  it('inside a <pre> listing', () => expect(run({ tag: 'pre' })).toEqual([]));
  it('inside a block of the main article', () => expect(run({ article: 1 })).toEqual([]));
});

describe('block input: two cards on one topic', () => {
  it('stay two stories: a card the page opens is not undone by the words the two share', () => {
    const article = FIXTURE.regressions.find((r: { name: string }) => r.name.startsWith('one article with a caption line')).parts[0] as string[];
    const card = (n: number, title: string, paras: string[]): Block[] => [
      { text: title, tag: 'h3', headingLevel: 3, path: `main[1]/section[1]/article.card[${n}]`, region: 'main' },
      ...paras.map((text): Block => ({ text, tag: 'p', path: `main[1]/section[1]/article.card[${n}]`, region: 'main' })),
    ];
    const blocks = [...card(1, 'Reservoir to rise by four metres', article.slice(0, 4)), ...card(2, 'Who pays for the taller dam', article.slice(5))];
    expect(segment({ blocks }).stories.map((s) => s.startPos!.block)).toEqual([0, 5]);
  });
});

describe('flat text: the exact end of a cut teaser', () => {
  it('starts the next story at its own first word, not a few words before or after', () => {
    const c = FIXTURE.regressions.find((r: { name: string }) => r.name.startsWith('flat teasers cut mid-sentence'));
    const text = c.parts.map((p: string[]) => p.join(' ')).join(' ');
    const starts = segment(text, { lang: 'en' }).stories.map((s) => s.start);
    expect(starts).toContain(text.indexOf('Apple and cherry'));
    expect(starts).toContain(text.indexOf('A twelve-year-old'));
  });
});

describe('names that stand together', () => {
  it('counts how often the words either side of a point stand side by side in the text', async () => {
    const { makePairCount } = await import('../../../src/core/boundaries/attach');
    const text = 'Wayne Rooney scored twice. Fans cheered as Wayne Rooney left the pitch, and Rooney waved.';
    const t = tokenize(text, 'en');
    const pairs = makePairCount(t);
    expect(pairs(tokenAt(t, text.indexOf('Rooney left')))).toBe(2);
    expect(pairs(tokenAt(t, text.indexOf('Rooney waved')))).toBe(1);
  });
});

describe('headlines in flat text', () => {
  it('finds the words of a headline run that its lede restates', async () => {
    const { makeRestated } = await import('../../../src/core/boundaries/attach');
    const text = 'before it all. Beastie Boys win sampling battle US rappers Beastie Boys have won their long battle over a sample.';
    const t = tokenize(text, 'en');
    const restated = makeRestated(t, cohesionModel(t));
    expect(restated(tokenAt(t, text.indexOf('Beastie')))).toBeGreaterThanOrEqual(2);
    expect(restated(tokenAt(t, text.indexOf('rappers')))).toBe(0);
  });
});

describe('flat text: no story opens on the tail of a sentence', () => {
  const c = FIXTURE.regressions.find((r: { name: string }) => r.name.startsWith('flat teasers: a story starts after the few-word tail'));
  const text: string = c.parts.map((p: string[]) => p.join(' ')).join(' ');
  it('a mid-sentence cut a few words before a full stop ("the |Orchard Valley Laboratory.") moves to the sentence start after it', () => {
    const r = segment(text, { lang: 'en' });
    expect(r.stories.map((s) => s.text.slice(0, 20))).toEqual(['Harbour council dela', 'Growers count losses', 'A twelve-year-old fr']);
  });
});

describe('glued joins after a name', () => {
  it('a name glued to a one-letter word or a quote is a cut after the name, not a camel-case name', () => {
    const text = 'Councillors said the contract would be signed next week with the long-established building firm Liles“I have been complicit in the pipeline work,” she said. It also went to JarvisA US defence firm has agreed to buy a radar maker.';
    const { cands, features } = explainBoundaries(text, 'en');
    for (const next of ['“I have', 'A US']) {
      const i = cands.findIndex((c) => c.start === text.indexOf(next));
      expect(i).toBeGreaterThanOrEqual(0);
      expect(features[i].prevCapWord).toBe(false);
    }
  });
});

describe('teaser ends', () => {
  it('a bare "more" ends a teaser at a line end, not inside a line ("immer mehr Frauen")', () => {
    expect(endsLikeTeaser('Die Zahl der Kinder steigt. Mehr')).toBe(true);
    expect(endsLikeTeaser('Die Zahl der Kinder steigt, immer mehr', true)).toBe(false);
    expect(endsLikeTeaser('He was denied defector status. Read more', true)).toBe(true);
    expect(endsLikeTeaser('He was denied defector …', true)).toBe(true);
  });

  it('tells a bare ellipsis (a teaser, or a speaker broken off) from a "Read more" before a given end', () => {
    const text = 'It is why, in this budget, we are... \nGREGG: No! Read more \nNext.';
    expect(endsOnEllipsis(text, text.indexOf('GREGG'))).toBe(true);
    expect(endsOnEllipsis(text, text.indexOf('Next'))).toBe(false);
    expect(endsOnEllipsis('Ein Satz …', 10)).toBe(true);
  });

  it('reads a transcript speaker\'s label, not a sentence that opens with a capital, as a turn', () => {
    expect(opensWithSpeaker('x\nGREGG: No, no!', 2)).toBe(true);
    expect(opensWithSpeaker('SEN. JUDD GREGG: Let me read it.', 0)).toBe(true);
    expect(opensWithSpeaker('Gregg said no.', 0)).toBe(false);
    expect(opensWithSpeaker('THE BOARD SAID NO TO THE PLAN: it', 0)).toBe(false);
  });
});

describe('settling entity chains', () => {
  // A fake decoder: it prefers cut 5, then 7 once 5 is penalised, then none once 7 is too.
  const decoder = () => {
    const penalised = new Set<number>();
    return {
      penalised,
      decode: () => (!penalised.has(5) ? [5] : !penalised.has(7) ? [7] : []),
      penalise: (c: number) => penalised.add(c),
    };
  };

  it('checks the cut the decoder picks after one is undone, until none is chained', () => {
    const d = decoder();
    expect(settleChains(d.decode, (cuts) => cuts.map(() => 'names' as const), d.penalise)).toEqual([]);
    expect([...d.penalised]).toEqual([5, 7]);
  });

  it('keeps a cut that joins no chain, and penalises each candidate once', () => {
    const d = decoder();
    expect(settleChains(d.decode, (cuts) => cuts.map((c) => (c === 5 ? 'words' as const : null)), d.penalise)).toEqual([7]);
    expect([...d.penalised]).toEqual([5]);
  });
});

/** The start (`chars` characters) of each candidate a whole-text column marks, in an English text. */
const markedBy = (column: (text: string, cands: ReturnType<typeof findCandidates>) => Uint8Array, chars: number) => (text: string) => {
  const cands = findCandidates(text, stopwordsFor('en'));
  const col = column(text, cands);
  return cands.filter((_, i) => col[i] === 1).map((c) => text.slice(c.start, c.start + chars));
};

describe('numbered items', () => {
  const marked = markedBy(numberedItems, 8);
  it('marks numbers that go on one after another in one shape, and the title right after each', () => {
    const text = 'Intro to the list here.\n1\nFirst car\nIt is quick.\n2\nSecond car\nIt is slow.\n3\nThird car\nIt is big.';
    expect(marked(text)).toEqual(['1\nFirst ', 'First ca', '2\nSecond', 'Second c', '3\nThird ', 'Third ca']);
    expect(marked('We looked at it. PART 1: TRAINING Lift twice a week. PART 2: FOOD Eat well. PART 3: SLEEP Rest.')).toEqual(['PART 1: ', 'TRAINING', 'PART 2: ', 'FOOD Eat', 'PART 3: ', 'SLEEP Re']);
  });
  it('marks no lone number or pair, no numbers out of order or of different shapes, and no year or count', () => {
    expect(marked('He left.\n1. The first point is here.\nShe stayed.')).toEqual([]);
    expect(marked('Köln won. 1. FC Köln is top. Then Bochum lost. 2. Bundesliga games follow.')).toEqual([]);
    expect(marked('He left. 3. A point. She stayed. 2. A point. They went. 1. A point.')).toEqual([]);
    expect(marked('He left. 1. The first point. She stayed. 2) The second point. We went. 3 - The third point.')).toEqual([]);
    expect(marked('He left. 2026 Hyundai cars. She stayed. 2027 Kia cars. Then 13 weeks passed. 14 weeks later it ended.')).toEqual([]);
  });
  it('marks no ranked list of separate stories: one that opens the text, or has no sentence before it', () => {
    const ranked = ['Ferry fares rise in May\nThe operator blamed fuel costs.', 'Museum returns bronzes\nThe objects go back to Benin.', 'Storm closes schools\nWinds hit the coast overnight.', 'Rail strike ends\nUnions accepted the offer.'];
    expect(marked(ranked.map((r, i) => `${i + 1}. ${r}`).join('\n'))).toEqual([]);
    expect(marked(`Most read\n${ranked.map((r, i) => `${i + 1}\n${r}`).join('\n')}`)).toEqual([]);
  });
  it('needs four ordinals ending on a full stop: league names run in order by chance ("1. FC Köln", "2. Bundesliga", "3. Liga")', () => {
    expect(marked('Köln won. 1. FC Köln trennt sich vom Trainer. Später: 2. Bundesliga: Hertha gewinnt. Dann 3. Liga: Aue verliert.')).toEqual([]);
  });
});

describe('speaker turns', () => {
  const marked = markedBy(speakerTurns, 5);
  it('marks a label that opens three turns or more when another label recurs too', () => {
    const text = 'HOST: Hello.\nANNA LEE: Hi.\nHOST: Why?\nANNA LEE: Because.\nHOST: And then?\nANNA LEE: Nothing.';
    expect(marked(text)).toEqual(['ANNA ', 'HOST:', 'ANNA ', 'HOST:', 'ANNA ']);
  });
  it('marks no kicker that recurs alone, nor labels seen twice', () => {
    expect(marked('WATCH: A fox in town.\nWATCH: A bear at the lake.\nWATCH: A dog on a bike.\nEXCLUSIVE: The mayor speaks.')).toEqual([]);
    expect(marked('HOST: Hello.\nANNA: Hi.\nHOST: Why?\nANNA: Because.')).toEqual([]);
  });
  it('marks no ticker of recurring kickers, nor a column of datelines: no turn asks a question', () => {
    expect(marked('BREAKING: Fire at the port.\nUPDATE: Roads reopen.\nBREAKING: Mayor resigns.\nUPDATE: Vote on Friday.\nBREAKING: Storm warning.')).toEqual([]);
    expect(marked('NEW DELHI: Rains hit the city.\nMUMBAI: Trains run late.\nNEW DELHI: Schools close.\nMUMBAI: Port reopens.\nNEW DELHI: Power returns.')).toEqual([]);
  });
});

describe("a writer's handle after the last sentence", () => {
  it('signs the story off: the sentence before it ends the story, and the story is not cut', () => {
    const bio = 'He joined the paper in 2007 as a feature writer for the Sunday section. @janedoe';
    expect(endsTerminal(bio)).toBe(true);
    expect(endsMidSentence(bio, 'en')).toBeNull();
    expect(endsTerminal('The talks went on late into the night with @janedoe')).toBe(false);
    expect(endsMidSentence('The talks went on late into the night with @janedoe', 'en')).not.toBeNull();
  });
});

describe('footnote marks after a sentence', () => {
  it('a sentence ends before its reference marks, and a line ending so is no cut teaser', () => {
    expect(endsTerminal('The mill closed in the spring of 1911.[4]')).toBe(true);
    expect(endsTerminal('The mill closed in the spring of 1911.[4][5][12]')).toBe(true);
    expect(endsTerminal('He called the stove "a small miracle".[b]')).toBe(true);
    expect(endsTerminal('Nobody knows who built the first one.[citation needed]')).toBe(true);
    expect(endsTerminal('The tables are listed in the appendix [4]')).toBe(false);
    expect(endsTerminal('The river rose again in the night and the farmers [+1880 chars]')).toBe(false);
    // A label glued to the stop is no footnote: the teaser it closes is still cut off.
    for (const label of ['[Read more]', '[Video]', '[Updated]', '[1/2]']) expect(endsTerminal(`The council will decide next month.${label}`)).toBe(false);
    const para = 'The old mill on the river was built by a family of weavers who came to the valley from the north in the spring of 1911.[4]';
    const text = `${para}\nIts wheel turned for sixty years and fed the looms of the whole town until the river was moved.[5]\n${para}`;
    const e = explainBoundaries(text, 'en');
    const f = e.features[e.cands.findIndex((c) => c.start === text.indexOf('Its wheel'))];
    expect(f.prevTerminal).toBe(true);
    expect(termValues(f, e.doc).map(([n]) => n)).not.toContain('prevCut');
  });
});

describe('novelty read against the text before', () => {
  it('the same share of new words after a line break counts more deep in a long text than near its start', () => {
    const text = 'The harbour board met on Monday to discuss the new ferry timetable.\nFishermen said the changes would cost them the early market.';
    const e = explainBoundaries(text, 'en');
    const f = e.features[e.cands.findIndex((c) => c.start === text.indexOf('Fishermen'))];
    const slope = (word: number) => termValues({ ...f, word, novelty: 0.6 }, e.doc).find(([n]) => n === 'noveltySlope')?.[1] ?? 0;
    expect(slope(40)).toBe(slope(120));
    expect(slope(2000)).toBeGreaterThan(slope(120));
  });
});

describe('a headline over words the text has had already', () => {
  // Padding of words used once (they say nothing either way), so that the text has enough chunks for a word in one or
  // two of them to be rare.
  const pad = (tag: string, n: number) => Array.from({ length: n }, (_, i) => `${tag}${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}`).join(' ');
  const text = `Glenmore ferry berth plans. ${pad('qa', 200)}\nBerth Delays Anger Glenmore Trawlers\nThe berth at Glenmore ${pad('qb', 60)} orchestra violinist symphony. ${pad('qc', 150)}\nOrchestra Symphony`;
  it('reads the share of the rare words below that the text above used (a subheading), not of the new ones (a new story)', () => {
    const tokens = tokenize(text, 'en');
    const kept = makeKept(tokens, cohesionModel(tokens));
    expect(kept(tokenAt(tokens, text.indexOf('Berth Delays')), 60)).toBe(1);
    expect(kept(tokenAt(tokens, text.indexOf('orchestra violinist')), 10)).toBe(0);
  });
  it('counts against a cut before a headline that keeps the words, outside a list of headlines over summaries', () => {
    const e = explainBoundaries(text, 'en');
    const f = e.features[e.cands.findIndex((c) => c.start === text.indexOf('Berth Delays'))];
    const term = (kept: number, headlineList = false) => termValues({ ...f, nextHeadline: true, cosine: 0.1, kept }, { ...e.doc, headlineList }).find(([n]) => n === 'headlineKeepsWords')?.[1];
    expect(term(0.9)).toBeGreaterThan(0);
    expect(term(0.1)).toBeUndefined();
    expect(term(0.9, true)).toBeUndefined();
  });
});

describe('an ellipsis the sentence goes on after', () => {
  it('a lower-case word after an ellipsis counts as going on a sentence, as after no stop', () => {
    const text = 'Every year I need to try a couple of games before I choose… and this year two late ones made it. The list closes the year for me… Farmers near the river said the frost came early.';
    const e = explainBoundaries(text, 'en');
    const at = (s: string) => e.features[e.cands.findIndex((c) => text.startsWith(s, c.start))];
    expect(at('and this year')).toMatchObject({ ellipsisGoesOn: true, nextLower: true });
    expect(termValues(at('and this year'), e.doc).map(([n]) => n)).toContain('nextLower');
    expect(termValues(at('and this year'), e.doc).map(([n]) => n)).not.toContain('nextLowerAfterStop');
    expect(at('Farmers near')).toMatchObject({ ellipsisGoesOn: false });
  });
  it('says nothing in a script with no capitals (Georgian): there every word opens in a small letter', () => {
    const text = 'თბილისში ახალი მეტროს სადგური გაიხსნა… მთავრობამ ახალი ბიუჯეტი დაამტკიცა და ხარჯები გაზარდა… ფერმერები ყინვის გამო ზარალს ითვლიან…';
    const e = explainBoundaries(text, 'ka');
    expect(e.features.some((f) => f.ellipsisGoesOn)).toBe(false);
  });
});

describe('flat text: a headline whose first words are capitalised too', () => {
  const text = 'Dock workers in Varnhold voted on Tuesday to end the strike, and the union said its members would go back to the cranes because the owner '
    + 'Check out Mira Okonkwo and her new garden home in the hills above the old harbour town, where she grows figs and lemons all year.';
  const at = (r: ReturnType<typeof explainBoundaries>, word: string) => r.cands.findIndex((c) => c.start === text.indexOf(word));
  it('of two near-tied capital cuts a few words apart, takes the one after the teaser\'s last lower-case word', async () => {
    const { earlierCapCuts } = await import('../../../src/core/boundaries/near-cuts');
    const r = explainBoundaries(text, 'en');
    const check = at(r, 'Check out'), mira = at(r, 'Mira');
    expect(r.cands[check].kind).toBe('cap');
    expect(r.cands[mira].kind).toBe('cap');
    const scores = r.scores.slice();
    scores[check] = scores[mira] = 2;
    expect(earlierCapCuts(text, r.cands, r.features, scores, [mira])).toEqual([check]);
    // A clear preference for the later one stands.
    scores[check] = 1;
    expect(earlierCapCuts(text, r.cands, r.features, scores, [mira])).toEqual([mira]);
  });
  it('moves no cut back over a full stop', async () => {
    const { earlierCapCuts } = await import('../../../src/core/boundaries/near-cuts');
    const stopped = text.replace('the owner Check out', 'the owner sold it in May. Check out');
    const r = explainBoundaries(stopped, 'en');
    const may = r.cands.findIndex((c) => c.start === stopped.indexOf('May.'));
    const mira = r.cands.findIndex((c) => c.start === stopped.indexOf('Mira'));
    expect(r.cands[may].kind).toBe('cap');
    const scores = r.scores.map(() => 2);
    expect(earlierCapCuts(stopped, r.cands, r.features, scores, [mira])).toEqual([mira]);
  });
  it('moves no cut back over a name in a sentence ("…the owner Mira Okonkwo, who |Check…"): a comma is no headline\'s', async () => {
    const { earlierCapCuts } = await import('../../../src/core/boundaries/near-cuts');
    const named = 'Dock workers in Varnhold voted on Tuesday to end the strike, and the union said its members would thank the owner '
      + 'Mira Okonkwo, who Check out the new garden home in the hills above the old harbour town, where figs and lemons grow all year.';
    const r = explainBoundaries(named, 'en');
    const mira = r.cands.findIndex((c) => c.start === named.indexOf('Mira'));
    const check = r.cands.findIndex((c) => c.start === named.indexOf('Check out'));
    expect(r.cands[mira].kind).toBe('cap');
    const scores = r.scores.map(() => 2);
    expect(earlierCapCuts(named, r.cands, r.features, scores, [check])).toEqual([check]);
  });
});

describe("an article's end matter in the text's tail", () => {
  const para = [
    'The river authority opened the new flood gates at Halden on Monday after four years of building work.',
    'Engineers say the gates can hold back a surge two metres higher than the one that flooded the lower town in the winter of 2019.',
    'Residents of the lower town watched from the embankment as the first of the six steel gates swung shut during the test.',
    'The authority spent most of its budget on the foundations, which had to be sunk through soft clay to the rock beneath the riverbed.',
    'Shopkeepers along the quay said insurance firms had already begun to lower their premiums now that the gates are working.',
  ].join(' ');
  const article = ['Monday', 'Tuesday', 'Friday', 'Sunday'].map((day) => para.replace('Monday', day)).join('\n');
  const bio = 'Marta Lindqvist has reported on the river authority and the flood gates at Halden since the winter of 2019.';

  it('a print note after the writer\'s line stays with the article: its new words make no story', () => {
    const notice = "A version of this article appears in print on June 4, 2026, Section B, Page 3 of the Northern edition with the headline: Gates Shut Tight as Valley Waits for Spring Thaw. Order Reprints | Today's Paper | Subscribe";
    expect(segment(`${article}\n${bio}\n${notice}`, { lang: 'en' }).stories).toHaveLength(1);
  });

  it('reads openings in several languages, at a sentence start only', () => {
    for (const s of ['Copyright 2026 Example Network, LLC.', '© 2026 Example Media. All rights reserved.', 'Dieser Artikel erschien zuerst in der Wochenendausgabe.', '© RIPRODUZIONE RISERVATA', 'Este artículo fue publicado originalmente en inglés.', 'Todos os direitos reservados.', 'Все права защищены.', 'Click here to sign up for our morning emails.', 'Example.com, Inc. takes no responsibility for the content of the posts above.', 'About the author: Jo Reyes covers transport.', 'Short bio on Ines Varga: Ines Varga is a Hungarian-born cellist.', 'Über die Autorin: Lena Brandt schreibt über Verkehr.', 'Об авторе: журналист из Казани.', 'Sobre o autor: jornalista de Lisboa.'])
      expect(opensEndMatter(s, 0), s).toBe(true);
    for (const s of ['The copyright office said the rules would change.', 'Reserved seats sold out within an hour.', 'The report was published by the health ministry on Friday and shows a rise in cases.', 'Der Text wurde am Montag veröffentlicht und sorgt für Streit.', 'About the authority\'s plans, little is known.', 'Sobre o autorretrato, o museu nada disse.'])
      expect(opensEndMatter(s, 0), s).toBe(false);
  });

  it('marks only a short tail: a note heading a republished story opens that story, even a teaser', () => {
    const head = 'This article was originally published by the Valley Courier.';
    const cuts = (text: string, starts: number[], wordsFrom: (o: number) => number) => [...endMatterCuts(text, starts.map((start) => ({ start, kind: 'line' })), wordsFrom)];
    const teaser = `${head} ${para}`;
    expect(cuts(teaser, [0], () => 80)).toEqual([0]);
    expect(cuts(teaser, [0], () => 30)).toEqual([1]);
    const text = `${head}\n${article}`;
    const wordsFrom = (o: number) => text.slice(o).split(/\s+/).filter(Boolean).length;
    expect(cuts(text, [0, text.indexOf('The river')], wordsFrom)).toEqual([0, 0]);
    const tail = `${article}\n${head}`;
    expect(cuts(tail, [tail.indexOf('Engineers'), tail.lastIndexOf('This article')], (o) => tail.slice(o).split(/\s+/).filter(Boolean).length)).toEqual([0, 1]);
  });

  const closing = 'Copyright 2026 The Valley Wire. All rights reserved.';
  const brief = [
    'A magnitude 5.2 earthquake shook the northern coast of the island early on Tuesday, the national seismic service said.',
    'There were no immediate reports of damage, and ferries kept to their timetable through the morning.',
    'The quake was felt as far as the capital, where some office buildings were briefly cleared.',
  ].join('\n');

  it('leaves the next story after a closing line: a wire feed ends a story so', () => {
    const text = `${article}\n${closing}\n${brief}`;
    const { stories } = segment(text, { lang: 'en' });
    expect(stories.map((s) => text.slice(s.start, s.end).trim().split('\n').at(-1))).toEqual([closing, brief.split('\n').at(-1)]);
  });

  it("marks only repeated end matter as the feed's: a listicle's repeated labels stay words of its items", async () => {
    const { repeatedLineTokens } = await import('@core/boundaries/repeated-lines');
    const { tokenize } = await import('@core/text/tokenize');
    const text = `Harbour cafe\nWhy we like it\nGood coffee.\n${closing}\nQuay bakery\nWhy we like it\nFresh bread.\n${closing}`;
    const tokens = tokenize(text, 'en');
    const marked = new Set<string>();
    repeatedLineTokens(text, tokens).forEach((m, i) => { if (m) marked.add(text.slice(tokens.start[i], tokens.end[i])); });
    expect(marked.has('Copyright') && marked.has('reserved')).toBe(true);
    expect(marked.has('like') || marked.has('Harbour')).toBe(false);
  });

  // The same closing under each story is no word the two stories share: it is the feed's (repeated-lines.ts).
  it('leaves the next story when every story ends on the same closing line', () => {
    expect(segment(`${article}\n${closing}\n${brief}\n${closing}`, { lang: 'en' }).stories).toHaveLength(2);
  });
});

describe("a long article's closing paragraph in the text's tail", () => {
  const body = [
    'The river authority opened the new flood gates at Halden on Monday after four years of building work on the lower river.',
    'Engineers say the gates can hold back a surge two metres higher than the one that flooded the lower town in the winter of 2019, when water stood in the market square for a week.',
    'Residents of the lower town watched from the embankment as the first of the six steel gates swung shut during the test, and some of them cheered when the river stopped rising behind it.',
    'The authority spent most of its budget on the foundations, which had to be sunk through soft clay to the rock beneath the riverbed, a job that took two winters longer than planned.',
    'Shopkeepers along the quay said insurance firms had already begun to lower their premiums now that the gates are working, though several said they would wait for the spring floods before they believed it.',
    'The mayor of Halden said the town had waited thirty years for the gates, and thanked the engineers and the crews who had worked through two hard winters on the riverbed.',
    'The gates will be tested again in March, when the authority expects the meltwater from the hills to reach the town, and the lower town will be warned by sirens if they are closed.',
    'Farmers upstream asked the authority to build a second set of gates at the old mill, where the river breaks its banks almost every spring and floods the fields along the valley road.',
    'The authority said it would study the mill site next year, but that money for a second set of gates would have to come from the regional government and not from the town.',
    'A public meeting on the plans for the mill will be held in the town hall on the first Thursday of next month.',
  ].join('\n\n');
  const signOff = 'Thank you for reading our weekly notebook. We love your letters, photographs and questions: send them along, and we will answer as many as we can in the next issue. Until then, enjoy the long evenings.';

  it('a sign-off whose words are all new stays with the article above it', () => {
    expect(segment(`${body}\n\n${signOff}`, { lang: 'en' }).stories).toHaveLength(1);
  });

  it('only a line break of a text in paragraphs, after 300 words, in the last 120, with no structure for it', () => {
    expect(plainTailCut(true, 340, 40, 0.2)).toBe(true);
    expect(plainTailCut(false, 340, 40, 0.2)).toBe(false);
    expect(plainTailCut(true, 200, 40, 0.2)).toBe(false);
    expect(plainTailCut(true, 340, 200, 0.2)).toBe(false);
    // Two teaser-long lines (+1), a headline (+3) or a line cut off (+4) is structure: a teaser after the article.
    expect(plainTailCut(true, 340, 40, 1.2)).toBe(false);
  });
});

describe("a writer's contact line and a copyright notice close the article above", () => {
  const article = [
    'The river authority opened the new flood gates at Halden on Monday after four years of building work.',
    'Engineers say the gates can hold back a surge two metres higher than the one that flooded the lower town in the winter of 2019.',
    'Residents of the lower town watched from the embankment as the first of the six steel gates swung shut during the test.',
    'The authority spent most of its budget on the foundations, which had to be sunk through soft clay to the rock beneath the riverbed.',
    'Shopkeepers along the quay said insurance firms had already begun to lower their premiums now that the gates are working.',
  ].join('\n\n');
  const contact = 'Marta Lindqvist can be reached at marta.lindqvist@example.org.';
  const notice = '© 2026 The Valley Wire';
  const brief = [
    'Orchard growers in the southern hills expect a record cherry harvest after a mild spring and a dry June, their cooperative said.',
    'Pickers from three neighbouring countries have been hired for the season, which starts a week earlier than usual.',
    'Prices at the wholesale market fell by a fifth on Thursday as the first crates arrived.',
  ].join(' ');

  it('reads a short line holding an e-mail address as a contact line, and a "© year" line as a notice, not a credit', () => {
    expect(isContactLine(contact)).toBe(true);
    expect(isContactLine('Got a tip? Email the newsroom at tips@example.com or call us.')).toBe(true);
    expect(isContactLine('The council met @ the town hall on Monday.')).toBe(false);
    // A lede that names an address inside its sentence opens a story.
    expect(isContactLine('Customers of a regional bank received e-mails from alerts@northbank-secure.example asking them to confirm their card numbers.')).toBe(false);
    expect(isContactLine(`${article.replace(/\n+/g, ' ')} Write to desk@example.org.`)).toBe(false);
    expect(isCaption(notice)).toBe(false);
    expect(isCaption('© Copyright 2026 Valley Media')).toBe(false);
    expect(isCaption('© Reuters')).toBe(true);
  });

  it('no story opens on the contact line: the candidate before it carries the term, the one after it does not', () => {
    const text = `${article}\n\n${contact}\n\n${brief}`;
    const r = explainBoundaries(text, 'en');
    const term = (at: number) => termValues(r.features[r.cands.findIndex((c) => c.start === at)], r.doc).find(([n]) => n === 'nextContactLine')?.[1];
    expect(term(text.indexOf(contact))).toBe(1);
    expect(term(text.indexOf(brief))).toBeUndefined();
    expect(SCORING_WEIGHTS.nextContactLine).toBeLessThan(0);
  });

  it('the next story starts after them, not before the contact line', () => {
    const text = `${article}\n\n${contact}\n\n${notice}\n\n${brief}`;
    const { stories } = segment(text, { lang: 'en' });
    expect(stories.map((s) => text.slice(s.start, s.end).trim().split('\n').at(-1))).toEqual([notice, brief]);
  });
});

describe('a labelled picture caption between paragraphs is no teaser cut off', () => {
  const caption = 'Quiet morning: the new ferry leaves the harbour at Brenna with its first passengers on board during the test run';
  const kicker = 'FERRY WOES: the new ferry leaves the harbour at Brenna with its first passengers on board during the test run';
  const para = 'The ferry company said the crossing took forty minutes, ten fewer than on the old boat, and that the timetable would change in June.';
  const next = 'Passengers on the quay said the new boat was quieter and that the cafe on its upper deck was already busy.';
  const prevCutAfter = (line: string): number | undefined => {
    const text = `${para}\n${line}\n${next}`;
    const r = explainBoundaries(text, 'en');
    const i = r.cands.findIndex((c) => c.start === text.indexOf(next));
    return termValues(r.features[i], r.doc).find(([n]) => n === 'prevCut')?.[1];
  };

  it('reads a short label in sentence case and a colon, with no stop, as a caption; a kicker in capitals or a sentence is none', () => {
    expect(isLabelledCaption(caption)).toBe(true);
    expect(isLabelledCaption(kicker)).toBe(false);
    expect(isLabelledCaption(`${caption}.`)).toBe(false);
    expect(isLabelledCaption(next)).toBe(false);
  });

  it('the line after it gets no "cut off" evidence; after a cut teaser line with no label it does', () => {
    expect(prevCutAfter(caption)).toBeUndefined();
    expect(prevCutAfter(caption.replace('Quiet morning: t', 'T'))).toBe(1);
    expect(prevCutAfter(kicker)).toBe(1);
  });
});

describe("questions asked line after line (an interview's or a commentary's)", () => {
  const answer = (topic: string) => `The ${topic} was the first thing the board looked at, and most of its members agreed that nothing would change before the summer.`;
  // The host asks at the end of a paragraph, as a commentary does.
  const ask = (topic: string) => `The ${topic} came up again at the long meeting on Thursday, and the harbour master spoke first. What did the board finally decide about the ${topic}?`;
  const topics = ['harbour fees', 'ferry timetable', 'quay lights', 'winter moorings'];
  const text = topics.map((t) => `${ask(t)}\n${answer(t)}`).join('\n');

  it('marks the lines that ask, in a text that asks three times or more', () => {
    const cands = findCandidates(text, stopwordsFor('en'), 'en');
    const marked = questionTurns(text, cands);
    const at = (s: string) => marked[cands.findIndex((c) => c.start === text.indexOf(s))];
    expect(at(ask('ferry timetable'))).toBe(1);
    // The line after a question may start a story: a run of short questions can end an article.
    expect(at(answer('winter moorings'))).toBe(0);
    const twice = topics.slice(0, 2).map((t) => `${ask(t)}\n${answer(t)}`).join('\n');
    expect([...questionTurns(twice, findCandidates(twice, stopwordsFor('en'), 'en'))]).not.toContain(1);
  });

  it('leaves the first question after a long stretch alone: a letter to a column may open a story there', () => {
    const article = Array.from({ length: 6 }, (_, k) => answer(`item ${k}`)).join('\n');
    const letter = 'Dear Editor: the last bus to our village now leaves the square at six. Why can the council not keep one late service?';
    const later = `${text}\n${article}\n${letter}\n${answer('diet')}`;
    const cands = findCandidates(later, stopwordsFor('en'), 'en');
    expect(questionTurns(later, cands)[cands.findIndex((c) => c.start === later.indexOf('Dear Editor'))]).toBe(0);
  });

  it('leaves a front\'s teasers under question headlines alone: no line asks in a paragraph', () => {
    const teasers = [
      ['Is the housing market about to turn for first-time buyers this year?', 'Mortgage rates fell for the third month in a row, and estate agents in the south report more viewings than at any time since the spring.'],
      ['Why are so many young farmers leaving the valley for the cities?', 'A survey of two hundred farms found that fewer than one in five has a successor, as land prices and long hours push the next generation away.'],
      ['What will the new ferry timetable mean for island commuters next month?', 'The operator cuts the early crossing on weekdays and adds two evening sailings, a change the island council says will cost workers an hour a day.'],
      ['Can the city museum survive the loss of its biggest private donor?', 'The foundation that paid a third of the running costs is closing, and the board has begun talks with the regional government about a rescue.'],
    ];
    const front = teasers.map((t) => t.join('\n')).join('\n');
    expect([...questionTurns(front, findCandidates(front, stopwordsFor('en'), 'en'))]).not.toContain(1);
    expect(segment(front, { lang: 'en' }).stories).toHaveLength(4);
  });

  it('counts against a cut there', () => {
    const e = explainBoundaries(text, 'en');
    const f = e.features[e.cands.findIndex((c) => c.start === text.indexOf(ask('quay lights')))];
    expect(termValues(f, e.doc).map(([n]) => n)).toContain('questionTurn');
    expect(SCORING_WEIGHTS.questionTurn).toBeLessThan(0);
  });
});

describe('a short line with no stop between paragraphs', () => {
  it('reads as a caption, where a chain undoes the cut after it; a teaser cut off after another one does not', () => {
    const para = 'The harbour board met on Monday to discuss the new ferry timetable and the fees for the quay.';
    // (With a label, "Early start: …", the line is a labelled caption and no cut off evidence is read at all.)
    const caption = 'Crews at work on the new quay in the early morning light before the market';
    const next = 'Fishermen said the changes would cost them the early market and asked for a second vote.';
    const at = (text: string) => {
      const e = explainBoundaries(text, 'en');
      return captionAbove(e.cands, e.features, e.doc, e.cands.findIndex((c) => c.start === text.indexOf(next)));
    };
    expect(at(`${para}\n${caption}\n${next}`)).toBe(true);
    expect(at(`${para.replace(/\.$/, ' and')}\n${caption}\n${next}`)).toBe(false);
    // A headline opening the text is no caption: no paragraph above it.
    expect(at(`${caption}\n${next}`)).toBe(false);
  });
});

describe('flat text: a list of short unrelated items', () => {
  // Six made-up aggregator summaries (a headline run into one sentence), joined by spaces: every sentence brings its
  // own words, and each story is shorter than running text's 40-word minimum.
  const ITEMS = [
    'Harbour ferry fares rise again The Kestrel Bay ferry company will charge commuters twelve percent more from March, blaming fuel costs and a shortage of trained deckhands.',
    'Orchard growers count frost damage Apple and pear farmers across the Vessel valley lost nearly half their blossom after three freezing nights, the regional growers association reported.',
    'Striker signs four-year contract Midfield veteran Tomas Ardel joined Brightwater Rovers for an undisclosed fee, ending months of speculation about his future in the northern league.',
    'Museum reopens restored planetarium Visitors can again watch projected constellations under the copper dome, which engineers rebuilt with new lenses, seating and a quieter ventilation system.',
    'Chipmaker delays battery factory Semiconductor group Lumiq postponed construction of its lithium plant near Osterfeld, citing weaker demand for electric scooters and higher borrowing costs.',
    'Teenage chess prodigy wins open Fifteen-year-old Mira Castell beat six grandmasters during the Valdoria tournament, finishing unbeaten with a daring rook sacrifice in the final round.',
    'Rail union calls weekend strike Drivers on the coastal line will stop work from Friday evening until Monday morning over rosters, shift pay and the closure of two depots.',
    'Lighthouse keeper retires after forty years Elsa Morven climbed the tower steps twice a day since 1986 and will hand the keys to the maritime trust at a ceremony on Sunday.',
  ];
  it('reads as a list of items, where stories of 30 words are allowed', () => {
    const r = explainBoundaries(ITEMS.join(' '), 'en');
    expect(r.doc.itemList).toBe(true);
    expect(r.minWords).toBeLessThanOrEqual(30);
  });
  it('gives a sentence end there no prior against a story start: it is as likely one as not, and the words decide', () => {
    const r = explainBoundaries(ITEMS.join(' '), 'en');
    const ends = r.features.filter((f) => f.kind === 'sentence');
    expect(ends.length).toBeGreaterThan(0);
    for (const f of ends) expect(termValues(f, r.doc).map(([n]) => n)).not.toContain('priorSentence');
    expect(termValues(ends[0], { ...r.doc, itemList: false }).map(([n]) => n)).toContain('priorSentence');
  });
  it('one story whose sentences keep their words is no such list', () => {
    const story = 'The Kestrel Bay ferry company will charge commuters more from March. The ferry company blamed fuel costs for the rise in ferry fares. Commuters on the Kestrel Bay ferry said the fares were already high. The company said ferry fuel costs doubled since last March. A commuter group will meet the ferry company about the fares in March.';
    expect(explainBoundaries(story, 'en').doc.itemList).toBe(false);
  });
  it('a short piece whose every sentence is new, under 200 words, is no such list: it stays whole', () => {
    const note = 'A weekend by the harbour, done cheaply Start early at the fish market, where stalls sell grilled sardines for two coins. Ferries cross the bay every twenty minutes and cost less than a coffee. Museums open late on Thursdays, and most waive the fee after six. Bakeries near the old walls sell yesterday\'s bread at half price. Evening concerts in the cloister need no ticket, though seats fill quickly. Hostels along the quay offer dorm beds with breakfast included.';
    const r = explainBoundaries(note, 'en');
    expect(r.doc.itemList).toBe(false);
  });

  it('three of them on one short line read as such a list (three parts sharing no word), each opening a story', () => {
    const line = ITEMS.slice(0, 3).join(' ');
    const r = explainBoundaries(line, 'en');
    expect(r.doc.itemList).toBe(true);
    expect(r.chosen.map((i) => r.cands[i].start)).toEqual([ITEMS[0].length + 1, ITEMS[0].length + ITEMS[1].length + 2]);
  });
  it('a short line falls into parts only where no word of the text spans and the next sentence points back to nothing', () => {
    // Three sentences sharing no word, the later two opening on a function word ("The", "It"): one story.
    const story = 'Harbour pilot Tomas Berg guided the largest container vessel ever to enter the port on Sunday night, two hours after high water. The veteran mariner said the falling tide left barely a metre under the keel of the freighter. It was his last shift before retiring to a cottage on the island where he grew up with four brothers.';
    expect(explainBoundaries(story, 'en').doc.itemList).toBe(false);
    // Two unrelated items are no list: two parts may be one story's halves.
    expect(explainBoundaries(ITEMS.slice(0, 2).join(' '), 'en').doc.itemList).toBe(false);
  });

  it("a short line's everyday words ('nächsten', 'dell'anno') tie no parts together, and stay out of the stop list", () => {
    const marked = (text: string, lang: string) => {
      const tokens = tokenize(text, lang);
      const mask = everydayMask(text, tokens, everydayWordsFor(lang));
      return [...mask].flatMap((m, i) => (m ? [text.slice(tokens.start[i], tokens.end[i])] : []));
    };
    expect(marked('Bis zum nächsten Sommer sollen Filialen im Norden öffnen.', 'de')).toEqual(['nächsten', 'Sommer', 'sollen']);
    expect(marked("Aperta fino all'anno prossimo.", 'it')).toEqual(['fino', "all'anno", 'prossimo']);
    expect(marked('Ferries sail until next summer.', 'xx')).toEqual([]);
    // The stop list, which the dangling-word and story-start cues read, keeps its own words.
    expect(stopwordsFor('de').has('nächsten')).toBe(false);
  });

  it('the shortest story is capped only in such a list', () => {
    expect(minStoryWords([], [], 500, ITEM_LIST_STORY_WORDS)).toBe(30);
    expect(minStoryWords([], [], 500)).toBe(40);
  });

  it('the shortest story follows the spacing of the text\'s likely boundaries (log-odds 2 and more): one line of 30 words each is a story', () => {
    const words = [30, 60, 90, 120, 150];
    expect(minStoryWords(words, words.map(() => 2.5), 180)).toBe(18);
    expect(minStoryWords(words, words.map(() => 1.5), 180)).toBe(40);
  });

  it('a flat text of short stories is read with cohesion windows the length of its stories, a text of long ones with the usual window', () => {
    // 400 words cut in 8 stories of 50: windows of 0.9 × 50 = 45 words.
    expect(flatCohesionWindow(400, 7, INLINE_WINDOW)).toBe(45);
    // Never under a headline and a sentence either side.
    expect(flatCohesionWindow(300, 14, INLINE_WINDOW)).toBe(40);
    // Stories of 200 words: the usual window.
    expect(flatCohesionWindow(800, 3, INLINE_WINDOW)).toBeNull();
  });
});

describe('flat text: names a sentence brings new to the text', () => {
  it('counts capitalised words new to the text after a sentence end, not ones named before nor function words', () => {
    const text = 'Police in Westmoor said Anna Berg was found. The mayor of Harbour Town spoke. The police thanked Harbour Town and Anna Berg.';
    const t = tokenize(text, 'en');
    const at = (phrase: string) => tokenAt(t, text.indexOf(phrase));
    const names = makeNamesIntroduced(t);
    // "Police", "Westmoor", "Anna", "Berg", and in the next sentence "Harbour", "Town" (not its first word "The").
    expect(names(at('Police in'))).toBe(6);
    // "The", "Harbour Town" and "Anna Berg" named before: nothing new.
    expect(names(at('The police'))).toBe(0);
  });

  it('counts a clear run of topic shifts for less in text whose stories open on new names (news, not Choi-like essays)', () => {
    const text = 'The harbour board met on Monday to discuss the ferry timetable. Orchard growers in the valley expect a late harvest this year.';
    const e = explainBoundaries(text, 'en');
    const i = e.cands.findIndex((c) => c.start === text.indexOf('Orchard'));
    const f = { ...e.features[i], topicCut: 1 as const, topicTypicalGain: 20, topicNameShare: 0 };
    const term = (namesMarkStories: boolean) => termValues(f, { ...e.doc, flat: true, namesMarkStories }).find(([n]) => n === 'clearTopicRun')?.[1];
    expect(term(false)).toBe(1);
    expect(term(true)).toBe(CLEAR_RUN_NAMED);
  });

  it('reads the names only where a first reading cuts at sentences that name someone new', () => {
    const f = (namesIntroduced: number) => ({ kind: 'sentence', namesIntroduced }) as never;
    const features = [f(5), f(0), f(4), f(1), f(6)];
    expect(namesMarkStories(features, [0, 2, 4])).toBe(true);
    // Two of three cuts open on sentences naming at most one new word: an essay's mix, not news.
    expect(namesMarkStories(features, [1, 3, 4])).toBe(false);
    expect(namesMarkStories(features, [])).toBe(false);
  });
});

describe('text that runs its stories on inside its lines', () => {
  // Made-up feed items (headline, description, a body cut by the feed), joined by spaces; one body keeps line breaks
  // of its own, which are no paragraph breaks of the page.
  const FEED = [
    'Harbour ferry fares rise again The Kestrel Bay ferry company will charge commuters more from March. Fuel costs doubled since last winter, the company said, and deckhands are hard to find… [+1840 chars]',
    'Orchard growers count frost damage Apple farmers across the Vessel valley lost half their blossom.\r\nThe growers met on Friday\r\nThey will ask the ministry for loans before the pear harvest begins… [+412 chars]',
    'Striker signs four-year contract Midfield veteran Tomas Ardel joined Brightwater Rovers for an undisclosed fee, ending months of speculation about his future in the northern league… [+2210 chars]',
    'Museum reopens restored planetarium Visitors can again watch projected constellations under the copper dome, which engineers rebuilt with new lenses and seating.',
  ];
  const runOn = FEED.join(' ');
  it('feed cuts inside lines outnumber those at line breaks: the text reads as flat text', () => {
    expect(runsOnInLines(runOn, findCandidates(runOn, stopwordsFor('en'), 'en'))).toBe(true);
    const r = explainBoundaries(runOn, 'en');
    expect(r.doc.flat).toBe(true);
    expect(r.cands.some((c) => c.kind === 'line' || c.kind === 'blank')).toBe(false);
    // Offsets stay those of the text as given.
    expect(asOneLine(runOn)).toHaveLength(runOn.length);
    const starts = segment(runOn, { lang: 'en' }).stories.map((s) => s.start);
    expect(starts).toContain(runOn.indexOf('Striker signs'));
  });
  it('a paragraphed text keeps its paragraphs with a snippet quoted in one, and items whose cut ends on a "Read more"', () => {
    const story = (h: string, body: string) => `${h}\n${body}\nOfficials said the work would take most of the year, and residents were told to expect some noise.`;
    const quoted = [
      story('Harbour bridge to close for repairs', 'A news app summed it up as "Bridge to close for eight months… [+1203 chars]" and residents missed the dates. Engineers found corrosion in three steel supports in March.'),
      story('Orchard growers count frost damage', 'Apple and pear farmers across the valley lost nearly half their blossom after three freezing nights, the growers association reported.'),
      story('Striker signs four-year contract', 'Midfield veteran Tomas Ardel joined Brightwater Rovers for an undisclosed fee, ending months of speculation about his future.'),
      story('Museum reopens restored planetarium', 'Visitors can again watch projected constellations under the copper dome, which engineers rebuilt with new lenses and seating.'),
    ].join('\n');
    expect(runsOnInLines(quoted, findCandidates(quoted, stopwordsFor('en'), 'en'))).toBe(false);
    const readMore = FEED.map((f) => f.replace(/ (?=\S+ \S+ \S+ \S+$)/, '\n')).map((f) => `${f} Read more`).join('\n');
    expect(runsOnInLines(readMore, findCandidates(readMore, stopwordsFor('en'), 'en'))).toBe(false);
  });

  it('reads a long line of many feed cuts in linear time (each cut reads a few words after it, not the rest of the line)', () => {
    const long = `${FEED[0]} `.repeat(8_000) + '\nThe feed ends here.';
    const cands = findCandidates(long, stopwordsFor('en'), 'en');
    const t0 = performance.now();
    expect(runsOnInLines(long, cands)).toBe(true);
    expect(performance.now() - t0).toBeLessThan(2_000);
  }, 30_000);

  it('the same items one a line, or a count in brackets with no ellipsis, keep the line breaks', () => {
    const lines = FEED.join('\n');
    expect(runsOnInLines(lines, findCandidates(lines, stopwordsFor('en'), 'en'))).toBe(false);
    const reactions = 'Two votes for the plan, one against 👍 [+1] and the chair will decide on Monday.\nThe next line starts here.';
    expect(runsOnInLines(reactions, findCandidates(reactions, stopwordsFor('en'), 'en'))).toBe(false);
  });
});

describe('glued text is read against the sentence ends', () => {
  // Two long flat articles; the first holds two stray glued joins (a typo "said.The", "firmAnd"), far between.
  const filler = (topic: string, n: number) => Array.from({ length: n }, (_, i) => `The ${topic} report number ${i + 1} was read out at the hall on a quiet evening.`).join(' ');
  const first = `${filler('harbour', 14)} The harbour master said.The dredging ends in May. ${filler('ferry', 14)} Boats went to the firmAnd then back. ${filler('berth', 8)}`;
  const second = `Orchard growers in the valley counted their losses after the late frost. ${filler('orchard', 12)}`;
  const text = `${first} ${second}`;
  it('a few glued joins among many sentences are half a reading each way; a glued join at every paragraph is glued text', () => {
    expect(gluedness(1, 50)).toBe(0);
    expect(gluedness(2, 100)).toBe(GLUED_DOC_UNSURE);
    expect(gluedness(5, 20)).toBe(1);
    const e = explainBoundaries(text, 'en');
    expect(e.doc.flat).toBe(true);
    expect(e.doc.glued).toBe(GLUED_DOC_UNSURE);
    const term = (at: string, name: string) => {
      const i = e.cands.findIndex((c) => c.start === text.indexOf(at));
      expect(i).toBeGreaterThanOrEqual(0);
      return termValues(e.features[i], e.doc).find(([n]) => n === name)?.[1] ?? 0;
    };
    // A sentence end near a stray join: only half a glued paragraph's "inside a story"; the one before the second
    // article, far from both joins, half of that again (glue-near.ts: flat text may hold one story scraped glued).
    expect(term('The ferry report number 1 was', 'spacedInGluedText')).toBe(GLUED_DOC_UNSURE);
    expect(term('Orchard growers', 'spacedInGluedText')).toBe(GLUED_DOC_UNSURE * GLUED_DOC_UNSURE);
    expect(term('The dredging', 'gluedInNormalText')).toBe(1 - GLUED_DOC_UNSURE);
    // Glued paragraphs (a join every three sentences) are glued text.
    const glued = Array.from({ length: 6 }, (_, i) => `Paragraph ${i + 1} opens here. It goes on a while. It ends here.`).join('');
    expect(explainBoundaries(glued, 'en').doc.glued).toBe(1);
    // ...with a glued join near every sentence end: read as glued throughout, none far.
    expect(explainBoundaries(glued, 'en').doc.glueThroughout).toBe(true);
    expect(e.doc.glueThroughout).toBe(false);
  });
  it('text whose first cuts are spaced joins its stories with spaces; text cut at its glued joins does not', () => {
    const cands = [{ kind: 'sentence' }, { kind: 'glued' }, { kind: 'sentence' }, { kind: 'gluedWord' }] as Candidate[];
    const features = cands.map(() => ({ prevCapWord: false })) as BoundaryFeatures[];
    expect(storiesSpaced(cands, features, [0, 1, 2])).toBe(true);
    expect(storiesSpaced(cands, features, [0, 1, 3])).toBe(false);
    expect(storiesSpaced(cands, features, [])).toBe(false);
    // A camel-case name ("PlayStation") is no glued join.
    expect(storiesSpaced(cands, [features[0], features[1], features[2], { prevCapWord: true } as BoundaryFeatures], [0, 1, 2, 3])).toBe(true);
  });
});

describe('a sentence\'s first word before a name (prevLoneOpener)', () => {
  const text = 'Captain Ines Varga took the ferry out on Monday. She said the crossing would go ahead. Later Ines Varga told the crew the sea was calm. '
    + 'A deckhand close to Ines agreed. The season starts soon. Starting June the ferry sails twice a day. '
    + 'Mrs. Edna Holt, who runs the kiosk, said tickets sold fast, and Holt thanked the passengers. Der Fahrplan gilt ab 5. Dezember Ines zufolge.';
  const term = (before: string): number | undefined => {
    const r = explainBoundaries(text, 'en');
    const at = text.indexOf(before) + before.length + 1;
    const i = r.cands.findIndex((c) => c.start === at);
    expect(r.cands[i].kind).toBe('cap');
    return termValues(r.features[i], r.doc).find(([n]) => n === 'prevLoneOpener')?.[1];
  };
  it('marks a cut between a capitalised opener and a name of the text ("…go ahead. Later |Ines Varga")', () => {
    expect(term('go ahead. Later')).toBe(1);
  });
  it('not before a word the text uses as a name fewer than twice ("Starting |June"), after a title ("Mrs. Edna |Holt") or a number\'s dot ("5. Dezember |Ines")', () => {
    expect(term('soon. Starting')).toBeUndefined();
    expect(term('Mrs. Edna')).toBeUndefined();
    expect(term('ab 5. Dezember')).toBeUndefined();
  });
  it('a short flat article whose sentence opens "Captain Ines…" stays one story', () => {
    const article = 'The ferry season on the lake opened on Saturday with a crossing in thick fog that kept the first boat in the harbour for two hours. '
      + 'Passengers waited on the quay with coffee from the kiosk, and the harbour office handed out blankets to families with small children. '
      + 'Captain Ines Varga said the delay was a small price for a safe start, and that the crew had trained all winter for days like this one. '
      + 'Later Ines Varga thanked the passengers for their patience and promised a free crossing to everyone who had waited on the quay.';
    expect(segment(article, { lang: 'en' }).stories).toHaveLength(1);
  });
});
