// A related link or a contributors' line under a story ("More: …", "Lire aussi : …") is read by one matcher, for the
// boundary (no story opens on it) and for the cut flag (the story's last sentence is the one above it).
import { describe, expect, it } from 'vitest';
import { opensTrailerLabel } from '@core/text/labels';
import { endCut } from '@core/text/ending';

describe('trailer labels', () => {
  it('reads a label at the line start, lower case, bullets off and the French space before a colon read past', () => {
    for (const line of ['More: Ferry fares rise again', 'MORE : Ferry fares rise again', '• Read more: Harbour bridge to close', 'Lire aussi : le port rouvre', 'Lesen Sie auch: Die Fähre fährt wieder', 'Related stories', 'For further information, contact the harbour office', 'Hanno collaborato Mario Rossi e Anna Bianchi']) {
      expect(opensTrailerLabel(line), line).toBe(true);
    }
  });

  it('takes a one-word label only alone or before a colon, and no sentence that merely starts like one', () => {
    for (const line of ['Contacts between the two harbour boards resumed on Monday.', 'More passengers took the ferry this year.', 'Related news came from the port.']) {
      expect(opensTrailerLabel(line), line).toBe(false);
    }
    expect(opensTrailerLabel('Contacts')).toBe(true);
  });

  it('flags no cut where a finished story is followed by its related links, in French spacing too', () => {
    expect(endCut('The ferry will run every hour from May.\n\nLire aussi : le port rouvre ses quais', 'fr')).toBeNull();
    expect(endCut('The ferry will run every hour from May.\n\n• Read more: Harbour bridge to close', 'en')).toBeNull();
  });
});
