import { describe, expect, it } from 'vitest';
import { inferRegions, MAX_REGION_P } from './region';
import { tokenize } from './tokens';

const unknown = { language: 'unknown', p: 0 };
const regions = (text: string, language = unknown) => inferRegions(text, tokenize(text).words, language);

describe('inferRegions', () => {
  it.each([
    // [text, language, expected top region, evidence contains]
    ['Love from Brazil 🇧🇷', unknown, 'BR', 'flag BR'],
    ['saludos desde méxico', { language: 'es', p: 0.97 }, 'MX', 'place "mexico"'],
    ['greetings from São Paulo', unknown, 'BR', 'place "sao paulo"'],
    ['great video', { language: 'pt', p: 0.97 }, 'BR', 'language pt'],
    ['정말 좋아요', unknown, 'KR', 'script Hangul'],
  ])('%s → %s', (text, language, top, evidence) => {
    const hints = regions(text, language);
    expect(hints[0]?.region).toBe(top);
    expect(hints[0]?.evidence).toContain(evidence);
  });

  it.each([
    ['flag and place agree', 'London calling 🇬🇧🇬🇧', { language: 'en', p: 0.97 }],
    ['language alone', 'a long comment', { language: 'de', p: 0.97 }],
    ['three flags', '🇧🇷🇵🇹🇦🇴', unknown],
    ['place, flag and language', 'Lisboa 🇵🇹 adoro', { language: 'pt', p: 0.97 }],
  ])('never certain, never more than 1 in total: %s', (_label, text, language) => {
    const hints = regions(text, language);
    expect(hints.length).toBeGreaterThan(0);
    const total = hints.reduce((sum, h) => sum + h.p, 0);
    expect(total).toBeLessThanOrEqual(1);
    for (const h of hints) expect(h.p).toBeLessThanOrEqual(MAX_REGION_P);
  });

  it('caps even overwhelming evidence below certainty', () => {
    const hints = regions('London 🇬🇧🇬🇧🇬🇧 Manchester England UK', { language: 'en', p: 0.97 });
    expect(hints[0]).toMatchObject({ region: 'GB' });
    expect(hints[0]!.p).toBeLessThanOrEqual(0.85);
  });

  it('spreads Spanish over the countries that speak it', () => {
    const hints = regions('que bonito', { language: 'es', p: 0.97 });
    expect(hints.map((h) => h.region)).toEqual(expect.arrayContaining(['MX', 'LATAM']));
    expect(hints[0]!.p).toBeLessThan(0.5);
  });

  it('gives the same answer from the cache for language-only evidence, and it cannot be changed', () => {
    const first = regions('bonjour', { language: 'fr', p: 0.97 });
    const second = regions('salut', { language: 'fr', p: 0.97 });
    expect(second).toEqual(first);
    expect(() => (second[0]!.p = 1)).toThrow(TypeError);
    expect(regions('Paris', { language: 'fr', p: 0.97 })[0]?.evidence).toContain('place "paris"');
  });

  it.each([['nice pic'], ['']])('no evidence, no regions: %j', (text) => {
    expect(regions(text)).toEqual([]);
  });
});

describe('place names in the languages of issue 15', () => {
  it.each([
    ['Salam dari Surabaya', 'ID'],
    ['Ciao da Torino', 'IT'],
    ['İzmir’den selamlar', 'TR'],
    ['東京から見ています', 'JP'],
    ['서울에서 보고 있어요', 'KR'],
    ['नमस्ते दिल्ली से', 'IN'],
    ['تحياتي من السعودية', 'SA'],
    ['Salam dari Kuala Lumpur', 'MY'],
  ])('%s → %s', (text, region) => {
    const regions = inferRegions(text, tokenize(text).words, { language: 'unknown', p: 0 });
    expect(regions[0]?.region).toBe(region);
  });
});

describe("place names that are everyday words in the comment's language", () => {
  // [text, language, region expected first or null for none from a place]
  it.each<[string, string, string | null]>([
    ['Lima menit pertama bikin ketawa', 'id', null], // lima = five
    ['Un abrazo desde Lima', 'es', 'PE'],
    ['Ti porto con me in vacanza', 'it', null], // porto = I bring
    ['Saudações do Porto', 'pt', 'PT'],
    ['Harga saham di bursa turun', 'id', null], // bursa = stock exchange
    ["Bursa'dan selam", 'tr', 'TR'],
  ])('%s (%s)', (text, language, region) => {
    const hints = inferRegions(text, tokenize(text).words, { language, p: 0.9 });
    const fromPlace = hints.find((h) => h.evidence.some((e) => e.startsWith('place')));
    expect(fromPlace?.region ?? null).toBe(region);
  });
});
