/**
 * What a target persona may name so that it can ever match: the codes the traits engine emits.
 * A brand types "German" or "hiking"; the engine says `de` and `outdoors`. Names are turned
 * into codes where that is certain (a language or country name), a keyword is offered as its
 * interest where it is not, and anything else is reported, so the editor can warn before a
 * value that can never match is saved (it gave fit 0 with "0% write in german").
 * Pure: Intl and the engine's own tables, no browser, no Dexie.
 */
import { normaliseCountry } from '../shortlists/analytics/demographics';
import { INTEREST_CATEGORIES, INTEREST_KEYWORDS } from '../traits/interest-keywords';
import { englishNamedCodes } from '../ui/labels';
import { REGION_GROUPS } from './targets';

export type VocabularyField = 'languages' | 'regions' | 'interests';

export interface CheckedValue {
  input: string;
  /** The code to store, when the input is one or names one for certain. */
  code: string | null;
  /** A code the input may have meant (an interest keyword → its interest), when `code` is null. */
  suggestion: string | null;
}

let languageNames: Map<string, string> | null = null;

/** Language names → ISO 639-1, in English and in each language's own name ("German", "Deutsch" → de). */
function languageByName(): Map<string, string> {
  if (languageNames) return languageNames;
  languageNames = new Map();
  for (const [code, name] of englishNamedCodes('language')) {
    languageNames.set(name.toLowerCase(), code);
    const own = new Intl.DisplayNames([code], { type: 'language', fallback: 'none' }).of(code);
    if (own && own !== code) languageNames.set(own.toLowerCase(), code);
  }
  return languageNames;
}

function languageCode(input: string): string | null {
  const s = input.trim().toLowerCase();
  const byName = languageByName();
  if (/^[a-z]{2}$/.test(s)) return [...byName.values()].includes(s) ? s : null;
  return byName.get(s) ?? null;
}

function regionCode(input: string): string | null {
  const s = input.trim();
  if (REGION_GROUPS[s.toUpperCase()]) return s.toUpperCase();
  return normaliseCountry(s);
}

let interestByKeyword: Map<string, string> | null = null;

/** Each interest keyword (singular, accents folded, "_" for a space) → its interest. */
function interestOfKeyword(): Map<string, string> {
  if (interestByKeyword) return interestByKeyword;
  interestByKeyword = new Map();
  for (const category of INTEREST_CATEGORIES) {
    for (const word of INTEREST_KEYWORDS[category].split(/\s+/)) if (word) interestByKeyword.set(word, category);
  }
  return interestByKeyword;
}

const fold = (s: string) =>
  s
    .trim()
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/\s+/g, '_');

function interest(input: string): { code: string | null; suggestion: string | null } {
  const s = fold(input).replace(/_/g, '-');
  if ((INTEREST_CATEGORIES as readonly string[]).includes(s)) return { code: s, suggestion: null };
  const keywords = interestOfKeyword();
  const word = fold(input);
  return { code: null, suggestion: keywords.get(word) ?? keywords.get(word.replace(/s$/, '')) ?? null };
}

export function checkValue(field: VocabularyField, input: string): CheckedValue {
  if (field === 'languages') return { input, code: languageCode(input), suggestion: null };
  if (field === 'regions') return { input, code: regionCode(input), suggestion: null };
  return { input, ...interest(input) };
}

/** The values the editor can offer for each field, for its hints. */
export const KNOWN_INTERESTS: readonly string[] = INTEREST_CATEGORIES;
export const KNOWN_REGION_GROUPS: readonly string[] = Object.keys(REGION_GROUPS);
