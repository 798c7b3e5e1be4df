// Languages and scripts we hold no data for: the text's own function words, words written with marks, the stops of
// other scripts, headlines in scripts without capitals. The sentences are written for these tests. (Whole texts that
// split right because of these are in test/fixtures/segment/stories.json, the regressions.)
import { describe, expect, it } from 'vitest';
import { functionWordsOf, ownFunctionWords } from '@core/text/own-function-words';
import { stopwordsFor } from '@core/text/lang/stopwords';
import { tokenize } from '@core/text/tokenize';
import { findCandidates } from '@core/boundaries/candidates';
import { isHeadlineLike } from '@core/boundaries/cues';
import { segment } from '@core/index';

/** Catalan, a language with no stop-word list: a paragraph long enough for its habits to show twice. */
const CATALAN = [
  "L'ajuntament de la ciutat va obrir diumenge un pont nou sobre el riu després de dos anys d'obres.",
  "L'alcaldessa Marta Puig va dir que el pont farà que el trànsit del centre sigui més fluid i que els veïns podran anar a peu fins a l'estació.",
  'Centenars de persones van assistir a la inauguració, que es va fer amb música i parlaments.',
  'Les obres han costat més del que es preveia, però Marta Puig diu que el pont durarà cent anys i que els veïns el faran servir cada dia.',
].join(' ');

describe("a text's own function words", () => {
  it('are its short words written in lower case in more than one place, not its names nor its longer words', () => {
    const own = ownFunctionWords(CATALAN);
    for (const w of ['de', 'la', 'el', 'que', 'els', 'va']) expect(own.has(w)).toBe(true);
    expect(own.has('marta')).toBe(false); // a name: always capitalised
    expect(own.has('veïns')).toBe(false);
  });

  it('stand in for a missing list, join a neighbour\'s list that misses them, and leave a fitting list alone', () => {
    expect([...functionWordsOf(CATALAN, 'ca')].sort()).toEqual([...ownFunctionWords(CATALAN).keys()].sort());
    // Read as Spanish (the detector's best guess for Catalan), the Spanish list misses "els", "va", "amb": they join it.
    const asSpanish = functionWordsOf(CATALAN, 'es');
    expect(asSpanish.has('els') && asSpanish.has('va') && asSpanish.has('las')).toBe(true);
    const spanish = 'El ayuntamiento de la ciudad abrió el domingo un puente nuevo sobre el río después de dos años de obras. La alcaldesa dijo que el puente hará que el tráfico del centro sea más fluido y que los vecinos podrán ir a pie hasta la estación. Cientos de personas asistieron a la inauguración, que se hizo con música y discursos. Las obras han costado más de lo previsto, pero la alcaldesa dice que el puente durará cien años y que los vecinos lo usarán cada día.';
    expect(functionWordsOf(spanish, 'es')).toBe(stopwordsFor('es'));
  });

  it('are none in Korean, Chinese or Japanese: Korean writes them onto its words, the others are read a character a word', () => {
    const korean = '시는 일요일 강을 가로지르는 새 다리를 개통했다. 시장은 다리가 도심의 교통 체증을 줄일 것이라고 말했다. 새 다리는 2년 동안 지어졌다. 주민들은 새 다리를 반겼다. 시장은 새 다리가 도시의 자랑이라고 말했다.';
    expect(ownFunctionWords(korean.repeat(4)).size).toBe(0);
    // Nor do the Latin words such a text holds count ("www", "go", "kr" of an address said again and again).
    expect(ownFunctionWords(`${korean} (www.city.go.kr) `.repeat(4)).size).toBe(0);
    const chinese = '市政府周日在城中开通了一座新桥，市长说新桥将明显减少市中心的交通拥堵和居民出行的时间。';
    expect(ownFunctionWords(`${chinese} (www and the of in city) `.repeat(6)).size).toBe(0);
  });
});

describe('scripts that write vowels as marks', () => {
  it('a Devanagari word stays whole: its vowel signs go with their letters', () => {
    const text = 'नगर निगम ने रविवार को नया पुल खोला।';
    const t = tokenize(text, 'hi');
    const words = Array.from({ length: t.count }, (_, i) => text.slice(t.start[i], t.end[i]));
    expect(words).toEqual(['नगर', 'निगम', 'ने', 'रविवार', 'को', 'नया', 'पुल', 'खोला']);
  });
});

describe('the stops of other scripts end a sentence', () => {
  it.each([
    ['hi', 'नगर निगम ने नया पुल खोला। महापौर ने कहा कि भीड़ कम होगी।', 'महापौर'],
    ['ar', 'هل سيفتح الجسر غدا؟ قال رئيس البلدية إن الجسر جاهز.', 'قال'],
    ['ur', 'شہر میں نیا پل کھل گیا۔ میئر نے کہا کہ رش کم ہو گا۔', 'میئر'],
  ])('%s', (lang, text, opener) => {
    const starts = findCandidates(text, stopwordsFor(lang), lang).filter((c) => c.kind === 'sentence').map((c) => text.slice(c.start).split(' ')[0]);
    expect(starts).toEqual([opener]);
  });
});

describe('headlines in scripts without capitals', () => {
  it.each(['גשר חדש נפתח בעיר', 'افتتاح جسر جديد في المدينة', 'शहर में नया पुल खुला'])('%s', (line) => {
    expect(isHeadlineLike(line)).toBe(true);
  });

  it.each(['העירייה פתחה גשר חדש מעל הנהר.', 'लोगों ने खुशी जताई।', '住民は喜んでいる。', 'أعلنت البلدية افتتاح الجسر۔', '政府は新たな対策を発表した。」', '北京发布新规，市民反应热烈，'])('a sentence with its script\'s stop is still no headline: %s', (line) => {
    expect(isHeadlineLike(line)).toBe(false);
  });

  it('a question is still a headline in any script', () => {
    expect(isHeadlineLike('هل يفتح الجسر غدا؟')).toBe(true);
  });
});

describe('text in a script we hold no data for is never lost', () => {
  it.each([
    ['Thai, no stops and no spaces between words', 'สะพานใหม่เปิดใช้ในเมือง เทศบาลเปิดสะพานใหม่ข้ามแม่น้ำเมื่อวันอาทิตย์ หลังจากก่อสร้างมาสองปี'],
    ['Amharic, its own full stop', 'አዲስ ድልድይ ተከፈተ። ከንቲባው ድልድዩ ትራፊክን ይቀንሳል ብለዋል።'],
  ])('%s', (_, text) => {
    const r = segment(text);
    expect(r.stories.length).toBeGreaterThan(0);
    expect(r.stories.map((s) => s.text).join(' ').replace(/\s+/g, '')).toBe(text.replace(/\s+/g, ''));
  });
});
