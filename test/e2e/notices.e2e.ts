import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXTENSION_DIR } from './browser';
import { FIREFOX_EXTENSION_DIR } from './firefox';

// The built extensions carry the notices of everything they bundle (wxt.config.ts'
// thirdPartyNotices): the licences of our runtime dependencies and vendored data ask for it.
const pkg = JSON.parse(readFileSync(path.resolve('package.json'), 'utf8')) as { dependencies: Record<string, string> };

// eld's code is not bundled, only its tables, vendored with their licence under lib/.
const VENDORED_ONLY = new Set(['eld']);

describe.each([
  ['Chromium', EXTENSION_DIR],
  ['Firefox', FIREFOX_EXTENSION_DIR],
])('THIRD-PARTY-NOTICES.txt in the %s build', (_browser, dir) => {
  const text = readFileSync(path.join(dir, 'THIRD-PARTY-NOTICES.txt'), 'utf8');
  const heads = text.split('\n').filter((line, i, lines) => /^-+$/.test(lines[i + 1] ?? '') && line.length === lines[i + 1]!.length);

  it('names every runtime dependency at its installed version, with its licence', () => {
    for (const name of Object.keys(pkg.dependencies).filter((d) => !VENDORED_ONLY.has(d))) {
      const installed = JSON.parse(readFileSync(path.resolve('node_modules', name, 'package.json'), 'utf8')) as { version: string; license: string };
      expect(heads).toContain(`${name} ${installed.version} (${installed.license})`);
    }
  });

  it('carries the vendored data notices and the licence texts themselves', () => {
    expect(heads.some((h) => h.startsWith('first-names.json'))).toBe(true);
    expect(heads.some((h) => h.startsWith("eld's language tables"))).toBe(true);
    expect(text).toContain('Copyright (c) 2019 Davide Violante'); // gender-detection-from-name
    expect(text).toMatch(/Copyright \(c\) \d{4}-present Jason Miller/); // preact
    expect(text).toContain('Apache License');
  });
});
