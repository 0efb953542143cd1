import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalogueTextAvailable, eval2TextAvailable, evalTextAvailable, LOCALE_DIR, MODEL_DOMAINS, type CatalogueSample } from '../../../test/tools/catalogue-text';
import { GROUP_MODEL_FILE, GROUP_SPECS, heldBack, renderGroupModel, trainGroup, trainGroups, modelSamples } from '../../../test/tools/train-language-groups';
import { GROUP_MODEL } from './group-model';

// The models train on both fresh sets' programs too: without them the model is not compared.
const available = catalogueTextAvailable() && evalTextAvailable() && eval2TextAvailable();
let cached: CatalogueSample[] | undefined;
// Reading every catalogue takes seconds: once for the file.
const samples = () => (cached ??= modelSamples());
if (!available) console.warn(`group-model.test.ts: no translated catalogues in ${LOCALE_DIR}; the model is not compared with its source`);

describe('the vendored group model', () => {
  it('has one entry per group the trainer knows, with a weight per feature and member', () => {
    expect(GROUP_MODEL.map((g) => g.members)).toEqual(GROUP_SPECS.map((s) => s.members));
    for (const g of GROUP_MODEL) {
      expect(atob(g.weights).length).toBe(g.features.split('|').length * g.members.length);
      expect(g.precision).toHaveLength(g.members.length);
      for (const p of g.precision) {
        expect(p).toBeGreaterThan(0);
        expect(p).toBeLessThanOrEqual(1);
      }
    }
  });

  it.skipIf(!available)(
    'is what test/tools/train-language-groups.ts makes from the installed catalogues of the training programs',
    (ctx) => {
      const tuning = samples();
      expect(tuning.some((s) => s.language === 'gl')).toBe(true);
      // Compared by equality, not printed: the file is 360 kB.
      const made = renderGroupModel(trainGroups(tuning), tuning, heldBack(tuning));
      const committed = readFileSync(GROUP_MODEL_FILE, 'utf8');
      // The model's source is the training programs' catalogues as Debian installed them: on a
      // machine with other versions or without some of them (other message counts in the
      // header; more packages do not matter, only MODEL_DOMAINS is read) the comparison says
      // nothing about the code, so it is skipped, loudly, rather than failed.
      const sourceOf = (file: string) => file.split('\n').filter((line) => /^\s*\/\/ .* messages from \d+ catalogues/.test(line));
      if (sourceOf(made).join('\n') !== sourceOf(committed).join('\n')) {
        console.warn('group-model.test.ts: the installed catalogues differ from those the model was trained on; not compared');
        ctx.skip();
      }
      expect(committed === made, 'group-model.ts differs: run train-language-groups.ts').toBe(true);
    },
    300_000,
  );

  it.skipIf(!available)('is trained on the model programs only (training and both fresh sets), and differs when trained on other messages', () => {
    const tuning = samples();
    expect(tuning.every((s) => MODEL_DOMAINS.includes(s.catalogue))).toBe(true);
    expect(tuning.some((s) => s.catalogue === 'gedit')).toBe(true);
    expect(tuning.some((s) => s.catalogue === 'brasero')).toBe(true);
    const fewer = tuning.filter((s) => s.catalogue !== 'glib20');
    expect(trainGroup(GROUP_SPECS[0]!, fewer).features.join('|')).not.toBe(GROUP_MODEL[0]!.features);
  }, 300_000);
});
