import { expect, it, vi } from 'vitest';

// The extension's service worker imports the traits engine on every wake-up; the packed n-gram
// table must be decoded on the first detection only, and once.
const calls = vi.hoisted(() => ({ count: 0 }));

vi.mock('./vendor/eld-medium-ngrams', async (importOriginal) => {
  const real = (await importOriginal()) as { packedNgrams(): Uint8Array };
  return {
    packedNgrams() {
      calls.count++;
      return real.packedNgrams();
    },
  };
});

it('decodes the n-gram table on the first detection, not at import', async () => {
  const { eldDetect } = await import('./eld-scores');
  expect(calls.count).toBe(0);
  expect(eldDetect('Das ist ein ganz normaler deutscher Satz über das Wetter.').language).toBe('de');
  expect(calls.count).toBe(1);
  eldDetect('This is a perfectly ordinary English sentence about the weather.');
  expect(calls.count).toBe(1);
});
