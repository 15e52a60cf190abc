import { describe, expect, it } from 'vitest';
import { nameKey, nameWarning, normalizeName } from './names';

describe('student names', () => {
  it('compare after NFKC, without invisible characters, case folded', () => {
    for (const same of ['ANNA', 'An\u200Bna', '\uFF21nna', ' anna ', 'An\u00ADna', 'An\u2060na'])
      expect(normalizeName(same), JSON.stringify(same)).toBe('anna');
    expect(normalizeName('Straße')).toBe(normalizeName('STRASSE'));
    expect(normalizeName('Chloé')).toBe(normalizeName('Chloe\u0301'));
    expect(normalizeName('Ann')).not.toBe('anna');
  });

  it('read letters that look alike across scripts as the Latin letter they imitate', () => {
    expect(nameKey('\u0410nna')).toBe(nameKey('Anna')); // Cyrillic А
    expect(nameKey('J\u03BFhn')).toBe(nameKey('John')); // Greek ο
    expect(nameKey('Ben')).not.toBe(nameKey('Anna'));
  });

  it('flag mixed scripts and invisible characters, and leave ordinary names alone', () => {
    expect(nameWarning('\u0410nna')).toBe('This name mixes Latin and Cyrillic letters that can look alike.');
    expect(nameWarning('An\u200Bna')).toBe('This name contains invisible characters.');
    for (const fine of ['Anna', 'Chloé Durand', 'Анна', 'Σοφία', '李小龙', "O'Neill-Smith"])
      expect(nameWarning(fine), fine).toBeNull();
  });
});
