import { expect, it, vi } from 'vitest';

// The extension's service worker imports the traits engine on every wake-up; the n-gram table
// must be read on the first detection only. In Node that means eld's module is packed then; the
// extension ships it packed (wxt.config.ts) in a function that decodes it when called.
const reads = vi.hoisted(() => ({ count: 0 }));

vi.mock('../../node_modules/eld/src/ngrams/medium.js', async (importOriginal) => {
  const real = (await importOriginal()) as { ngramsData: Record<string, unknown> };
  const counted: Record<string, unknown> = {};
  for (const key of Object.keys(real.ngramsData)) {
    Object.defineProperty(counted, key, {
      get() {
        reads.count++;
        return real.ngramsData[key];
      },
    });
  }
  return { ngramsData: counted };
});

it('reads the n-gram table on the first detection, not at import', async () => {
  const { eldDetect } = await import('./eld-scores');
  expect(reads.count).toBe(0);
  expect(eldDetect('Das ist ein ganz normaler deutscher Satz über das Wetter.').language).toBe('de');
  const afterFirst = reads.count;
  expect(afterFirst).toBeGreaterThan(0);
  eldDetect('This is a perfectly ordinary English sentence about the weather.');
  expect(reads.count).toBe(afterFirst);
});
