import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { packedNgrams } from './eld-ngram-data';
import { packedNgramsModule } from './eld-ngram-module';

describe('the packed n-gram module the extension ships', () => {
  it("gives Node's packedNgrams() bytes, with no dynamic code", async () => {
    const packed = packedNgrams();
    const source = packedNgramsModule(packed);
    expect(source).not.toMatch(/\beval\b|\bFunction\b|\bimport\b/);
    const dir = mkdtempSync(join(tmpdir(), 'eld-ngram-module-'));
    try {
      const file = join(dir, 'eld-ngram-data.mjs');
      writeFileSync(file, source);
      const shipped = (await import(pathToFileURL(file).href)) as { packedNgrams(): Uint8Array };
      expect(Buffer.from(shipped.packedNgrams()).equals(Buffer.from(packed))).toBe(true);
    } finally {
      rmSync(dir, { recursive: true });
    }
  });
});
