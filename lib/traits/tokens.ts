/**
 * Words and hashtags of a comment, lowercased and accent-folded, so every keyword table in the
 * traits engine is written once in plain lowercase ASCII-ish form.
 */
import { foldAccents } from './text';

// Apostrophes stay inside words ("i'm", "aujourd'hui"); everything else splits.
const WORD = /#?[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’][\p{L}\p{M}]+)*/gu;

export interface Tokens {
  words: string[];
  hashtags: string[];
}

export function tokenize(text: string): Tokens {
  const words: string[] = [];
  const hashtags: string[] = [];
  if (text.length === 0) return { words, hashtags };
  const folded = foldAccents(text.toLowerCase());
  for (const match of folded.matchAll(WORD)) {
    const token = match[0].replace('’', "'");
    if (token.charCodeAt(0) === 35 /* # */) {
      if (token.length > 1) hashtags.push(token.slice(1));
    } else {
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
