import { describe, expect, it } from 'vitest';
import { readRegionSet, scoreRegions } from './eval-regions';

describe('scoreRegions', () => {
  it('counts found labels, place or flag answers and false claims', () => {
    const { rows, mistakes } = scoreRegions([
      { lang: 'es', text: 'Saludos desde México', region: 'MX' }, // found, by a place
      { lang: 'en', text: 'Paris Hilton would never', region: null }, // a false claim
      { lang: 'en', text: 'Love from Lagos 🇳🇬', region: 'GB' }, // a wrong claim
    ]);
    const all = rows.at(-1)!;
    expect([all.items, all.located, all.found, all.claims, all.claimsRight, all.falseClaims]).toEqual([3, 2, 1, 3, 1, 1]);
    expect(mistakes).toHaveLength(2);
  });

  it('reads 20 labelled comments in each of the twelve languages', () => {
    const items = readRegionSet();
    const perLang = new Map<string, number>();
    for (const i of items) {
      expect(i.region === null || /^[A-Z]{2}$/.test(i.region)).toBe(true);
      perLang.set(i.lang, (perLang.get(i.lang) ?? 0) + 1);
    }
    expect([...perLang.entries()]).toEqual(['en', 'es', 'pt', 'fr', 'de', 'id', 'it', 'tr', 'ja', 'ko', 'hi', 'ar'].map((l) => [l, 20]));
  });
});
