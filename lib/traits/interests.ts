/**
 * Interests from hashtags and words, scored per category of the taxonomy in interest-keywords.
 * Hashtags count more than words: a hashtag is the writer labelling the topic on purpose.
 */
import { INTEREST_KEYWORDS, type InterestCategory } from './interest-keywords';
import { MORE_INTEREST_KEYWORDS } from './interest-keywords-more';
import { keyFilter } from './key-filter';
import { foldAccents } from './text';

export interface InterestHint {
  category: InterestCategory;
  score: number;
  evidence: string[];
}

const HASHTAG_WEIGHT = 1;
const WORD_WEIGHT = 0.6;
/** One keyword word scores 1 - e^-0.6 ≈ 0.45: enough to report, not enough to dominate. */
const MIN_SCORE = 0.4;
const MAX_INTERESTS = 3;
const MAX_EVIDENCE = 3;
const MAX_WORDS = 300;

// Built once at import: every keyword's first word maps to the categories it names alone and
// the phrases it starts, so the per-word cost stays one Map lookup.
interface Entry {
  categories: InterestCategory[];
  phrases: { rest: string[]; category: InterestCategory }[];
}
const KEYWORDS = new Map<string, Entry>();
const STEMS: [string, InterestCategory][] = [];
/**
 * Word stems ("yemek*"), by their first two UTF-16 units as one number: a word is tested against
 * a few only, and looking them up allocates nothing (most words are no keyword at all).
 */
const PREFIXES = new Map<number, [stem: string, category: InterestCategory][]>();
const firstTwo = (word: string) => word.charCodeAt(0) * 0x10000 + word.charCodeAt(1);
/** Keywords in Han or kana, found inside a comment's unspaced runs. */
const UNSPACED: [string, InterestCategory][] = [];
const HAN_OR_KANA = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const NON_LATIN = /[^\x00-\u024f]/;
/** A Latin stem shorter than this would begin too many unrelated words. */
const MIN_LATIN_STEM = 4;

function addKeyword(category: InterestCategory, raw: string): void {
  const keyword = foldAccents(raw.toLowerCase());
  if (keyword.endsWith('*')) {
    const stem = keyword.slice(0, -1);
    if (!NON_LATIN.test(stem) && stem.length < MIN_LATIN_STEM) throw new Error(`interest stem too short: ${raw}`);
    const key = firstTwo(stem);
    const list = PREFIXES.get(key) ?? [];
    list.push([stem, category]);
    PREFIXES.set(key, list);
    addKeyword(category, stem);
    return;
  }
  if (HAN_OR_KANA.test(keyword)) {
    UNSPACED.push([keyword, category]);
    return;
  }
  const parts = keyword.split('_');
  const [first, ...rest] = parts;
  if (!first) return;
  let entry = KEYWORDS.get(first);
  if (!entry) KEYWORDS.set(first, (entry = { categories: [], phrases: [] }));
  if (rest.length === 0) {
    if (!entry.categories.includes(category)) entry.categories.push(category);
  } else {
    entry.phrases.push({ rest, category });
  }
  // Hashtags run words together (#fitnessmotivation, #homedecor), so long keywords are also
  // looked for inside them; short ones would match by accident ("art" in "party").
  const joined = parts.join('');
  if (joined.length >= 5) STEMS.push([joined, category]);
}

for (const lists of [INTEREST_KEYWORDS, MORE_INTEREST_KEYWORDS]) {
  for (const [category, list] of Object.entries(lists) as [InterestCategory, string][]) {
    for (const keyword of list.split(/\s+/)) if (keyword) addKeyword(category, keyword);
  }
}
for (const list of PREFIXES.values()) list.sort((a, b) => b[0].length - a[0].length);
STEMS.sort((a, b) => b[0].length - a[0].length);
const MAY_BE_KEYWORD = keyFilter(KEYWORDS.keys());

// French and Italian glue articles and pronouns to the next word ("d'entrainement",
// "l'ecole", "dell'arte"): the keyword is what follows the apostrophe.
const ELISION = /^(?:[a-z]|qu|dell|nell|all|dall|sull|un)'(?=\p{L}{3})/u;

function singular(word: string): string | null {
  if (word.length > 4 && word.endsWith('s')) return word.slice(0, -1);
  return null;
}

type Scores = Map<InterestCategory, { sum: number; evidence: string[] }>;

function add(scores: Scores, category: InterestCategory, weight: number, evidence: string): void {
  const entry = scores.get(category) ?? { sum: 0, evidence: [] };
  if (entry.evidence.includes(evidence)) return;
  entry.sum += weight;
  if (entry.evidence.length < MAX_EVIDENCE) entry.evidence.push(evidence);
  scores.set(category, entry);
}

// Arabic writes "the", "and", "with", "for" as prefixes: "والطبخ" is "and the cooking".
const ARABIC_PREFIX = /^(?:وال|بال|فال|كال|لل|ال|و|ب|ف|ل)(?=[\u0600-\u06ff]{2})/;
const ARABIC = /^[\u0600-\u06ff]/;

/** Keywords a word holds in another form: a stem it begins with, a prefix it carries, a run of Han or kana. */
function otherForms(scores: Scores, word: string): void {
  const c = word.charCodeAt(0);
  if (c >= 0x3040 && HAN_OR_KANA.test(word)) {
    for (const [keyword, category] of UNSPACED) if (word.includes(keyword)) add(scores, category, WORD_WEIGHT, keyword);
    return;
  }
  const bare = c >= 0x600 && c <= 0x6ff && ARABIC.test(word) ? word.replace(ARABIC_PREFIX, '') : word;
  if (bare !== word) {
    const cats = KEYWORDS.get(bare)?.categories;
    if (cats?.length) {
      for (const category of cats) add(scores, category, WORD_WEIGHT, bare);
      return;
    }
  }
  const stems = PREFIXES.get(firstTwo(bare));
  if (!stems) return;
  for (const [stem, category] of stems) {
    if (bare.length > stem.length && bare.startsWith(stem)) {
      add(scores, category, WORD_WEIGHT, stem);
      return;
    }
  }
}

export function inferInterests(words: readonly string[], hashtags: readonly string[]): InterestHint[] {
  const scores: Scores = new Map();

  for (const tag of hashtags) {
    const exact = KEYWORDS.get(tag)?.categories;
    if (exact?.length) {
      for (const c of exact) add(scores, c, HASHTAG_WEIGHT, `#${tag}`);
      continue;
    }
    for (const [stem, category] of STEMS) {
      if (tag.includes(stem)) {
        add(scores, category, HASHTAG_WEIGHT, `#${tag}`);
        break;
      }
    }
  }

  const n = Math.min(words.length, MAX_WORDS);
  for (let i = 0; i < n; i++) {
    const raw = words[i] as string;
    const word = raw.includes("'") ? raw.replace(ELISION, '') : raw;
    const entry = MAY_BE_KEYWORD.mayHave(word) ? KEYWORDS.get(word) : undefined;
    let cats = entry?.categories;
    if (!cats?.length) {
      const one = singular(word);
      cats = one === null || !MAY_BE_KEYWORD.mayHave(one) ? undefined : KEYWORDS.get(one)?.categories;
    }
    if (cats?.length) for (const c of cats) add(scores, c, WORD_WEIGHT, word);
    else if (word.length > 2) otherForms(scores, word);
    if (entry?.phrases.length) {
      for (const { rest, category } of entry.phrases) {
        if (rest.every((r, k) => words[i + 1 + k] === r)) add(scores, category, WORD_WEIGHT, [word, ...rest].join(' '));
      }
    }
  }

  const hints: InterestHint[] = [];
  for (const [category, { sum, evidence }] of scores) {
    // Rounded to two places, many hits would reach 1; no keyword count makes an interest certain.
    const score = Math.min(0.99, Math.round((1 - Math.exp(-sum)) * 100) / 100);
    if (score >= MIN_SCORE) hints.push({ category, score, evidence });
  }
  return hints.sort((a, b) => b.score - a.score).slice(0, MAX_INTERESTS);
}
