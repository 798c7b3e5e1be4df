// Language handling across languages: detection on short texts, and what differs by language or script (datelines,
// continuers, stems, titles and abbreviations, opening marks). The sentences are written for these tests.
import { describe, expect, it } from 'vitest';
import { segment } from '@core/index';
import { detectLanguage, resolveLanguage } from '@core/text/langdetect';
import { DATELINE } from '@core/text/shapes';
import { endsMidSentence } from '@core/anatomy/truncation';
import { explainBoundaries } from '@core/boundaries/find';
import { INITIAL, tokenize } from '@core/text/tokenize';
import { findCandidates } from '@core/boundaries/candidates';
import { isHeadlineLike } from '@core/boundaries/cues';
import { continuersFor, stopwordsFor, strongContinuersFor } from '@core/text/lang/stopwords';

describe('language detection on short texts', () => {
  it.each([
    'Дожди прошли в Москве и на юге страны, сообщили синоптики.',
    'Пожар на складе в Казани потушили за ночь.',
    'Суд в Москве арестовал бывшего главу района.',
  ])('a short Russian text of words Bulgarian shares is Russian: %s', (text) => {
    expect(detectLanguage(text)).toBe('ru');
    expect(resolveLanguage(text, 'ru')).toBe('ru');
  });

  it("keeps the page's language unless the text clearly says otherwise", () => {
    // Portuguese with as many Spanish stop words as Portuguese ones: the page's "pt" stands.
    expect(resolveLanguage('Reforma de previdência: o que muda a partir de maio', 'pt')).toBe('pt');
    // An English text on a page marked Ukrainian ("uk" is also the United Kingdom's code) is English.
    expect(resolveLanguage('The harbour reopened on Monday after the storm, and the ferries ran on time again.', 'uk')).toBe('en');
    // A Chinese text on a page marked English is Chinese; a Japanese one on a page marked Chinese is Japanese.
    expect(resolveLanguage('北京市政府周一宣布，从下个月起将在全市范围内推行新的垃圾分类规定。', 'en')).toBe('zh');
    expect(resolveLanguage('東京都は月曜日、新しいごみの分別ルールを来月から導入すると発表した。', 'zh')).toBe('ja');
  });
});

describe('datelines as each language writes them', () => {
  it.each([
    ['МОСКВА, 18 мая — Правительство утвердило план.', 'МОСКВА, 18 мая'],
    ['ROMA, 15 MAG - Il governo ha approvato il piano.', 'ROMA, 15 MAG'],
    ['(ANSA) - TORINO, 3 GIU - Il consiglio ha votato.', '(ANSA) - TORINO, 3 GIU'],
    ['MADRID, 5 de marzo (EFE).- El Gobierno aprobó el plan.', 'MADRID, 5 de marzo (EFE)'],
    ['BUENOS AIRES.- El Gobierno aprobó el plan.', 'BUENOS AIRES.'],
    ['PARIS, 5 mars (AFP) - Le gouvernement a adopté le plan.', 'PARIS, 5 mars (AFP)'],
    ['BERLIN, 5. März (dpa) - Die Regierung hat den Plan gebilligt.', 'BERLIN, 5. März (dpa)'],
    ['LONDON, Jan 5 (Reuters) - The government approved the plan.', 'LONDON, Jan 5 (Reuters)'],
    ['(Lusa) - LISBOA, 15 MAI - O Governo aprovou o plano.', '(Lusa) - LISBOA, 15 MAI'],
    ['WARSZAWA, 3 października (PAP) - Rząd przyjął plan.', 'WARSZAWA, 3 października (PAP)'],
    ['JAKARTA, 17 Agustus (ANTARA) - Pemerintah menyetujui rencana itu.', 'JAKARTA, 17 Agustus (ANTARA)'],
    ['WIEN, 5. Jänner (APA) - Die Regierung hat den Plan gebilligt.', 'WIEN, 5. Jänner (APA)'],
    ['ANKARA, 15 NİSAN (AA) - Hükümet planı onayladı.', 'ANKARA, 15 NİSAN (AA)'],
    ['ZAGREB, 3. lipnja (Hina) - Vlada je prihvatila plan.', 'ZAGREB, 3. lipnja (Hina)'],
    ['СОФИЯ, 12 юни (БТА) - Правителството одобри плана.', 'СОФИЯ, 12 юни (БТА)'],
  ])('%s', (text, dateline) => {
    expect(DATELINE.exec(text)?.[1].trim()).toBe(dateline);
  });

  it.each(['The plan - as written - passed.', 'Ministerio: el plan - aprobado.', 'Mr. Smith - a story of a town.', 'OK, 10 minutes — that is all we had.', 'NOW, 10 minutes — we start.', 'USA, 4 players - a record.', 'NO, 3 times – he said it.'])('no dateline: %s', (text) => {
    expect(DATELINE.test(text)).toBe(false);
  });
});

describe('sentence openers that point back, by language', () => {
  /** Whether the line break before `opener` reads as a sentence going on (nextContinues). */
  const continues = (lang: string, before: string, opener: string): boolean => {
    const text = `${before}\n${opener}`;
    const { cands, features } = explainBoundaries(text, lang);
    const i = cands.findIndex((c) => c.start === before.length + 1);
    return features[i].nextContinues;
  };
  it.each([
    ['es', 'El puerto reabrió el lunes tras la tormenta.', 'Por su parte, los pescadores volvieron al mar.', true],
    ['es', 'El puerto reabrió el lunes tras la tormenta.', 'Por primera vez en diez años, el museo abre de noche.', false],
    ['es', 'El puerto reabrió el lunes tras la tormenta.', 'Sin embargo, los pescadores no volvieron al mar.', true],
    ['es', 'El puerto reabrió el lunes tras la tormenta.', 'Sin agua ni luz pasaron tres días los vecinos del barrio.', false],
    ['ru', 'Порт открылся в понедельник после шторма.', 'При этом рыбаки пока не вышли в море.', true],
    ['ru', 'Порт открылся в понедельник после шторма.', 'При пожаре на складе никто не пострадал.', false],
    ['ru', 'Порт открылся в понедельник после шторма.', 'Напомним, что шторм начался в пятницу.', true],
    ['pt', 'O porto reabriu na segunda-feira após a tempestade.', 'No entanto, os pescadores não voltaram ao mar.', true],
    ['it', 'Il porto ha riaperto lunedì dopo la tempesta.', 'Infatti i pescatori sono tornati in mare.', true],
    // Hungarian "Az" is the definite article, the commonest way to open any sentence.
    ['hu', 'A kikötő hétfőn újra megnyílt a vihar után.', 'Az Európai Unió új szabályokat fogadott el szerdán.', false],
    ['hu', 'A kikötő hétfőn újra megnyílt a vihar után.', 'Azonban a halászok még nem mentek ki a tengerre.', true],
    ['ro', 'Portul s-a redeschis luni după furtună.', 'De ce cresc prețurile la energie în această iarnă?', false],
    ['ro', 'Portul s-a redeschis luni după furtună.', 'De asemenea, pescarii au revenit pe mare.', true],
    ['tr', 'Liman fırtınadan sonra pazartesi yeniden açıldı.', 'Ancak balıkçılar henüz denize açılmadı.', true],
    ['hr', 'Luka je ponovno otvorena u ponedjeljak nakon oluje.', 'Međutim, ribari još nisu isplovili.', true],
  ])('%s: %s | %s → %s', (lang, before, opener, expected) => {
    expect(continues(lang, before, opener)).toBe(expected);
  });
});

describe('word stems by script', () => {
  const ids = (text: string, lang: string) => { const t = tokenize(text, lang); return Array.from(t.id); };
  it('a Cyrillic word meets its own forms, not another word on the same root', () => {
    // коронавирус, коронавируса | коронация
    const [a, b, c] = ids('коронавирус коронавируса коронация', 'ru');
    expect(a).toBe(b);
    expect(c).not.toBe(a);
  });
  it('a Latin-script word still meets its forms on six letters', () => {
    const [a, b] = ids('elections election', 'en');
    expect(a).toBe(b);
  });
});

/** The words that open a 'sentence' candidate in the text. */
const sentenceStarts = (text: string, lang: string) => findCandidates(text, stopwordsFor(lang), lang)
  .filter((c) => c.kind === 'sentence').map((c) => text.slice(c.start).split(' ')[0]);

describe("a language's titles end no sentence", () => {
  it.each([
    ['es', 'La Sra. Gómez habló ayer con los vecinos. Luego se fue.', ['Luego']],
    ['it', 'Il Dott. Rossi ha parlato ai giornalisti. Poi è andato via.', ['Poi']],
    ['pt', 'A Profa. Lima falou com os alunos. Depois saiu.', ['Depois']],
    // Another language's title is a word there; an acronym spelt like a title, or a language with no titles of its
    // own, ends the sentence.
    ['en', 'The award went to Don. Then the hall emptied.', ['Then']],
    ['nl', 'De winst steeg volgens ING. De bank verwacht meer.', ['De']],
    ['es', 'Lo dijo el portavoz de la ONG DON. Luego se fue.', ['Luego']],
    ['bg', 'Това съобщи Дон. Тогава залата опустя.', ['Тогава']],
  ])('%s: %s', (lang, text, starts) => {
    expect(sentenceStarts(text, lang)).toEqual(starts);
  });
});

describe('quotes and question marks that open a line or a sentence', () => {
  it.each(['¿Quién pagará la nueva autopista del norte?', '¡Fiesta en el barrio por la victoria del club!', '„Wir schaffen das“ sagt die Ministerin', '«Мы справимся» заявила министр'])(
    'a headline may open with %s', (line) => expect(isHeadlineLike(line)).toBe(true));

  it('the capital after ¿ opens a sentence; it names no one', () => {
    const text = 'El alcalde habló ayer. ¿Qué dijo sobre el puente?';
    const t = tokenize(text, 'es');
    const que = [...Array(t.count).keys()].find((i) => text.slice(t.start[i], t.end[i]) === 'Qué')!;
    expect(t.flags[que] & INITIAL).toBe(INITIAL);
  });
});

describe('demonstratives point back only weakly, in every language that lists continuers', () => {
  it.each([['ru', 'это'], ['uk', 'це'], ['pl', 'to'], ['cs', 'to'], ['tr', 'bu'], ['bg', 'това']])('%s "%s"', (lang, word) => {
    expect([continuersFor(lang).has(word), strongContinuersFor(lang).has(word)]).toEqual([true, false]);
  });
});

describe('abbreviations before a number are words before a word', () => {
  it.each([
    ['es', 'El ministro dijo que no. El pleno votará el lunes.', ['El']],
    ['es', 'Los barcos salieron al mar. La tormenta ya había pasado.', ['La']],
    ['en', 'The vote was set for Sept. The council then adjourned.', ['The']],
    ['en', 'He lives at No. 5 Market Street. It is small.', ['It']],
    ['en', 'The law took effect on Sept. 12 last year. Few noticed.', ['Few']],
  ])('%s: %s', (lang, text, starts) => expect(sentenceStarts(text, lang)).toEqual(starts));
});

describe("a number's abbreviation ends a text cut, not a unit after its number nor a word spelt the same", () => {
  it.each([
    ['ru', 'Выручка компании за год составила 5 млрд руб.', false],
    ['ru', 'Курс биткоина превысил 45 тыс.', false],
    ['en', 'Asked if he would run again, the mayor said no.', false],
    ['es', 'Preguntado si volvería a presentarse, el alcalde dijo que no.', false],
    ['en', 'The full list of the winners is on page 4 of the report, under No.', true],
    ['en', 'The new rules take effect on Jan.', true],
    ['ro', 'Prețul pâinii a crescut anul acesta la 50 de lei.', false],
    ['pl', 'Bilet na koncert kosztuje teraz aż 200 zł.', false],
    ['hu', 'A beruházás értéke a tervek szerint 500 Ft.', false],
    ['ru', 'Завод строили в 1990–1995 гг.', false],
    ['ru', 'Прокуратура возбудила уголовное дело по ч. 2 ст.', true],
    ['de', 'Der Anspruch ergibt sich nach § 823 Abs.', true],
    ['en', 'The figures are in the 2023 report, vol.', true],
  ])('%s: %s → cut %s', (lang, text, cut) => expect(endsMidSentence(text, lang) !== null).toBe(cut));
});

describe('scripts written without spaces', () => {
  const one = '北京市政府周一宣布，从下个月起将在全市范围内推行新的垃圾分类规定，居民需要将厨余垃圾和其他垃圾分开投放。';
  const two = '市政府表示，新规定实施后将设立专门的监督小组，对不按规定分类的单位和个人进行劝导和处罚。';
  it('a paragraph ending on 。 ends a sentence: no cut teaser', () => {
    const text = `${one}\n${two}`;
    const { cands, features } = explainBoundaries(text, 'zh');
    expect(features[cands.findIndex((c) => c.start === one.length + 1)].prevTerminal).toBe(true);
  });
  it('function characters carry no topic in Chinese (的); Japanese particles stay, which hold the paragraphs of a story together', () => {
    expect(stopwordsFor('zh').has('的')).toBe(true);
    expect(stopwordsFor('zh').has('市')).toBe(false);
    // A fable and its moral, written for this test (with the particles as stop words the moral was a story of its own).
    const fable = '夏のあいだ、アリたちは朝から晩まで食べ物を運んでいました。 キリギリスはそれを見て、笑いました。 「そんなに働いて、何が楽しいんだい」 キリギリスは毎日、木の上でバイオリンをひいて歌っていました。 やがて秋が来て、冬が来ました。 野原には食べ物がひとつもありません。 おなかをすかせたキリギリスは、アリの家の戸をたたきました。 「少しだけ、食べ物を分けてくれないか」 アリたちは顔を見合わせて、言いました。 「夏のあいだ、歌っていたのなら、冬はおどっていればいいでしょう」';
    const moral = '楽しいときにこそ、先の日のために備えておかなければならないというお話しです。';
    expect(segment(`${fable}\n\n${moral}`, { lang: 'ja' }).stories).toHaveLength(1);
  });
  it('a sentence ends at 。 with a space or a closing bracket after it, and not inside a quotation that goes on', () => {
    const starts = (t: string) => findCandidates(t).filter((c) => c.kind === 'sentence').map((c) => t.slice(c.start, c.start + 2));
    expect(starts('北京今天下雨。 上海明天晴天。')).toEqual(['上海']);
    expect(starts('新华社报道（新华社。）下一条新闻')).toEqual(['下一']);
    expect(starts('彼は「行く。」と言った。次の話です。')).toEqual(['次の']);
  });
  it('a sentence may end at 。 with no space after it', () => {
    const text = one + two;
    expect(findCandidates(text).filter((c) => c.kind === 'sentence').map((c) => c.start)).toEqual([one.length]);
  });
});
