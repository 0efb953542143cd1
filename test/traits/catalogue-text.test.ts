import { describe, expect, it } from 'vitest';
import { catalogueSamples, catalogueTextAvailable, cleanMessage, halfOf, LOCALE_DIR } from '../tools/catalogue-text';

describe('the held-out language text (test/tools/catalogue-text.ts)', () => {
  it.each([
    ['Ne mogu da otvorim „%s“: %s', 'Ne mogu da otvorim „ “:'],
    ['_Buka berkas %1$s di <b>folder</b> {0}', 'Buka berkas di folder'],
    ['Tidak dapat membaca %(name)s\\nlagi', 'Tidak dapat membaca lagi'],
    ['Sila pilih &fail', 'Sila pilih fail'],
  ])('cleans %j to %j', (raw, clean) => {
    expect(cleanMessage(raw)).toBe(clean);
  });

  it('splits by a fixed hash, about half and half', () => {
    const texts = Array.from({ length: 2000 }, (_, i) => `message number ${i}`);
    const tuning = texts.filter((t) => halfOf(t) === 'tuning').length;
    expect(tuning).toBeGreaterThan(900);
    expect(tuning).toBeLessThan(1100);
    expect(texts.map(halfOf)).toEqual(texts.map(halfOf));
  });

  it.skipIf(!catalogueTextAvailable())(`keeps the halves apart (reads ${LOCALE_DIR})`, () => {
    const options = { minChars: 40, maxChars: 400, perLanguage: 30 };
    const tuning = new Set(catalogueSamples({ ...options, half: 'tuning' }).map((s) => s.text));
    const heldOut = catalogueSamples({ ...options, half: 'held-out' });
    expect(heldOut.length).toBeGreaterThan(0);
    expect(heldOut.filter((s) => tuning.has(s.text))).toEqual([]);
    expect(heldOut.every((s) => halfOf(s.text) === 'held-out')).toBe(true);
    // Reads every installed catalogue twice: about a minute on a busy two-core machine.
  }, 300_000);
});
