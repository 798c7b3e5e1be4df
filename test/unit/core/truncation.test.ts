// Truncation signs: a story that ends or starts inside a sentence, each with a reason in plain words.
import { describe, expect, it } from 'vitest';
import { endsMidSentence, startsMidSentence, unclosedInLastSentence } from '@core/anatomy/truncation';

describe('endsMidSentence', () => {
  const cut: [string, RegExp][] = [
    ['“I am confused and anxious. I fear getting raided or even', /“or even” with no full stop/],
    ['Japanese broadcaster NHK did not identify the woman, but, citing the Japanese', /“the Japanese” with no full stop/],
    ['Under the restructuring, he is giving up two posts, but would stay at the', /“at the”/],
    ['The company was blamed by the parents of 14-year-old Stefan Pakeerah,', /comma/],
    ['He added:', /“:”/],
    ['He was seen with large amounts of alcohol and …', /“…”/],
    ['Sales fell 0.6% in December. But...', /“…”/],
    ['At their centre is the "Hartz-IV"', /no full stop/],
    ['The talks were led by Mr.', /“Mr\.”/],
    ['He said: “We will win. We always', /no full stop/],
    ['It rained. Officials said the closure would be “temporary and short.', /quotation opened with “/],
    ['Die Gewerkschaft (OGBL', /no full stop/],
    ['Il a dit : « Nous allons partir demain.', /quotation opened with «/],
    ['He said the vote was lost. / But', /no full stop/],
    // A short last line in small letters is the cut text itself, not a trailer.
    ['The harbour reopened on Monday.\nThe minister said the ferries would', /no full stop/],
    // A Title Case line with no finished sentence before it is no trailer.
    ['The harbour reopened on Monday and\nBest Ferry Routes in Norway', /no full stop/],
    // A sign-off's words that go on in small letters are a sentence cut; a post's date without its zone is cut too.
    ['The ferry left on time. Reporting by the harbour office found that the minister', /no full stop/],
    ['Boats out early A post shared by Harbour Tours (@harbourtours) on Mar 3, 2021 at 9:15am', /no full stop/],
    // …and so is a sign-off's capitalised run that goes on in a sentence's words, or a sign-off inside a longer word.
    ['Turnout was low. Reporting by the Harbour Office showed that the Prime Minister', /no full stop/],
    ['The harbour master said she wrote to the ferry line (@ferryline) on March 3, 2021', /no full stop/],
  ];
  for (const [text, reason] of cut) it(`cut: ${text.slice(-40)}`, () => expect(endsMidSentence(text, 'en')).toMatch(reason));
  it('cut in other languages: a sentence after a sign-off\'s first words', () => {
    expect(endsMidSentence('Der Hafen ist offen. Mit Material von der Küste baute die Firma Meyer', 'de')).toBeTruthy();
    expect(endsMidSentence('O porto reabriu. Com informações detalhadas sobre o caso, a Polícia Federal', 'pt')).toBeTruthy();
  });

  const whole = [
    'It was a fine day. “We respect North Korea’s aspirations,” Lavrov said, according to Tass.',
    'He said: "It makes it very difficult for me now."',
    'Did your training prepare you for your job?',
    'Congratulations to Apple, a deserved win!',
    'Lavrov said. (Reporting by Jane Doe; Editing by John Roe)',
    'La CGT a des solutions – dont il ne veut pas entendre parler. »',
    'Ohne zu zögern hat er sein Leben für diesen Ort gegeben.“',
    'The ice had a little time left. ♦',
    '北朝鮮が発表した。',
    'Hirs said. “I’m afraid that history will repeat itself in Venezuela."',
    'The council appealed. " A judgement from Mr Justice Sullivan is expected early in February.',
    'Es gab dabei fünf Festnahmen. / ab',
    'The harbour reopened on Monday.\nMORE : Ferry crews return to the harbour after the storm',
    'The harbour reopened on Monday.\nContributing: Jane Roe, Sam Poe',
    'O porto reabriu na segunda-feira.\n* COLUNISTA DO JORNAL E PROFESSOR DA UNIVERSIDADE',
    'The harbour reopened on Monday.\njroe@example.com',
    'The harbour reopened on Monday.\nBack at work: ferry crews wave from the deck as the first boat leaves',
    'The harbour reopened on Monday.\nMore guides you may like:\n- Best Ferry Routes in Norway\n- Best Ferry Routes in Greece',
    // A credit run on after the last sentence (flat or glued text), and an embedded post's signature.
    'The ferry left on time.With files from the Harbour Wire',
    'The ferry left on time. Article posted with permission from The Harbour Post',
    'The ferry left on time.\nWith files from the Harbour Wire',
    'Thank you all for coming out — Harbour Tours (@harbourtours) March 3, 2021',
    'Boats out early A post shared by Harbour Tours (@harbourtours) on Mar 3, 2021 at 9:15am EST',
    '',
  ];
  for (const text of whole) it(`whole: ${text.slice(-40) || '(empty)'}`, () => expect(endsMidSentence(text, 'en')).toBeNull());
  // "det." is the Norwegian "it", not the English title "Det." (Detective) that needs a name after it.
  it('whole: a lower-case word that is a title abbreviation elsewhere', () => expect(endsMidSentence('Oppfølgingen gjorde at hun kom ut av det.', 'no')).toBeNull());
});

describe('endsMidSentence on a text longer than two teasers', () => {
  // An invented article of 22 sentences of 20 words: 440 words, longer than two teasers (2 × TEASER_MAX_WORDS).
  const sentence = 'The harbour board met on Tuesday to weigh a plan for the old ferry pier and its two crumbling sheds. ';
  const article = sentence.repeat(22);
  const caption = 'Ferry crews wave from the deck as the first boat of the season leaves the bay';
  it('ending on a content word with no full stop, it ends on its own last line (a caption, a link), not on a cut', () => {
    expect(endsMidSentence(`${article}${caption}`, 'en')).toBeNull();
    expect(endsMidSentence(`${article}Related: Best Ferry Routes in Norway`, 'en')).toBeNull();
  });
  it('the signs of a cut stay signs at any length: a last function word, an ellipsis (a paywall, a selection)', () => {
    expect(endsMidSentence(`${article}The mayor said the new pier would open to the`, 'en')).toMatch(/to the/);
    expect(endsMidSentence(`${article}The board will meet again …`, 'en')).toMatch(/“…”/);
    const de = 'Der Hafenrat traf sich am Dienstag, um über den alten Fähranleger und seine zwei maroden Schuppen zu beraten. ';
    expect(endsMidSentence(`${de.repeat(25)}Der Bürgermeister sagte, dass die`, 'de')).toMatch(/dass die/);
  });
  it('a teaser, or two read as one, ending on a content word with no full stop is cut', () => {
    expect(endsMidSentence(`${sentence.repeat(3)}${caption}`, 'en')).toMatch(/no full stop/);
    expect(endsMidSentence(`${sentence.repeat(12)}${caption}`, 'en')).toMatch(/no full stop/);
  });
});

describe('startsMidSentence', () => {
  const mid: [string, RegExp][] = [
    ['week, taking 1.5bn yen in its first two days. Miyazaki won an Oscar.', /small letter, “week,”/],
    ['and then the minister left. Nobody knew why.', /“and”, which continues/],
    ['Potter," Warner producer Jeff Robinov told Variety. His other films include more.', /closing quote/],
    ['Festival on Saturday. The movie’s star also received a standing ovation.', /“Festival on Saturday\.”/],
    ['Euro 2004. He is set to move during the January transfer window.', /“Euro 2004\.”/],
    ['Home Secretary Charles Clarke has said. He is proposing a points system.', /end of a quotation/],
    ['Fannie Mae \'should restate books\'said. The regulator accused it.', /small letters/],
    ['… the reason why the waterfalls flow. It is melting.', /“…”/],
    ['But the government refused to comment. It said nothing.', /“But”/],
  ];
  for (const [text, reason] of mid) it(`mid: ${text.slice(0, 40)}`, () => expect(startsMidSentence(text, 'en')).toMatch(reason));

  const whole = [
    'The Russian minister warned the US. He visited the country.',
    'Berlin. Die Ex-Außenministerin tritt heute ihren Job an. Sie ist zufrieden.',
    '„Dem Teufel begegnet“: Deutsche Hamas-Geisel erlebte Missbrauch. Sie erzählt.',
    '“We warn against it,” Tass cited him as saying. He went on.',
    'eBay has bought a rival. The deal is large.',
    'LONDON (Reuters) - Shares rose on Monday. Traders were pleased.',
    // A credit run on after the last sentence (flat or glued text), and an embedded post's signature.
    'The ferry left on time.With files from the Harbour Wire',
    'The ferry left on time. Article posted with permission from The Harbour Post',
    'The ferry left on time.\nWith files from the Harbour Wire',
    'Thank you all for coming out — Harbour Tours (@harbourtours) March 3, 2021',
    'Boats out early A post shared by Harbour Tours (@harbourtours) on Mar 3, 2021 at 9:15am EST',
    '',
  ];
  for (const text of whole) it(`whole: ${text.slice(0, 40) || '(empty)'}`, () => expect(startsMidSentence(text, text.startsWith('Berlin') || text.startsWith('„') ? 'de' : 'en')).toBeNull());
});

describe('unclosedInLastSentence', () => {
  it('finds an opening mark never closed, and ignores closed ones', () => {
    expect(unclosedInLastSentence('He said “we will go.')).toBe('“');
    expect(unclosedInLastSentence('He said “we will go.”')).toBeNull();
    expect(unclosedInLastSentence('Sie sagte „wir gehen.“')).toBeNull();
    expect(unclosedInLastSentence('He left (for now.')).toBe('(');
    expect(unclosedInLastSentence('It\'s the dog\'s bone.')).toBeNull();
  });
});

describe('scripts without spaces or capitals', () => {
  it('reads CJK, Arabic and Hindi full stops, and keeps reasons short', () => {
    expect(endsMidSentence('北朝鮮が発表した。ロシアも同意した。')).toBeNull();
    expect(endsMidSentence('هذا خبر مهم. هل انتهى؟')).toBeNull();
    expect(endsMidSentence('यह एक खबर है।')).toBeNull();
    const r = endsMidSentence('北朝鮮が発表した。ロシアも同意したが、その理由については明らかにしておらず');
    expect(r).toMatch(/no full stop/);
    expect(r!.length).toBeLessThan(60);
  });
});
