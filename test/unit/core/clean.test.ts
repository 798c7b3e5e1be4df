// Clean text: furniture out, joins repaired, whitespace normalised, nothing else changed; idempotent; removals listed.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CUT_MARKER, cleanText } from '@core/anatomy/clean';

const clean = (t: string) => cleanText(t).text;

describe('picture credits and captions', () => {
  const cases: [string, string, string][] = [
    ['a credit line between paragraphs', 'Kim spoke.\nPhoto: EPA, Korean Central News Agency\nPyongyang agreed.', 'Kim spoke.\n\nPyongyang agreed.'],
    ['a credit in flat text', 'he said. Photo: Getty Images Analysts say the banks are weak.', 'he said.\n\nAnalysts say the banks are weak.'],
    ['a credit glued into the next sentence', 'on culture".Photo: AFPHe said: "For example, no."', 'on culture".\n\nHe said: "For example, no."'],
    ['a credit glued to an agency name', 'it operates.Photo: EPA, Korean Central News AgencyAccording to a filing, it grew.', 'it operates.\n\nAccording to a filing, it grew.'],
    ['a bracketed credit inside a sentence', 'The minister (Photo: AP) arrived late.', 'The minister arrived late.'],
    ['an Image: line', 'First paragraph.\nImage: Reuters\nSecond paragraph.', 'First paragraph.\n\nSecond paragraph.'],
    ['a bare agency line', 'First paragraph.\nGetty Images\nSecond paragraph.', 'First paragraph.\n\nSecond paragraph.'],
    ['a © line', 'First paragraph.\n© Reuters\nSecond paragraph.', 'First paragraph.\n\nSecond paragraph.'],
    ['a German Foto line', 'Erster Absatz.\nFoto: dpa\nZweiter Absatz.', 'Erster Absatz.\n\nZweiter Absatz.'],
    ['an unknown photographer', 'It rained. Photo: Jane Doe The storm passed.', 'It rained.\n\nThe storm passed.'],
    ['agency and photographer', 'Erster Satz.\nFoto: Keystone / Anthony Anex\nZweiter Satz.', 'Erster Satz.\n\nZweiter Satz.'],
    ['a German credit in brackets', 'Der Minister (Foto: dpa) kam spät.', 'Der Minister kam spät.'],
    ['BBC image source and caption lines', 'First.\nImage source, Getty Images\nImage caption, The prime minister spoke on Monday\nSecond.', 'First.\n\nSecond.'],
    ['photographer and agency', 'First.\nPhotograph: Jane Doe/AP\nSecond.', 'First.\n\nSecond.'],
    ['an agency via another', 'First.\nAFP via Getty Images\nSecond.', 'First.\n\nSecond.'],
    ['a Photo by credit in running text', 'He spoke. (Photo by John Smith/Getty Images) Then he left.', 'He spoke.\n\nThen he left.'],
    ['a credit in capitals', 'He spoke. PHOTO: REUTERS Then he left.', 'He spoke.\n\nThen he left.'],
    ['a credit glued to the end of a headline', 'Best tools.ToolboxPhoto: Getty ImagesToolbox is a tool.', 'Best tools. Toolbox Toolbox is a tool.'],
  ];
  for (const [name, input, want] of cases) it(name, () => expect(clean(input)).toBe(want));

  it('lists every removal with its reason', () => {
    const r = cleanText('Kim spoke.\nPhoto: EPA, Korean Central News Agency\nPyongyang agreed.');
    expect(r.removed).toEqual([{ text: 'Photo: EPA, Korean Central News Agency', reason: 'photo_credit' }]);
  });

  it('leaves prose about photos alone', () => {
    for (const t of ['Photo opportunities were rare.', 'The photo: a man standing alone.', 'He wrote it. Image: a man stands in the rain.', 'He took the photo by the lake.']) expect(clean(t)).toBe(t);
  });
});

describe('links, ads and share buttons', () => {
  it('removes a "Read more" tail, even run into a cut sentence', () => {
    expect(clean('"But it wouldn\'t have Read more')).toBe('"But it wouldn\'t have');
    expect(cleanText('It rose. Read more').removed).toEqual([{ text: 'Read more', reason: 'read_more' }]);
  });
  it('removes links in other languages, with their arrows', () => {
    expect(clean('It rose sharply. Read More »')).toBe('It rose sharply.');
    expect(clean('Der Kurs stieg. Weiterlesen ›')).toBe('Der Kurs stieg.');
    expect(clean('Le prix a augmenté. Lire la suite')).toBe('Le prix a augmenté.');
  });
  it('removes an ad label standing between sentences, not the word in prose', () => {
    expect(clean('He said. Advertisement The company said.')).toBe('He said. The company said.');
    expect(clean('Der Preis stieg. Anzeige erstattet hat niemand.')).toBe('Der Preis stieg. Anzeige erstattet hat niemand.');
  });
  it.each([
    ['English', 'The mayor said the plan would… [+1880 chars]', 'The mayor said the plan would […]'],
    ['German', 'Der Minister sagte, dass er… [+670 Zeichen]', 'Der Minister sagte, dass er […]'],
    ['Italian', 'Il sindaco ha detto che… [+1255 caratteri]', 'Il sindaco ha detto che […]'],
    ['Russian', 'Министр сказал, что… [+89 символов]', 'Министр сказал, что […]'],
    ['with no ellipsis before it', 'The mayor spoke. [+12 chars]', 'The mayor spoke. […]'],
  ])('removes an aggregator\'s "[+N chars]" marker (%s) and marks the text cut', (_, input, want) => {
    const r = cleanText(input);
    expect(r.text).toBe(want);
    expect(r.removed[0].reason).toBe('more_chars');
  });
  it('tells boundary finding where an aggregator cut a text', async () => {
    const { endsWithMoreChars } = await import('@core/text/more-chars');
    const { allLangData } = await import('@core/text/lang/anatomy/index');
    expect(endsWithMoreChars('The mayor said the plan would… [+1880 chars]', allLangData())).toBe(true);
    expect(endsWithMoreChars('The mayor said the plan [+1] worked.', allLangData())).toBe(false);
  });
  it('removes a lone link arrow at the end, not a closing guillemet', () => {
    expect(clean('He has left her and »')).toBe('He has left her and');
    expect(clean('Chora aos berros na varanda »')).toBe('Chora aos berros na varanda');
    expect(clean('Il a dit « non merci »')).toBe('Il a dit « non merci »');
  });
  it('removes furniture lines', () => {
    expect(clean('One.\nAdvertisement\nTwo.\nContinue reading\nThree.\nShare this article\nFacebook Twitter Email\nWeiterlesen')).toBe('One.\n\nTwo.\n\nThree.');
  });
  it('keeps sentences that merely mention them', () => {
    for (const t of ['He told me the full story.', 'Read more books, says minister', 'The advertisement ran for weeks.']) expect(clean(t)).toBe(t);
  });
});

describe('the cut marker', () => {
  it(`turns a trailing ellipsis into ${CUT_MARKER}`, () => {
    expect(clean('large amounts of alcohol and …')).toBe(`large amounts of alcohol and ${CUT_MARKER}`);
    expect(clean('Sales fell. But...')).toBe(`Sales fell. But ${CUT_MARKER}`);
    expect(clean('la instrucción....')).toBe(`la instrucción. ${CUT_MARKER}`);
    expect(clean('Der Text geht weiter (...)')).toBe(`Der Text geht weiter ${CUT_MARKER}`);
  });
  it('keeps an ellipsis inside the text', () => {
    expect(clean('“You can see ... how fast,” he said.')).toBe('“You can see ... how fast,” he said.');
  });
});

describe('joins and whitespace', () => {
  it('repairs glued sentences', () => {
    expect(clean('anytime soon.In the sweltering streets.')).toBe('anytime soon. In the sweltering streets.');
  });
  it('does not split e-mails, URLs or abbreviations', () => {
    const t = 'Mail Jane.Doe@example.com or see www.example.com/News.Html today. Mr.Smith agreed.';
    expect(clean(t)).toBe(t);
  });
  it('squashes spaces and makes paragraphs of lines', () => {
    expect(clean('  One   two.\t Three.\r\n\r\n\n  Four.  ')).toBe('One two. Three.\n\nFour.');
  });
});

describe('invariants', () => {
  const word = fc.constantFrom('the', 'minister', 'said', 'Photo:', 'AFP', 'Read', 'more', 'Getty', 'Images', '…', '...', 'U.S.', 'Mr.', 'soon.In', '“quoted', 'words”', 'Zürich', '東京', '🙂', '\n', '\n\n', 'Advertisement', '(Photo:', 'AP)');
  const text = fc.oneof(fc.array(word, { maxLength: 40 }).map((ws) => ws.join(' ')), fc.string({ unit: 'binary', maxLength: 200 }));

  it('is idempotent', () => {
    fc.assert(fc.property(text, (t) => { const once = clean(t); expect(clean(once)).toBe(once); }), { numRuns: 1500 });
  });
  it('loses no word that was not listed as removed', () => {
    fc.assert(fc.property(text, (t) => {
      const r = cleanText(t);
      const removed = r.removed.map((x) => x.text).join(' ');
      const have: string[] = r.text.match(/[\p{L}\p{N}]+/gu) ?? [];
      for (const w of t.match(/[\p{L}\p{N}]+/gu) ?? []) if (!have.includes(w)) expect(removed).toContain(w);
    }), { numRuns: 1500 });
  });
  it('never throws', () => {
    for (const t of ['', ' ', '\ud800', '…', 'Photo:', 'Photo: ', '(Photo: AP', 'Read more', '[…]', ' […]', 'مرحبا', '🙂🙂🙂']) expect(() => cleanText(t)).not.toThrow();
  });
});
