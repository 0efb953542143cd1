import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type CatalogueSample, catalogueTextAvailable, cleanMessage, EVAL2_DOMAINS, EVAL2_PACKAGES, eval2TextAvailable, EVAL_DOMAINS, EVAL_PACKAGES, EVAL_RULE, evalSamples, evalTextAvailable, LOCALE_DIR, MODEL_DOMAINS, TRAINING_DOMAINS, trainingSamples } from '../tools/catalogue-text';

/**
 * An evaluation sample drawn by EVAL_RULE from `domains` only, with no text the models saw and
 * none twice (counted, never printed); returns its messages per language.
 */
function expectDrawnByRule(fresh: readonly CatalogueSample[], domains: readonly string[], seen: ReadonlySet<string>): Map<string, number> {
  expect(fresh.filter((s) => !domains.includes(s.catalogue)).length).toBe(0);
  expect(fresh.filter((s) => seen.has(s.text)).length).toBe(0);
  expect(fresh.filter((s) => s.text.length < EVAL_RULE.minChars || s.text.length > EVAL_RULE.maxChars).length).toBe(0);
  expect(new Set(fresh.map((s) => s.text)).size).toBe(fresh.length);
  const perLanguage = new Map<string, number>();
  for (const s of fresh) perLanguage.set(s.language, (perLanguage.get(s.language) ?? 0) + 1);
  expect(Math.max(...perLanguage.values())).toBeLessThanOrEqual(EVAL_RULE.perLanguage);
  return perLanguage;
}

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
    const lines = [...source.matchAll(/apt-get install --no-install-recommends([^(]*)\(/g)].map((m) => m[1]!.replace(/[\s*]+/g, ' ').trim().split(' '));
    expect(lines).toEqual([[...EVAL_PACKAGES], [...EVAL2_PACKAGES]]);
  });

  it('keeps the training and both evaluations\' programs apart', () => {
    expect(TRAINING_DOMAINS.filter((d) => EVAL_DOMAINS.includes(d))).toEqual([]);
    expect(TRAINING_DOMAINS.filter((d) => EVAL2_DOMAINS.includes(d))).toEqual([]);
    expect(EVAL_DOMAINS.filter((d) => EVAL2_DOMAINS.includes(d))).toEqual([]);
    for (const list of [TRAINING_DOMAINS, EVAL_DOMAINS, EVAL2_DOMAINS]) expect(new Set(list).size).toBe(list.length);
  });

  it.skipIf(!catalogueTextAvailable() || !evalTextAvailable())(`draws the evaluation from other programs than training, by its rule (reads ${LOCALE_DIR})`, () => {
    const training = trainingSamples({ minChars: 0, maxChars: Number.POSITIVE_INFINITY }, TRAINING_DOMAINS);
    expect(training.length).toBeGreaterThan(0);
    expect(training.filter((s) => !TRAINING_DOMAINS.includes(s.catalogue)).length).toBe(0);
    const seen = new Set(training.map((s) => s.text));
    const fresh = evalSamples();
    // Counted, never printed: nobody reads the evaluation's texts while tuning.
    expect(fresh.length).toBeGreaterThan(0);
    expectDrawnByRule(fresh, EVAL_DOMAINS, seen);
    // Reads every installed catalogue twice: about a minute on a busy two-core machine.
  }, 300_000);

  it.skipIf(!catalogueTextAvailable() || !evalTextAvailable() || !eval2TextAvailable())(`draws the second evaluation from yet other programs, by the same rule (reads ${LOCALE_DIR})`, () => {
    // The second set leaves out every text of the training and first-set programs (the models
    // have trained on the second set's programs too since the folds of language-folds.ts).
    const seen = new Set(trainingSamples({ minChars: 0, maxChars: Number.POSITIVE_INFINITY }, [...TRAINING_DOMAINS, ...EVAL_DOMAINS]).map((s) => s.text));
    expect(EVAL2_DOMAINS.every((d) => MODEL_DOMAINS.includes(d))).toBe(true);
    const fresh = evalSamples('second');
    // Counted, never printed: this set is read once, for the report.
    expect(fresh.length).toBeGreaterThan(0);
    const perLanguage = expectDrawnByRule(fresh, EVAL2_DOMAINS, seen);
    // The languages this set was chosen for, each with a full sample.
    for (const language of ['id', 'ms', 'bs', 'hr', 'sr', 'gl', 'no', 'da']) expect(perLanguage.get(language)).toBe(EVAL_RULE.perLanguage);
  }, 300_000);
});
