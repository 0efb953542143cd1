import { describe, expect, it } from 'vitest';
import { formatNotices, licenseFileOf, packageRootOf } from './third-party-notices';

describe('packageRootOf', () => {
  it.each([
    ['/p/node_modules/preact/dist/preact.module.js', '/p/node_modules/preact'],
    ['/p/node_modules/@webext-core/messaging/lib/index.js', '/p/node_modules/@webext-core/messaging'],
    ['/p/node_modules/a/node_modules/b/index.js?commonjs-es-import', '/p/node_modules/a/node_modules/b'],
    ['\0/p/node_modules/zod/v4/core/util.js', '/p/node_modules/zod'],
    ['C:\\p\\node_modules\\dexie\\dist\\dexie.mjs', 'C:/p/node_modules/dexie'],
    ['/p/lib/traits/gender.ts', undefined],
    ['/p/node_modules/@scope', undefined],
    ['\0vite/preload-helper.js', undefined],
  ])('%s → %s', (id, root) => {
    expect(packageRootOf(id)).toBe(root);
  });
});

describe('licenseFileOf', () => {
  it.each([
    [['package.json', 'LICENSE', 'README.md'], 'LICENSE'],
    [['LICENSE.md', 'LICENSE', 'dist'], 'LICENSE'],
    [['licence.txt', 'index.js'], 'licence.txt'],
    [['COPYING', 'src'], 'COPYING'],
    [['license-checker.js', 'LICENSE-MIT'], 'LICENSE-MIT'],
    [['README.md', 'dist'], undefined],
    [['licenses-report', 'lib'], undefined],
  ])('%j → %s', (files, found) => {
    expect(licenseFileOf(files)).toBe(found);
  });
});

describe('formatNotices', () => {
  it('lists each package once, by name, with its licence text or what it states', () => {
    const text = formatNotices([
      { name: 'zod', version: '4.6.7', license: 'MIT', text: 'MIT License\n\nCopyright (c) Colin McDonnell\n' },
      { name: 'dexie', version: '4.4.7', license: 'Apache-2.0', text: 'Apache License' },
      { name: 'zod', version: '4.6.7', license: 'MIT', text: 'MIT License\n\nCopyright (c) Colin McDonnell\n' },
      { name: '@webext-core/messaging', version: '4.0.0', license: 'MIT' },
    ]);
    const heads = text.split('\n').filter((line) => / \(.+\)$/.test(line));
    expect(heads).toEqual(['@webext-core/messaging 4.0.0 (MIT)', 'dexie 4.4.7 (Apache-2.0)', 'zod 4.6.7 (MIT)']);
    expect(text).toContain('Copyright (c) Colin McDonnell');
    expect(text).toContain('The package states the MIT licence and ships no licence text of its own.');
  });
});
