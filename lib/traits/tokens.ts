/**
 * Words and hashtags of a comment, lowercased and accent-folded, so every keyword table in the
 * traits engine is written once in plain lowercase ASCII-ish form.
 */
import { foldAccents } from './text';

// One split over the folded text is several times cheaper than a matchAll of word patterns.
// Apostrophes stay inside words ("i'm", "aujourd'hui") and '#' stays in front of a hashtag.
const SEPARATORS = /[^\p{L}\p{M}\p{N}#'’]+/u;
const EDGE_APOSTROPHES = /^['’]+|['’]+$/g;

export interface Tokens {
  words: string[];
  hashtags: string[];
}

export function tokenize(text: string): Tokens {
  return tokenizeFolded(foldAccents(text.toLowerCase()));
}

/** The same for text already lowercased and folded, so a caller that has it folds once. */
export function tokenizeFolded(folded: string): Tokens {
  const words: string[] = [];
  const hashtags: string[] = [];
  if (folded.length === 0) return { words, hashtags };
  for (let token of folded.split(SEPARATORS)) {
    if (token.length === 0) continue;
    if (token.includes("'") || token.includes('’')) token = token.replace('’', "'").replace(EDGE_APOSTROPHES, '');
    const hash = token.lastIndexOf('#');
    if (hash === 0 && token.length > 1 && !token.includes('#', 1)) {
      hashtags.push(token.slice(1));
    } else if (hash >= 0) {
      // "#a#b" or "word#tag": split on '#' and keep the parts as words and tags.
      const parts = token.split('#');
      if (parts[0]) words.push(parts[0]);
      for (const tag of parts.slice(1)) if (tag) hashtags.push(tag);
    } else if (token.length > 0) {
      words.push(token);
    }
  }
  return { words, hashtags };
}

/** Hashtags supplied separately by capture arrive with or without '#'; fold them like words. */
export function normaliseHashtags(tags: readonly unknown[] | undefined, max = 30): string[] {
  const out: string[] = [];
  if (!Array.isArray(tags)) return out;
  for (const tag of tags) {
    if (out.length >= max) break;
    if (typeof tag !== 'string' || tag.length === 0 || tag.length > 150) continue;
    const folded = foldAccents(tag.toLowerCase()).replace(/^#+/, '');
    if (folded.length > 0) out.push(folded);
  }
  return out;
}
