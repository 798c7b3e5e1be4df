// Language detection lower-cases its sample once where that reads each word as lower-casing it alone would; the two
// letters whose lower case depends on the text around them must read the same either way.
import { describe, expect, it } from 'vitest';
import { detectLanguage } from '@core/text/langdetect';

describe('language detection and letter case', () => {
  it('reads a capital sigma at a word end as a final sigma, whatever follows the word', () => {
    // Lower-cased whole, "ΤΗΣ'Α" gives "τησ'α", a medial σ; word by word, "ΤΗΣ" is "της", a Greek stop word, and the
    // stop words here are all of that form.
    const greek = "ΤΗΣ'ΑΘΗΝΑΣ ΤΙΣ'ΕΚΛΟΓΕΣ ΤΗΣ'ΠΟΛΗΣ ΤΙΣ'ΤΙΜΕΣ ΤΗΣ'ΑΓΟΡΑΣ ΤΙΣ'ΠΕΡΙΟΧΕΣ";
    expect(detectLanguage(greek)).toBe('el');
  });

  it('reads a text holding a dotted capital I (two code units once lower-cased) word by word', () => {
    const turkish = 'İstanbul için bir karar: belediye ile hükümet gibi kurumlar bu yıl için değil, gelecek yıl için plan yapıyor ki İzmir de katılsın.';
    expect(detectLanguage(turkish)).toBe('tr');
  });
});
