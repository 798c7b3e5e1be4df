// Languages we detect and describe: each language file is reached through detection and drives the flags and the
// cleaning. One table a language: [what is checked, text, expected]. The sentences are written for these tests.
import { describe, expect, it } from 'vitest';
import { endsMidSentence, startsMidSentence } from '@core/anatomy/truncation';
import { cleanText } from '@core/anatomy/clean';
import { resolveLanguage } from '@core/text/langdetect';
import { langData, LANGUAGES } from '@core/text/lang/anatomy/index';

/** 'lang': the text is detected as the table's language. 'end' / 'start': the text ends / starts inside a sentence.
 * 'clean': the line is page furniture, taken out of "Body sentence.\n<line>\nBody sentence." */
type Case = ['lang' | 'end' | 'start' | 'clean', string, boolean];

const TABLES: Record<string, Case[]> = {
  pl: [
    ['lang', 'Rząd przyjął w środę projekt ustawy, który ma ograniczyć ceny energii dla gospodarstw domowych w przyszłym roku.', true],
    ['end', 'Szczegóły planu opisano na str.', true],
    ['end', 'Posłowie głosowali nad projektem do późna w nocy, a', true],
    ['end', 'Posłowie głosowali nad projektem do późna w nocy.', false],
    ['start', 'i dlatego rząd zdecydował się na zmiany w budżecie.', true],
    // A capitalised conjunction opening a story shows it began earlier, as "But the…" does in English.
    ['start', 'Ale posłowie opozycji nie poparli projektu.', true],
    ['start', 'Posłowie opozycji nie poparli projektu.', false],
    ['clean', 'Czytaj także', true],
    ['clean', 'Zdjęcie: Jan Kowalski', true],
    ['clean', 'Fot. Jan Kowalski', true],
    ['clean', 'Fot. Jan Kowalski i Anna Nowak', true],
  ],
  cs: [
    ['lang', 'Vláda ve středu schválila návrh zákona, který má omezit ceny energií pro domácnosti v příštím roce.', true],
    ['end', 'Podrobnosti plánu najdete na str.', true],
    ['end', 'Poslanci o návrhu jednali až do pozdních nočních hodin a', true],
    ['end', 'Poslanci o návrhu jednali až do pozdních nočních hodin.', false],
    ['start', 'a proto se vláda rozhodla změnit rozpočet.', true],
    ['clean', 'Čtěte také', true],
  ],
  sk: [
    ['lang', 'Vláda v stredu schválila návrh zákona, ktorý má obmedziť ceny energií pre domácnosti v budúcom roku.', true],
    ['end', 'Poslanci o návrhu rokovali až do neskorých nočných hodín a', true],
    ['end', 'Poslanci o návrhu rokovali až do neskorých nočných hodín.', false],
    ['start', 'a preto sa vláda rozhodla zmeniť rozpočet.', true],
    ['clean', 'Čítajte aj', true],
  ],
  hr: [
    ['lang', 'Vlada je u srijedu predstavila novi prijedlog zakona koji bi trebao smanjiti cijene energije za kućanstva sljedeće godine.', true],
    ['end', 'Ministar se sastao s predstavnicima sindikata i', true],
    ['end', 'Ministar se sastao s predstavnicima sindikata u Zagrebu.', false],
    ['start', 'i zato je vlada odlučila promijeniti proračun.', true],
    ['clean', 'Pročitajte više', true],
  ],
  fi: [
    ['lang', 'Hallitus esitteli keskiviikkona uuden lakiehdotuksen, jonka on tarkoitus laskea kotitalouksien sähkön hintaa ensi vuonna.', true],
    ['end', 'Ministeri tapasi ammattiliittojen edustajia ja', true],
    ['end', 'Ministeri tapasi ammattiliittojen edustajia Helsingissä.', false],
    ['start', 'ja siksi hallitus päätti muuttaa budjettia.', true],
    ['clean', 'Lue myös', true],
    ['clean', 'Mainos', true],
  ],
  hu: [
    ['lang', 'A kormány szerdán új törvényjavaslatot mutatott be, amely a jövő évben csökkentené a háztartások energiaárait.', true],
    ['end', 'A miniszter a szakszervezetek képviselőivel tárgyalt és', true],
    ['end', 'A miniszter a szakszervezetek képviselőivel tárgyalt Budapesten.', false],
    ['start', 'és ezért a kormány úgy döntött, hogy módosítja a költségvetést.', true],
    ['clean', 'Hirdetés', true],
  ],
  sv: [
    ['lang', 'Regeringen presenterade på onsdagen ett nytt förslag som ska sänka elpriserna för hushållen under nästa år.', true],
    ['end', 'Ministern träffade företrädare för facket och', true],
    ['end', 'Ministern träffade företrädare för facket i Stockholm.', false],
    ['start', 'och därför valde regeringen att ändra budgeten.', true],
    ['clean', 'Läs mer', true],
    ['clean', 'Annons', true],
  ],
  da: [
    ['lang', 'Regeringen fremlagde onsdag et nyt forslag, som skal sænke elpriserne for husholdningerne i det kommende år.', true],
    ['end', 'Ministeren mødtes med repræsentanter for fagforeningen og', true],
    ['end', 'Ministeren mødtes med repræsentanter for fagforeningen i København.', false],
    ['start', 'og derfor valgte regeringen at ændre budgettet.', true],
    ['clean', 'Læs også', true],
  ],
  no: [
    ['lang', 'Regjeringen la onsdag fram et nytt forslag som skal senke strømprisene for husholdningene i løpet av neste år.', true],
    ['end', 'Statsministeren møtte representanter for fagbevegelsen og', true],
    ['end', 'Statsministeren møtte representanter for fagbevegelsen i Oslo.', false],
    ['start', 'og derfor valgte regjeringen å endre budsjettet.', true],
    ['clean', 'Les også', true],
  ],
  tr: [
    ['lang', 'Hükümet çarşamba günü elektrik fiyatlarını düşürmek için yeni bir yasa teklifi sundu ve bu teklif meclise gönderildi.', true],
    ['end', 'Bakan, sendika temsilcileriyle görüştü ve', true],
    ['end', 'Bakan, sendika temsilcileriyle Ankara’da görüştü.', false],
    ['start', 've bu nedenle hükümet bütçeyi değiştirdi.', true],
    ['clean', 'Devamını oku', true],
    ['clean', 'Reklam', true],
  ],
  ro: [
    ['lang', 'Guvernul a prezentat miercuri un nou proiect de lege care ar trebui să reducă prețurile la energie pentru populație.', true],
    ['end', 'Detaliile planului sunt descrise la pag.', true],
    ['end', 'Ministrul s-a întâlnit cu reprezentanții sindicatelor și', true],
    ['end', 'Ministrul s-a întâlnit cu reprezentanții sindicatelor la București.', false],
    ['start', 'și de aceea guvernul a decis să modifice bugetul.', true],
    ['clean', 'Citește și', true],
    ['clean', 'Publicitate', true],
  ],
  ru: [
    ['lang', 'Правительство в среду представило новый законопроект, который должен снизить цены на электроэнергию для населения.', true],
    ['end', 'Министр встретился с представителями профсоюзов и', true],
    ['end', 'Министр встретился с представителями профсоюзов в Москве.', false],
    ['start', 'и поэтому правительство решило изменить бюджет.', true],
    ['start', 'Но депутаты не поддержали законопроект.', true],
    ['start', 'Депутаты не поддержали законопроект.', false],
    ['clean', 'Читайте также', true],
    ['clean', 'Реклама', true],
  ],
  uk: [
    ['lang', 'Уряд у середу представив новий законопроект, який має знизити ціни на електроенергію для населення наступного року.', true],
    ['end', 'Міністр зустрівся з представниками профспілок і', true],
    ['end', 'Міністр зустрівся з представниками профспілок у Києві.', false],
    ['start', 'і тому уряд вирішив змінити бюджет.', true],
    ['clean', 'Читайте також', true],
  ],
};

const BODY = ['The harbour reopened on Monday after the storm.', 'Ferries ran on time again by the evening.'];

for (const [lang, cases] of Object.entries(TABLES)) {
  describe(`language ${lang}`, () => {
    it('has a data file', () => expect(LANGUAGES).toContain(lang));
    it.each(cases)('%s: %s → %s', (kind, text, expected) => {
      if (kind === 'lang') expect(resolveLanguage(text) === lang).toBe(expected);
      else if (kind === 'end') expect(endsMidSentence(text, lang) !== null).toBe(expected);
      else if (kind === 'start') expect(startsMidSentence(text, lang) !== null).toBe(expected);
      else expect(cleanText(`${BODY[0]}\n${text}\n${BODY[1]}`, lang).text.includes(text)).toBe(!expected);
    });
  });
}

describe('language data files', () => {
  it.each(LANGUAGES)('%s lists dangling words, read-more phrases and caption words', (lang) => {
    const d = langData(lang);
    expect(d.code).toBe(lang);
    expect(d.dangling.size).toBeGreaterThan(10);
    expect(d.readMore.length).toBeGreaterThan(0);
    expect(d.captionWords.length).toBeGreaterThan(0);
  });
});
