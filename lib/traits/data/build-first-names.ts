/**
 * Regenerates first-names.json from gender-detection-from-name (MIT, © Davide Violante), a dev
 * dependency: `node --import tsx lib/traits/data/build-first-names.ts`.
 *
 * Why not import the package at run time: its tables are ~2 MB of JavaScript, and building them
 * as Maps keeps only the last label of a name a locale lists twice ("bertrand" is in the
 * French table as male and then as female), which silently turns many men into women. Read
 * from source, a locale that lists a name both ways abstains, and the output is a fifth of
 * the size.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { foldAccents } from '../text';

const LOCALES = ['en', 'es', 'fr', 'de', 'it', 'tr'] as const;
/** Smoothing toward 0.5: one locale's single word gives p = 1.25 / 1.5 ≈ 0.83. */
const PRIOR = 0.25;

const require = createRequire(import.meta.url);
const packageDir = dirname(require.resolve('gender-detection-from-name'));
const version = (JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as { version: string }).version;

const votes = new Map<string, { f: number; m: number }>();
for (const locale of LOCALES) {
  const source = readFileSync(join(packageDir, 'names', `${locale}.js`), 'utf8');
  const labels = new Map<string, Set<string>>();
  for (const [, raw, gender] of source.matchAll(/\['([^']+)', '(female|male)'\]/g)) {
    // Accents are folded the same way the engine folds display names.
    const name = foldAccents((raw ?? '').normalize('NFC').toLowerCase());
    // Compound entries ("ana maria", "jean-pierre") can never match: the engine looks up the
    // first word of a display name only.
    if (!/^\p{L}+$/u.test(name)) continue;
    const set = labels.get(name) ?? new Set<string>();
    set.add(gender ?? '');
    labels.set(name, set);
  }
  for (const [name, set] of labels) {
    const v = votes.get(name) ?? { f: 0, m: 0 };
    // A locale that lists a name both ways abstains: its tables count anyone ever given the
    // name, so "both" says nothing about which is usual.
    if (set.size === 1) {
      if (set.has('female')) v.f += 1;
      else v.m += 1;
    }
    votes.set(name, v);
  }
}

// Grouped by P(female) in whole percent: a compact form that loads with one JSON.parse.
const byP: Record<string, string[]> = {};
for (const [name, { f, m }] of [...votes].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
  const p = Math.round(((f + PRIOR) / (f + m + 2 * PRIOR)) * 100);
  (byP[p] ??= []).push(name);
}
const out = {
  source: `gender-detection-from-name@${version} (MIT, Davide Violante), locales ${LOCALES.join(' ')}`,
  note: 'Keys are P(female) in percent; values are comma-separated lowercase first names without accents.',
  pFemale: Object.fromEntries(Object.entries(byP).map(([p, names]) => [p, names.join(',')])),
};
const target = join(dirname(fileURLToPath(import.meta.url)), 'first-names.json');
writeFileSync(target, JSON.stringify(out) + '\n');
console.log(`${votes.size} names → ${target}`);
