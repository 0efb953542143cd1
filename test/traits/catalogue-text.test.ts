import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type CatalogueSample, catalogueTextAvailable, cleanMessage, EVAL2_DOMAINS, EVAL2_PACKAGES, eval2TextAvailable, EVAL3_DOMAINS, EVAL3_PACKAGES, eval3TextAvailable, EVAL_DOMAINS, EVAL_PACKAGES, EVAL_RULE, evalSamples, evalTextAvailable, LOCALE_DIR, MODEL_DOMAINS, takeInTurn, TRAINING_DOMAINS, trainingSamples } from '../tools/catalogue-text';

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

  it.each([
    [[['a1', 'a2', 'a3'], ['b1']], 2, ['a', 'b']],
    [[['a1'], ['b1', 'b2'], ['c1']], 4, ['a', 'b', 'c', 'b']],
    [[['a1', 'a2'], []], 5, ['a', 'a']],
  ])('takes from %j in turn, %i at most, one source after the other: %j', (sources, count, fromSources) => {
    const taken = takeInTurn(sources.map((q) => q.map((text) => ({ text }))), count);
    expect(taken.map((t) => t.text[0])).toEqual(fromSources);
    expect(new Set(taken.map((t) => t.text)).size).toBe(taken.length);
  });

  it('names in its comment the packages that install the evaluation programs', () => {
    const source = readFileSync(new URL('../tools/catalogue-text.ts', import.meta.url), 'utf8');
    const lines = [...source.matchAll(/apt-get install --no-install-recommends([^(]*)\(/g)].map((m) => m[1]!.replace(/[\s*]+/g, ' ').trim().split(' '));
    expect(lines).toEqual([[...EVAL_PACKAGES], [...EVAL2_PACKAGES], [...EVAL3_PACKAGES]]);
  });

  it('keeps the training and both evaluations\' programs apart', () => {
    expect(TRAINING_DOMAINS.filter((d) => EVAL_DOMAINS.includes(d))).toEqual([]);
    expect(TRAINING_DOMAINS.filter((d) => EVAL2_DOMAINS.includes(d))).toEqual([]);
    expect(EVAL_DOMAINS.filter((d) => EVAL2_DOMAINS.includes(d))).toEqual([]);
    for (const list of [TRAINING_DOMAINS, EVAL_DOMAINS, EVAL2_DOMAINS, EVAL3_DOMAINS]) expect(new Set(list).size).toBe(list.length);
  });

  it('keeps the third evaluation\'s programs apart from every earlier list and from forks of their programs', () => {
    const earlier = [...TRAINING_DOMAINS, ...EVAL_DOMAINS, ...EVAL2_DOMAINS];
    expect(EVAL3_DOMAINS.filter((d) => earlier.includes(d))).toEqual([]);
    // Forks of (or originals forked by) earlier programs: MATE, Cinnamon and X-Apps forks of GNOME
    // programs, file-roller (engrampa), eog (eom), metacity (marco, mutter), gnome-panel, GTK 4 (gtk30).
    const forks = /^(mate-|cinnamon|nemo|xed$|xreader|xviewer|xplayer|file-roller|eog$|metacity|gnome-panel|gnome-settings-daemon|gnome-desktop|gtk40)/;
    expect(EVAL3_DOMAINS.filter((d) => forks.test(d))).toEqual([]);
    expect(EVAL3_PACKAGES.filter((p) => forks.test(p) || !/-(common|data|l10n|i18n|locales)$/.test(p))).toEqual([]);
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

  it.skipIf(!catalogueTextAvailable() || !evalTextAvailable() || !eval2TextAvailable() || !eval3TextAvailable())(`draws the third evaluation from yet other programs, by the same rule (reads ${LOCALE_DIR})`, () => {
    const seen = new Set(trainingSamples({ minChars: 0, maxChars: Number.POSITIVE_INFINITY }, [...MODEL_DOMAINS, ...EVAL2_DOMAINS]).map((s) => s.text));
    const fresh = evalSamples('third');
    // Counted, never printed: this set is held out until the single report.
    const perLanguage = expectDrawnByRule(fresh, EVAL3_DOMAINS, seen);
    // Chosen so that every language has a full sample.
    expect(perLanguage.size).toBe(39);
    for (const n of perLanguage.values()) expect(n).toBe(EVAL_RULE.perLanguage);
  }, 300_000);
});
