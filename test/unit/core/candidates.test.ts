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
  ])('%s', (_, before, after) => {
    const text = before + after;
    const starts = findCandidates(text, stopwordsFor('en')).map((c) => c.start);
    expect(starts).toContain(before.length);
  });

  it.each([
    ['a decimal number', 'Prices rose by 9.5 percent in the year to March, the bureau said on Monday morning after a long wait.'],
    ['a brand in lower case', 'Sales of the new iPhone rose sharply in the year to March, the firm said on Monday morning after a wait.'],
  ])('no glued join inside %s', (_, text) => {
    expect(findCandidates(text, stopwordsFor('en')).filter((c) => c.kind === 'glued' || c.kind === 'gluedWord')).toEqual([]);
  });
});
