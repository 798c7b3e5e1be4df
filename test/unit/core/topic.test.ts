// U00 topic segmentation over sentences, with Laplace's prior and with the sharper prior that separates short teasers.
import { describe, expect, it } from 'vitest';
import { cohesionModel } from '../../../src/core/boundaries/cohesion';
import { SHORT_SEGMENT_ALPHA, topicSegments, topicUnits } from '../../../src/core/boundaries/topic';
import { moveFragmentCuts } from '../../../src/core/boundaries/topic-shifts';
import type { Candidate } from '../../../src/core/boundaries/candidates';
import { tokenAt, tokenize } from '../../../src/core/text/tokenize';
import { explainBoundaries } from '../../../src/core/boundaries/find';

/** U00's cuts (as sentence indices) over the sentences of `text`, split at ". ". */
function cutsOf(text: string, alpha?: number): number[] {
  const tokens = tokenize(text, 'en');
  const starts: number[] = [];
  for (let at = 0; at >= 0 && at < text.length; at = text.indexOf('. ', at) < 0 ? -1 : text.indexOf('. ', at) + 2) starts.push(tokenAt(tokens, at));
  const units = topicUnits(tokens, cohesionModel(tokens), starts, tokens.count);
  return topicSegments(units, 1, alpha).map((c) => c.unit);
}

const STORKS = 'Storks nested on a chimney in Dunmere for the first time. Birdwatchers came from across the country to see the storks';
const CHESS = 'Chess prodigies from twelve nations reached Tallinn on Sunday. The youngest chess player is nine years old';
const BEES = 'Beekeepers in the Harz hills report a record harvest after a wet spring. Hives produced twice the usual amount of honey';
const VIOLINS = 'Violinists of the national orchestra broke their wrists cycling. The orchestra cancelled its tour of Japan';

describe('topicSegments', () => {
  it('cuts between longer segments on different topics with Laplace prior', () => {
    const long = (s: string) => `${s}. ${s}`;
    expect(cutsOf(`${long(STORKS)}. ${long(CHESS)}`)).toEqual([4]);
  });

  it('separates two-sentence teasers that Laplace prior merges, with the sharper prior', () => {
    const text = `${STORKS}. ${CHESS}. ${BEES}. ${VIOLINS}`;
    expect(cutsOf(text)).toEqual([4, 6]);
    expect(cutsOf(text, SHORT_SEGMENT_ALPHA)).toEqual([2, 4, 6]);
  });

  it('leaves a story whole with Laplace prior', () => {
    expect(cutsOf(`${STORKS}. ${STORKS}`)).toEqual([]);
  });

  it('reads an English plural as its singular: a sentence naming "ferries and lorries" stays with the ferry and the lorry', () => {
    const ferries = 'Each ferry carried a lorry across the strait. The ferry left one lorry on the strait quay. Ferries and lorries waited in queues';
    const bees = 'Beekeepers said queues of visitors came to see the queens. A queen rules each hive in the valley. The valley hive lost its queen';
    expect(cutsOf(`${ferries}. ${bees}`)).toEqual([3]);
  });
});

describe('tokenize: topic ids', () => {
  it('strip English plural endings ("cities" meets "city"), while the cohesion ids keep them apart', () => {
    const t = tokenize('Cities and a city, ferries and a ferry, boxes and a box, the news and a bus', 'en');
    const word = (i: number) => [t.id[i], t.topicId[i]];
    expect(t.topicId[0]).toBe(t.topicId[3]); // cities, city
    expect(t.topicId[4]).toBe(t.topicId[7]); // ferries, ferry
    expect(t.topicId[8]).toBe(t.topicId[11]); // boxes, box
    expect(t.id[0]).not.toBe(t.id[3]);
    expect(word(13)).toEqual([t.id[13], t.id[13]]); // "news" keeps its s: too short to strip
  });

  it('leave words as written in a language with no rules listed', () => {
    const t = tokenize('Die Städte und die Stadt', 'de');
    expect([...t.topicId]).toEqual([...t.id]);
  });
});

describe('moveFragmentCuts: a topic cut a few words before a full stop moves to the sentence end', () => {
  const column = (cut: number[]) => ({ cut: Uint8Array.from(cut), gain: new Float64Array(cut.length), typicalGain: new Float64Array(cut.length).fill(7), nameShare: new Float64Array(cut.length).fill(0.2), short: new Uint8Array(cut.length) });
  it('passes over a glued word inside the remnant ("the Decatur Wal|Mart facility. |Meghan")', () => {
    const cands: Candidate[] = [
      { kind: 'cap', prevEnd: 10, start: 11 },
      { kind: 'gluedWord', prevEnd: 14, start: 14 },
      { kind: 'sentence', prevEnd: 30, start: 31 },
    ];
    const col = column([2, 0, 0]);
    moveFragmentCuts(cands, [true, false, false], col);
    expect([...col.cut]).toEqual([2, 0, 2]);
    expect(col.typicalGain[2]).toBe(7);
  });
});

describe('topic cuts in flat text: the sentence before a cut is a cut teaser run on only when it is long for the text', () => {
  const STORKS_SPRING = 'Storks nested on a chimney in the old mill town this spring. Birdwatchers came by train to see the young storks fly. The storks left their nest twice and came back each evening. A warden counted four young storks on the chimney last week. Local children painted the storks on the wall of their school.';
  const CHESS_OPEN = 'Chess players from twelve nations reached the capital on Sunday for the open. The youngest chess player is nine and plays the French defence. Organisers moved the chess open to a larger hall this year. Every chess game will be shown on screens in the square. The winner of the chess open takes home a silver board. Chess clubs in the city offered free lessons during the week.';
  /** The topic column (0, 1 cut, 2 near a cut) and whether the decoder chose it, at the candidate starting at `word`. */
  const at = (text: string, word: string) => {
    const r = explainBoundaries(text, 'en');
    const i = r.cands.findIndex((c) => text.startsWith(word, c.start));
    return { topic: r.features[i].topicCut, chosen: r.chosen.includes(i) };
  };
  it('a capital inside a sentence of the usual length before the cut is no story start ("…south to |Morocco at the end of |August. |Chess…")', () => {
    const text = `${STORKS_SPRING} The storks will fly south to Morocco at the end of August. ${CHESS_OPEN}`;
    expect(at(text, 'Chess players').topic).toBe(1);
    expect(at(text, 'Morocco').topic).toBe(0);
    expect(at(text, 'August').topic).toBe(0);
  });
  it('a teaser cut mid-sentence and run into the next story\'s first sentence is still cut where the next story starts', () => {
    const text = `${STORKS_SPRING} The storks will fly south to warmer lands when the nights grow cold and the ${CHESS_OPEN}`;
    expect(at(text, 'Chess players')).toEqual({ topic: 2, chosen: true });
  });
});
