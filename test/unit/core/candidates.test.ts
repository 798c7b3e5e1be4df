// Candidate boundaries: every place a story may start must be a candidate (a start with none can never be found).
// Each row is a join of two stories as publishers and feeds write them; the second story must start at a candidate.
import { describe, expect, it } from 'vitest';
import { findCandidates } from '../../../src/core/boundaries/candidates';
import { stopwordsFor } from '../../../src/core/text/lang/stopwords';

const LONG = 'The council met on Monday to discuss the budget for next year and the plans for the new harbour wall';

describe('findCandidates: a candidate at each join', () => {
  it.each([
    ['a feed truncation mark glued to the next headline', `${LONG}, said the mayor… [+1880 chars]`, 'Henry Cavill speaks out'],
    ['a feed truncation mark, then a space', `${LONG}, said the mayor… [+1880 chars] `, 'Henry Cavill speaks out'],
    ['a dateline in capitals glued to a word', `${LONG} and the union had`, 'PARIS, Jan 8 (Reuters) - French unions'],
    ['a contraction glued to a name', `${LONG}. It comes as it’s`, 'James Corden and Harry Styles'],
    ['a single quote opening the story after a stop', `${LONG} at Altrincham.`, "'Enron of Kansas' Trial Begins"],
    ['a number after a stop, glued', `${LONG} in Fifth Harmony.`, '2 people dead following shooting'],
    ['a list headline after a space in a long line', `${LONG} with or slightly higher `, '8 Private Cloud Providers Compared'],
    ['a link arrow before the next headline', `${LONG} in the prior year, 7.8 »`, 'Gal Gadot speaks out'],
    ['a quote that closed the story before, glued', `${LONG} and I saw them fall"`, 'Stava scattando un selfie'],
    ['a list headline glued to a lower-case word', `${LONG}, they don't like to tell us`, '10 things to know about the vote'],
    ['the pronoun I cut off before a capitalised word', `${LONG}. The Before: Starting Where I`, 'Did you know that you can save'],
    ['a plural acronym before a name', `${LONG} of Bolt-Like Affordable EVs`, 'Craig McCarthy is Digital Archive editor'],
    ['a year glued to a headline in capitals', `${LONG} XLS files 1998 1997 1996`, 'BOB SCHIEFFER INTERVIEWS REP. KING'],
    ['a credit in brackets glued to a kicker', `${LONG} in the year so far (ANSA)`, 'METEO. Ultime fiammate di caldo'],
    ['an acronym glued to a capitalised word', `${LONG}, CNN or Trump, MSNBC`, 'Libtard Democrat Al Franken will'],
    ['an acronym, a stop and a kicker in capitals', `${LONG} a new, low-priced PC.`, 'MUTV: We are giving balanced views'],
    ['a comma and a closing quote, glued', `${LONG} between them,”`, 'We are pretty sure there is nothing'],
    ['a stop and a story opening with a bracket', `${LONG} for his defense anymore.`, '(APPLAUSE) John McCain has spent'],
    ['a stop and a straight closing quote, glued', `${LONG} and contains 'great quinoa whiskey.'`, 'In the town of Bedford, locals'],
    // Glued joins of other shapes (issue 14).
    ['a stop and a straight double quote opening the story, glued', `${LONG} in the north of the county.`, '"Both sides have agreed," the mayor said'],
    ['a mis-decoded closing quote (U+0094) after a stop, glued', `${LONG} and that was the end of it.\u0094`, 'Harbour workers vote to strike'],
    ['a mis-decoded closing quote (U+0094) after a word, glued', `${LONG} heading north to the coast\u0094`, 'Ferry fares rise again'],
    ['a mis-decoded opening quote (U+0093) after a space in a long line', `${LONG} Read more `, '\u0093Ferry fares rise\u0094 says the union'],
    ['a Spanish question after a stop, glued', `${LONG}.`, '¿Qué pasa con el puerto nuevo?'],
    ['a Spanish question after a word, glued', `${LONG} de la ciudad`, '¿Dónde está el puerto nuevo?'],
    ['a Spanish question after a space in a long line', `${LONG} en la sala que `, '¿Cómo lo lograron los vecinos?'],
    ['a credit glued to the last word', `${LONG} and the harbour`, '© Harbour Press The new ferry sails'],
    ['a bracketed note glued to the last word', `${LONG} two days ago`, '[Editors note: this story was updated]'],
    ['a closing tag glued to the next headline', `${LONG}.</p>`, 'Ferry fares rise again'],
    ['an ellipsis glued to a number', `${LONG} and the harbour …`, '10 things to know about the ferries'],
    ['an ellipsis after a cut word in capitals, glued', `${LONG} at the HARBOUR W…`, 'Ferry fares rise again'],
    ['a stop after a space, glued to the next word', `${LONG} of the harbour .`, 'Ferry fares rise again'],
    ["a name's initial and a stop, glued", `${LONG}, said John A.`, 'Ferry fares rise again'],
    ['a feed truncation mark glued to a one-letter word', `${LONG}, said the mayor… [+1880 chars]`, 'A spokesperson for the union said'],
    ['a feed truncation mark, then a number', `${LONG}, said the mayor… [+1880 chars] `, '150 workers join the strike'],
    ['a feed truncation mark, then lower case', `${LONG}, said the mayor… [+1880 chars] `, 'essentials of the week in brief'],
    ['a closing quote and a comma glued to a kicker', `${LONG} said the “mayor”,`, 'HARBOUR: Ferry fares rise'],
    ['a comma glued to a list headline', `${LONG} and the mayor,`, '10 things to know about the ferries'],
    ['a straight single quote opening the story after a plural', `${LONG} and the harbour workers`, "'We will not stop' say the unions"],
    ['a curly single quote opening the story, glued', `${LONG} on the harbour wall`, '‘Game of Ferries’ returns this spring'],
    ['a kicker in capitals ending on "!", glued', `${LONG} near the harbour`, 'DANGER! Ferry fares rise again'],
    ['a kicker in capitals with a hyphen, glued', `${LONG} near the harbour`, 'COVID-19 cases rise in the port'],
    ['an initialism glued to "Read more"', `${LONG}. Read more`, 'U.S. ferry fares rise again'],
    ['a number glued to a contraction', `${LONG}. It's`, '12 things to know about the ferries'],
    ['an abbreviation that ends a sentence in a long line', `${LONG} and arrived on Nov. `, 'Ferry fares rise again this winter'],
    ['an arrow that ends a link in a long line', `${LONG}. View your reports here → `, 'Did you know that fares rise'],
    ['an asterisk that ends a note in a long line', `${LONG}. Reporting by the desk * `, 'Ferry fares rise again this winter'],
  ])('%s', (_, before, after) => {
    const text = before + after;
    const starts = findCandidates(text, stopwordsFor('en')).map((c) => c.start);
    expect(starts).toContain(before.length);
  });

  const LONG_PT = 'O conselho reuniu-se na segunda-feira para discutir o orçamento do próximo ano e os planos para o novo porto';
  it.each([
    ['a one-letter function word glued to a capital', `${LONG_PT} no dia do`, 'O porto novo abre amanhã'],
    ['"e" ("and") glued to a name: not the "e" of eBay', `${LONG_PT} no centro e`, 'Doria vai receber o prefeito'],
    ['a number glued to a one-letter function word', `${LONG_PT}, ele é o`, '57 foragidos voltam ao país'],
    ['a story cut after a one-letter function word, in a long line', `${LONG_PT} no Brasil. O `, 'Ministro diz que o porto abre'],
  ])('Portuguese: %s', (_, before, after) => {
    const text = before + after;
    const starts = findCandidates(text, stopwordsFor('pt')).map((c) => c.start);
    expect(starts).toContain(before.length);
  });

  it.each([
    ['a decimal number', 'Prices rose by 9.5 percent in the year to March, the bureau said on Monday morning after a long wait.'],
    ['a brand in lower case', 'Sales of the new iPhone rose sharply in the year to March, the firm said on Monday morning after a wait.'],
    ['camel-case names', 'Fans of YouTube, McDonald and DeMarco queued on eBay for the new iPhone and iOS games on Monday.'],
    ['a list in a description', 'The index fell 175 points on the day.<ul><li>FTSE 100 loses ground</li><li>Oil rises</li></ul> Traders said.'],
    ['a paper named with its initial', 'The report ran in the Folha de S.Paulo on Monday, and the minister said it was wrong about the port.'],
    ['an ellipsis before lower case', 'It was like…so much easier to get there, and the ferry was on time for once this morning.'],
  ])('no glued join inside %s', (_, text) => {
    expect(findCandidates(text, stopwordsFor('en')).filter((c) => c.kind === 'glued' || c.kind === 'gluedWord')).toEqual([]);
  });

  it('no glued join at a German opening quote (»Titel«), while a link arrow still joins', () => {
    const text = 'Der Sender zeigt am Sonntag den Krimi »Hafenmord« aus Kiel, und im Franken-»Dorfkrimi« ermittelt ein neues Team.';
    expect(findCandidates(text, stopwordsFor('de')).filter((c) => c.kind === 'glued' || c.kind === 'gluedWord')).toEqual([]);
    const arrow = `${LONG} in the prior year, 7.8 »`;
    expect(findCandidates(`${arrow}Gal Gadot speaks out «on Monday»`, stopwordsFor('en')).map((c) => c.start)).toContain(arrow.length);
  });

  it.each([
    ['Italian', 'it', "Il governo ha parlato dell'Italia e dell'Europa al vertice di Roma, e il ministro ha detto che il porto apre."],
    ['French', 'fr', "Le ministre a parlé de l'Europe et jusqu'Au bout du débat sur le port, et la ville a voté lundi soir."],
  ])('no glued join at an elision (%s)', (_, lang, text) => {
    expect(findCandidates(text, stopwordsFor(lang)).filter((c) => c.kind === 'gluedWord')).toEqual([]);
  });

  it.each([
    ['a title', 'The council met on Monday to discuss the budget and then Mr. ', 'Smith spoke about the harbour wall and the plans'],
    ["a name's initial", 'The council met on Monday to discuss the budget and then John F. ', 'Kennedy spoke about the harbour wall and the plans'],
  ])('no candidate after %s in a long line', (_, before, after) => {
    expect(findCandidates(before + after, stopwordsFor('en')).map((c) => c.start)).not.toContain(before.length);
  });
});
