// Language data for a card's small print: times, reading times, bylines and paywall marks, as pages write
// them. Kept apart from the logic so a new language is a few words here. Matched case-insensitively.

const MONTHS = '(?:jan|feb|m[aä]r|apr|ma[iy]|jun|jul|aug|sep|o[ck]t|nov|de[cz]|janv|févr|mars|avr|juin|juil|août|sept|déc|ene|abr|ago|dic|genn?|febbr|magg|giu|lug|ott|set)[a-zéû]*\\.?';
const WEEKDAYS = '(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*|(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)|(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)|(?:lunes|martes|miércoles|jueves|viernes|sábado|domingo)';

/** A time so long ago: "2 hours ago", "vor 5 Minuten". */
const TIME_AGO = '\\d{1,3}\\s*(?:sec|secs|seconds?|min|mins|minutes?|hrs?|hours?|days?|weeks?|months?)\\s+ago';
const TIME_AGO_DE = 'vor\\s+\\d+\\s*(?:sek\\w*|min\\w*|std\\.?|stunden?|tag\\w*|woche\\w*)';

/** A time or date: "00:38 Uhr", "28.02.2026", "2026-02-28", "Feb 3", "3. März", "2 hours ago", "vor 5 Minuten", "gestern", "Samstag". */
export const TIME = new RegExp(
  [
    '\\b\\d{1,2}[:.]\\d{2}\\s*(?:uhr|h|am|pm|a\\.m\\.|p\\.m\\.)',
    '\\b\\d{1,2}:\\d{2}\\b',
    '\\b\\d{1,2}\\.\\s?\\d{1,2}\\.(?:\\s?\\d{2,4})?',
    '\\b\\d{4}-\\d{2}-\\d{2}\\b',
    '\\b\\d{1,2}/\\d{1,2}/\\d{2,4}\\b',
    `\\b${MONTHS}\\s+\\d{1,2}\\b`,
    `\\b\\d{1,2}\\.?\\s+${MONTHS}`,
    `\\b${TIME_AGO}\\b`,
    `\\b${TIME_AGO_DE}`,
    '\\b(?:il y a|hace|há)\\s+\\d+',
    '^(?:updated|aktualisiert|published|veröffentlicht|stand)\\b',
    `^(?:${WEEKDAYS})\\b`,
    '^(?:heute|gestern|today|yesterday|hier|aujourd\'hui|ayer|hoy|just now|gerade eben)\\b',
  ].join('|'),
  'iu',
);

/** A page's time stamp as a whole line, with or without its time and date: "Last updated at", "21 October 2010 Last
 * updated at 19:04 ET", "Aktualisiert am 28.02.". */
export const TIME_LABEL = /^(?:\d{1,2}\.?\s+\p{L}+\.?\s+\d{4},?\s+|\p{L}+\.?\s+\d{1,2},?\s+\d{4},?\s+)?(?:last\s+)?(?:updated|published|posted|modified|aktualisiert|veröffentlicht|zuletzt aktualisiert|mis à jour|publié|actualizado|publicado|aggiornato)(?:\s(?:at|on|am|um|le|à|el|a las|il|alle))?(?:\s[\d.:/]+(?:\s[\d.:/]+)*(?:\s?(?:uhr|h|am|pm|et|gmt|utc|cet))?)?:?$/iu;

/** A reading or running time: "2 Min", "5 min read", "Lesezeit 3 Minuten", "12:30 min" (a video's length). */
export const READING_TIME = /^(?:lesezeit:?\s*|reading time:?\s*|temps de lecture:?\s*)?(?:\d+(?::\d{2})?\s*(?:min\.?|mins|minuten|minutes?|minutos|minuti)(?:\s+(?:read|lesen|lesezeit|de lecture|de lectura))?|\d{1,2}:\d{2}(?::\d{2})?)$/iu;

/** Words that address the reader: "you", "vous", "usted", Russian "вы", and German's formal "Sie"/"Ihre" inside a sentence
 * (where a capital tells them from "sie"/"ihre", she and they). A capital elsewhere is a name ("Marianne Vos", the show
 * "You"), so "You", "Vous"… count only where a sentence starts. */
const READER_ADDRESS = /(?<!\p{L})(?:you|your|yours|vous|votre|vos|usted|ustedes|вы|ваш\p{L}*)(?!\p{L})|(?:^|[.!?:]\s+|\n)[¿¡«"“(•–—-]*\s*(?:You|Your|Vous|Votre|Vos|Usted|Ustedes|Вы|Ваш\p{L}*)(?!\p{L})|(?<=\p{L} )(?:Sie|Ihr|Ihre|Ihren|Ihrem|Ihrer|Ihnen)(?!\p{L})/u;
/** Quoted speech, in the quote marks of the languages above: a headline may quote someone speaking to "you". */
const QUOTED = /"[^"]*"|“[^”]*”|„[^“”]*[“”]|«[^»]*»|»[^«]*«|‘[^’]*’|'[^']*'/g;
/** Where a sentence or a line ends: a box's opening is its first three ("Our columnists" | "No access yet?" | "Register now
 * and…"; "Something missing? Tell us."). */
const SENTENCE_OR_LINE_END = /(?<=[.!?…])\s+|\s*\n\s*/u;
const OPENING_SENTENCES = 3;
/**
 * Does a text speak to its reader outside quotes, from its opening? A site's boxes do ("Choose your region");
 * news reports first, even where it ends on an appeal ("… Two were hurt. The road was shut. If you saw the crash, call 101.").
 */
export function addressesReader(text: string): boolean {
  const opening = text.replace(QUOTED, ' ').trim().split(SENTENCE_OR_LINE_END).slice(0, OPENING_SENTENCES).join('\n');
  if (READER_ADDRESS.test(opening)) return true;
  // A box's title in Title Case ("Choose Your Region") capitalises every word: there a capital names no one (but "Vos" may).
  const lowered = opening.split('\n').map((l) => (titleCase(l) ? l.replace(/(?<!\p{L})(?!Vos(?!\p{L}))\p{Lu}\p{Ll}+/gu, (w) => w.toLowerCase()) : l));
  return READER_ADDRESS.test(lowered.join('\n'));
}

/** Title Case: no word after the first opens with a small letter ("Choose Your Region", "A Column By Ann Lee"). */
export const titleCase = (s: string): boolean => s.split(/\s+/).slice(1).every((w) => !/^\p{Ll}/u.test(w));

/** The word that opens a byline, in the languages read: "Von", "By", "Par", "Por", "Di", "Door". */
export const BYLINE_WORD = String.raw`(?:[Vv]on|[Bb]y|BY|VON|[Pp]ar|[Pp]or|[Dd]i|[Dd]oor)`;

/** A reporter's word after the place a byline names ("Aus Kiew berichtet Anna Berg", "Aus Malindi, Kenia, berichten …"). */
export const REPORTS = String.raw`berichte[tn]`;
/** The name after it: two or three capitalised words, maybe a particle ("Anna Berg", "Kerstin van Dijk"; not "Reuters von
 * neuen Angriffen", "Zeugen nur"). */
const REPORTER = String.raw`\p{Lu}[\p{L}'-]*\.?(?:\s+(?:von|van|de|di|da|del|der|du|la|le|ter|zu))*(?:\s+\p{Lu}[\p{L}'-]*){1,2}`;

/** A byline: "Von Bettina Schulz", "By A. Writer", "Par …", "Por …", "Di …", "Door …", "Aus Kiew berichtet Anna Berg" (a
 * name, with no sentence going on after it: "Aus Sicherheitskreisen berichtet Reuters von neuen Angriffen." is text). */
export const BYLINE = new RegExp(String.raw`^(?:(?:[\p{L}-]+\s+){0,3}${BYLINE_WORD}\s+[\p{Lu}»„"']|Aus\s+\p{Lu}[^.!?]{0,40}?\s+${REPORTS}\s+${REPORTER}(?:\s+und\s+${REPORTER})?(?:\s*\(Fotos?\))?\.?\s*(?:$|[,(|·–]|\d)|(?:[Tt]exte?|[Ii]nterview|INTERVIEW|[Pp]rotokoll|[Ff]otos?|[Aa]utor(?:in)?|[Rr]eporting)\s*:\s*\S)`, 'u');

/** A paywall mark on its own line: the site's subscription brand or a bare "Plus". */
export const PAYWALL = /^(?:\+|plus|premium|abo|abo\+|exklusiv|exclusive|subscriber(?:s)?(?: only| exclusive)?|for subscribers|nur für abonnenten|\p{Lu}\+|\p{Lu}{1,5}\s?plus|réservé aux abonnés|exclusivo para suscriptores)$/iu;

/** A story's format set as a badge before its topic, in a box of its own that the page's text glues to the topic's first
 * word ("LiveNahost", "MeinungÖsterreich", "ExclusiveHarbour"): where one opens a kicker and a capital follows, the two
 * stand apart (before an acronym too: "KommentarUSA"). Capitalised as badges write them. (de, en, fr, es, it, pt, nl.) So do a sponsor's label ("Brand
 * StoryHarbour Bank", "SponsoredHarbour Bank") and a paper's magazine named by its initials ("HT MagazinProbier doch mal"). */
export const FORMAT_BADGE_GLUED = /^(Live(?:ticker|blog)?|(?:Brand|Product|Sponsored) Story|Sponsored|Gesponsert|Anzeige|Advertorial|Promoted|Sponsorisé|Patrocinado|Publicidad|Publicité|(?:\p{Lu}{2,5} )?Magazine?|Eilmeldung|Exklusiv|Meinung|Kommentar|Analyse|Interview|Reportage|Kolumne|Video|Podcast|Exclusive|Opinion|Analysis|Comment|Breaking|Update|Review|Explainer|Direct|Exclusif|Tribune|Entretien|Vidéo|Chronique|Directo|Exclusiva|Opinión|Análisis|Entrevista|Vídeo|Diretta|Esclusiva|Opinione|Analisi|Intervista|Exclusivo|Opinião|Análise|Exclusief|Opinie)(?=\p{Lu})/u;

/** A card's kind said before its byline, in the languages of BYLINE_WORD: an indefinite article, a listed kind of piece
 * and at most three words more ("Ein Nachruf", "An appreciation", "A tribute", "Un entretien", "Una crónica", "Uma
 * reportagem", "Een interview", "Ein Treffen mit Ndikung", "Ein Drama in fünf Akten"). Only listed kinds: a teaser cut
 * after its last stop ends on the same shape ("… contract. A spokesperson said the", "Ein Sprecher der Stadt Hamburg",
 * "Eine Woche nach dem Anschlag"). English "A" only before an English kind: Portuguese writes it for "the". */
const KIND_WORD = String.raw`[^\s.!?…:;,]+`;
export const KIND_PHRASE = String.raw`(?:(?:Eine?|An|Une?|Un[ao]|Um|Uma|Een)\s+(?:Nachruf|Besuch|Treffen|Gespräch|Streitgespräch|Drama|Dokumentarfilm|Spurensuche|Reise|Überblick|Protokoll|Annäherung|Bilanz|Erklärstück|Kommentar|Gastbeitrag|Essay|Interview|Analyse|Kolumne|Glosse|Reportage|Porträt|Rezension|Kritik|Würdigung|appreciation|obituary|analysis|commentary|essay|interview|opinion|profile|review|tribute|entretien|tribune|chronique|analyse|éditorial|hommage|portrait|crónica|entrevista|columna|reseña|tribuna|obituario|reportagem|crônica|coluna|análise|resenha|intervista|analisi|rubrica|recensione|ritratto|column|recensie|beschouwing|portret)|A\s+(?:tribute|review|profile|portrait|column|commentary|appreciation))(?:\s+${KIND_WORD}){0,3}`;

/** A byline's first words on a line of their own, the name on the next: "Ein Kommentar von" / "Livia Gerster". */
export const BYLINE_LEAD = /^(?:von|by|par|por|di|door|ein (?:kommentar|gastbeitrag|essay|interview) von|eine (?:analyse|kolumne|glosse|reportage) von|(?:a )?(?:commentary|analysis|column|opinion) by)\s*:?$/iu;

/** A time at the end of a byline ("By A. Writer, 6:42 P.M. ET", "Von A. Autor · 08:10 Uhr"). */
const BYLINE_TIME = /[\s,·|•–-]+(\d{1,2}[:.]\d{2}(?:\s?(?:[Uu]hr|h|[AaPp]\.?[Mm]\.?))?(?:\s?[A-Z]{2,4})?)$/u;

/** A time so long ago at the end of a source's name, set in a tag of its own with no space ("Reuters13 mins ago"). */
const BYLINE_TIME_AGO = new RegExp(`[\\s,·|•–-]*((?<!\\d)${TIME_AGO}|${TIME_AGO_DE})$`, 'iu');
/** A byline's time is read in its last characters only: a time is short, and a long run of spaces or digits read whole
 * made each try of the patterns above cost its length. */
const BYLINE_TIME_TAIL = 48;

/** A byline with the time it carries kept apart: the time is a field of its own, never part of the author's name. */
export function bylineAndTime(byline: string | null | undefined): { byline: string | null; time?: string } {
  if (!byline) return { byline: byline ?? null };
  const from = Math.max(0, byline.length - BYLINE_TIME_TAIL);
  const tail = byline.slice(from);
  const m = BYLINE_TIME.exec(tail) ?? BYLINE_TIME_AGO.exec(tail);
  return m && from + m.index > 0 ? { byline: byline.slice(0, from + m.index), time: m[1] } : { byline };
}

/** Languages by their own names and their English ones, as language menus list them ("Vietnamese Tiếng Việt"). */
const LANGUAGE_NAMES = new Set([
  'english', 'español', 'français', 'deutsch', 'italiano', 'português', 'русский', 'українська', 'polski', 'čeština',
  'slovenčina', 'magyar', 'română', 'български', 'srpski', 'српски', 'hrvatski', 'slovenščina', 'ελληνικά', 'türkçe',
  'nederlands', 'svenska', 'norsk', 'dansk', 'suomi', 'íslenska', 'eesti', 'latviešu', 'lietuvių', 'shqip',
  'عربي', 'العربية', 'فارسی', 'اردو', 'پښتو', 'עברית', 'हिन्दी', 'বাংলা', 'தமிழ்', 'नेपाली', 'ગુજરાતી', 'मराठी', 'ਪੰਜਾਬੀ',
  'తెలుగు', 'සිංහල', 'မြန်မာ', 'ไทย', '中文', '简体中文', '繁體中文', '日本語', '한국어', 'tiếng', 'việt', 'kiswahili', 'hausa', 'yorùbá', 'igbo', 'afaan', 'oromoo', 'amharic', 'አማርኛ', 'tigrinya', 'ትግርኛ', 'somali',
  'soomaali', 'kirundi', 'kinyarwanda', 'azərbaycan', "o'zbek", 'oʻzbek', 'қазақ', 'кыргыз', 'тоҷикӣ', 'ქართული', 'հայերեն',
  'arabic', 'chinese', 'persian', 'portuguese', 'russian', 'spanish', 'urdu', 'vietnamese', 'french', 'german', 'italian',
  'japanese', 'korean', 'turkish', 'hindi', 'bengali', 'indonesian', 'swahili', 'ukrainian', 'polish', 'dutch', 'greek',
  'hebrew', 'thai', 'burmese', 'nepali', 'pashto', 'punjabi', 'tamil', 'telugu', 'marathi', 'gujarati', 'sinhala', 'uzbek',
  'kyrgyz', 'azeri', 'azerbaijani', 'serbian', 'romanian', 'hungarian', 'czech', 'swedish', 'norwegian', 'danish', 'finnish',
  'mandarin', 'cantonese', 'simplified', 'traditional', 'brazilian',
]);

/** The words of the text are language names only: a link of a language menu. */
export function isLanguageNames(text: string): boolean {
  // "Bahasa Indonesia": a country's name after "bahasa" (language) names its language; alone it is the country.
  const words = text.toLowerCase().replace(/\bbahasa\s+\p{L}+/gu, ' bahasa ').split(/[\s·|,/()]+/u).filter(Boolean);
  return words.length > 0 && words.every((w) => w === 'bahasa' || LANGUAGE_NAMES.has(w));
}
