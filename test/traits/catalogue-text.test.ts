import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalogueTextAvailable, cleanMessage, EVAL_DOMAINS, EVAL_PACKAGES, EVAL_RULE, evalSamples, evalTextAvailable, LOCALE_DIR, TRAINING_DOMAINS, trainingSamples } from '../tools/catalogue-text';

describe('the language text of the installed catalogues (test/tools/catalogue-text.ts)', () => {
  it.each([
    ['Ne mogu da otvorim „%s“: %s', 'Ne mogu da otvorim „ “:'],
    ['_Buka berkas %1$s di <b>folder</b> {0}', 'Buka berkas di folder'],
    ['Tidak dapat membaca %(name)s\\nlagi', 'Tidak dapat membaca lagi'],
    ['Sila pilih &fail', 'Sila pilih fail'],
  ])('cleans %j to %j', (raw, clean) => {
    expect(cleanMessage(raw)).toBe(clean);
  });

  it('names in its comment the packages that install the evaluation programs', () => {
    const source = readFileSync(new URL('../tools/catalogue-text.ts', import.meta.url), 'utf8');
    const line = source.match(/apt-get install --no-install-recommends([^(]*)\(/)?.[1]?.replace(/[\s*]+/g, ' ').trim().split(' ');
    expect(line).toEqual([...EVAL_PACKAGES]);
  });

  it('keeps the training and the evaluation programs apart', () => {
    expect(TRAINING_DOMAINS.filter((d) => EVAL_DOMAINS.includes(d))).toEqual([]);
    expect(new Set(TRAINING_DOMAINS).size).toBe(TRAINING_DOMAINS.length);
    expect(new Set(EVAL_DOMAINS).size).toBe(EVAL_DOMAINS.length);
  });

  it.skipIf(!catalogueTextAvailable() || !evalTextAvailable())(`draws the evaluation from other programs than training, by its rule (reads ${LOCALE_DIR})`, () => {
    const training = trainingSamples({ minChars: 0, maxChars: Number.POSITIVE_INFINITY });
    expect(training.length).toBeGreaterThan(0);
    expect(training.filter((s) => !TRAINING_DOMAINS.includes(s.catalogue)).length).toBe(0);
    const seen = new Set(training.map((s) => s.text));
    const fresh = evalSamples();
    // Counted, never printed: nobody reads the evaluation's texts while tuning.
    expect(fresh.length).toBeGreaterThan(0);
    expect(fresh.filter((s) => !EVAL_DOMAINS.includes(s.catalogue)).length).toBe(0);
    expect(fresh.filter((s) => seen.has(s.text)).length).toBe(0);
    expect(fresh.filter((s) => s.text.length < EVAL_RULE.minChars || s.text.length > EVAL_RULE.maxChars).length).toBe(0);
    expect(new Set(fresh.map((s) => s.text)).size).toBe(fresh.length);
    const perLanguage = new Map<string, number>();
    for (const s of fresh) perLanguage.set(s.language, (perLanguage.get(s.language) ?? 0) + 1);
    expect(Math.max(...perLanguage.values())).toBeLessThanOrEqual(EVAL_RULE.perLanguage);
    // Reads every installed catalogue twice: about a minute on a busy two-core machine.
  }, 300_000);
});
