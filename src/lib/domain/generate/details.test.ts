/** Altered details: replacements that no report of the story could match. */
import { describe, expect, it } from 'vitest';
import { findDetails, safeReplacements } from './details';
import { indexPlaces, placeDetails, placeReplacements } from './places';

describe('safeReplacements', () => {
  it('never swaps in another report of the meeting’s length', () => {
    const story = [
      'Trump and Putin met for 2 1/2 hours at a US military base.',
      'After a closed meeting that lasted about two hours and 45 minutes, Putin spoke.',
      'The summit lasted nearly three hours but ended without a formal agreement.',
      'The two spent about 10 minutes riding in a limo.',
      'Many had expected the talks to stretch to six-seven hours.',
      'He promised to end the war within 24 hours.'
    ].flatMap((s) => findDetails(s));
    const original = findDetails('Trump and Putin met for 2 1/2 hours at a US military base.')[0];
    const swaps = safeReplacements(original, story).map((d) => d.text);
    expect(swaps).toEqual(expect.arrayContaining(['about 10 minutes', '24 hours']));
    for (const reported of ['2 1/2 hours', 'about two hours and 45 minutes', 'nearly three hours'])
      expect(swaps).not.toContain(reported);
  });
});

describe('placeReplacements', () => {
  it('never offers a place the story names together with the original (Anchorage, Alaska)', () => {
    const sentences = [
      'The two met in Anchorage, Alaska, about the issue.',
      'Putin invited Trump for further talks in Moscow.',
      'Government circles in Berlin say the chancellor is informed.',
      'Putin received a warm welcome in Alaska.'
    ];
    const index = indexPlaces(sentences, () => false);
    const original = placeDetails('The leaders shook hands on the tarmac in Anchorage.', () => false)[0];
    expect(original.text).toBe('Anchorage');
    const swaps = placeReplacements(original, index).map((d) => d.text);
    expect(swaps).toEqual(expect.arrayContaining(['Moscow', 'Berlin']));
    expect(swaps).not.toContain('Alaska');
    expect(swaps.some((s) => s.includes('Anchorage'))).toBe(false);
  });
});
