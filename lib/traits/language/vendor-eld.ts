/**
 * Makes lib/traits/language/vendor/: the parts of eld (Apache-2.0) that the detector reads but
 * eld does not export (its medium n-gram table, average scores, byte dictionary and word
 * separators), copied from the installed package with its licence. Run it after changing eld's
 * version in package.json:
 *
 *   node --import tsx lib/traits/language/vendor-eld.ts
 *
 * The package is found the way Node finds it (`import.meta.resolve('eld')`, through eld's own
 * exports), not by a path into node_modules, so hoisting or another package manager finds the
 * same files. vendor-eld.test.ts fails when the committed copy is not what this script makes
 * from the installed eld.
 *
 * The n-gram table is vendored packed (eld-ngram-table.ts' packNgrams, as base64): eld's 2 MB
 * object literal costs seconds to evaluate on a slow machine, and an MV3 service worker
 * evaluates its whole script on every wake-up; the packed bytes are decoded on the first
 * detection only.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { packNgrams, type NgramsData } from './eld-ngram-table';

export interface EldSources {
  version: string;
  license: string;
  ngramsData: NgramsData;
  avgScore: Record<string, number>;
  dictionary: string[];
  separators: RegExp;
}

/** The installed eld package's folder, found through its exports. */
export function eldPackageRoot(): string {
  // eld's "." export is src/entries/dynamic.js; the package is two folders up.
  return fileURLToPath(new URL('../../', import.meta.resolve('eld')));
}

export async function loadEldSources(root = eldPackageRoot()): Promise<EldSources> {
  const load = async <T>(file: string) => (await import(pathToFileURL(join(root, file)).href)) as T;
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { name: string; version: string };
  if (pkg.name !== 'eld') throw new Error(`${root} is not eld's package`);
  const [{ ngramsData }, { avgScore }, { dictionary }, { separators }] = await Promise.all([
    load<{ ngramsData: NgramsData }>('src/ngrams/medium.js'),
    load<{ avgScore: Record<string, number> }>('src/avgScore.js'),
    load<{ dictionary: string[] }>('src/dictionary.js'),
    load<{ separators: RegExp }>('src/regexPatterns.js'),
  ]);
  return { version: pkg.version, license: readFileSync(join(root, 'LICENSE'), 'utf8'), ngramsData, avgScore, dictionary, separators };
}

/** JSON with every character outside printable ASCII escaped, so the files survive any editor. */
function asciiJson(value: unknown, indent?: number): string {
  return JSON.stringify(value, null, indent).replace(/[^\x20-\x7e\n]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function header(eld: EldSources, what: string): string {
  return `// ${what}
// From eld ${eld.version} (Apache-2.0, Copyright 2023 Nito T.M.; LICENSE beside this file), made by
// lib/traits/language/vendor-eld.ts from the installed package; do not edit.
`;
}

/** The base64 of the packed table, decoded with atob (in every extension context and in Node). */
export function packedNgramsModule(eld: EldSources, packed: Uint8Array): string {
  return `${header(eld, "eld's medium n-gram table, packed by eld-ngram-table.ts' packNgrams.")}const PACKED =
  ${JSON.stringify(Buffer.from(packed).toString('base64'))};

/** Decoded on every call: the caller keeps the unpacked table, so this runs once. */
export function packedNgrams(): Uint8Array {
  const binary = atob(PACKED);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
`;
}

/** The vendor folder's files by name. */
export function vendoredFiles(eld: EldSources): Record<string, string> {
  const tables = `${header(eld, "eld's tables that its package does not export.")}
export const ELD_VERSION = ${JSON.stringify(eld.version)};

/** Average score of each language in a correct detection (eld's src/avgScore.js). */
export const avgScore: Readonly<Record<string, number>> = ${asciiJson(eld.avgScore, 2)};

/** eld's character for each UTF-8 byte above 0x7f (src/dictionary.js). */
export const dictionary: readonly string[] = ${asciiJson(eld.dictionary)};

/** What eld cuts words at (src/regexPatterns.js; the lookbehind form, which every target supports). */
export const separators = new RegExp(${asciiJson(eld.separators.source)}, ${JSON.stringify(eld.separators.flags)});
`;
  return {
    'LICENSE': eld.license,
    'eld-tables.ts': tables,
    'eld-medium-ngrams.ts': packedNgramsModule(eld, packNgrams(eld.ngramsData)),
  };
}

export const VENDOR_DIR = join(dirname(fileURLToPath(import.meta.url)), 'vendor');

async function main(): Promise<void> {
  const eld = await loadEldSources();
  for (const [name, text] of Object.entries(vendoredFiles(eld))) {
    writeFileSync(join(VENDOR_DIR, name), text);
    process.stdout.write(`${join(VENDOR_DIR, name)}: ${text.length} characters\n`);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
