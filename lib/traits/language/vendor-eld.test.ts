import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import eld from 'eld/medium';
import { describe, expect, it } from 'vitest';
import { eldDetect } from './eld-scores';
import { ELD_VERSION } from './vendor/eld-tables';
import { eldPackageRoot, loadEldSources, VENDOR_DIR, vendoredFiles } from './vendor-eld';

describe("the vendored copy of eld's tables", () => {
  it('is what vendor-eld.ts makes from the installed eld, found through its exports', async () => {
    const sources = await loadEldSources();
    expect(sources.version).toBe(ELD_VERSION);
    for (const [name, text] of Object.entries(vendoredFiles(sources))) {
      // Compared by equality, not printed: the packed table is 1.4 MB.
      expect(readFileSync(join(VENDOR_DIR, name), 'utf8') === text, `${name} differs: run vendor-eld.ts`).toBe(true);
    }
  });

  it("tells a copy made from another eld apart (the check above can fail)", async () => {
    const sources = await loadEldSources();
    const changed = { ...sources, avgScore: { ...sources.avgScore, en: 0.5 } };
    expect(vendoredFiles(changed)['eld-tables.ts']).not.toBe(readFileSync(join(VENDOR_DIR, 'eld-tables.ts'), 'utf8'));
  });

  it("finds eld's package folder, and refuses a folder that is not eld", async () => {
    expect(JSON.parse(readFileSync(join(eldPackageRoot(), 'package.json'), 'utf8')).name).toBe('eld');
    await expect(loadEldSources(join(eldPackageRoot(), '../vitest'))).rejects.toThrow(/not eld's package/);
  });

  it("answers as eld's exported detector does", () => {
    for (const text of ['Das ist ein ganz normaler deutscher Satz über das Wetter.', 'Это обычное предложение о погоде на сегодня.']) {
      const own = eld.detect(text);
      expect(eldDetect(text)).toEqual({ language: own.language, reliable: own.isReliable() });
    }
  });
});
