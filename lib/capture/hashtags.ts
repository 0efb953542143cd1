/**
 * Hashtags as the audience wrote them: "#Tag" in any script (letters, marks, digits, "_"),
 * lower-cased so "#Science" and "#science" count as one, without the "#".
 */
import { LIMITS } from './batch';

// A tag starts after a non-word character or right after another tag ("#a#b" is two tags, as
// Instagram shows it), never inside a word or URL ("a#b", "/#top", "&#39;"), and holds at least
// one letter ("#1" is a rank, not a tag).
const HASHTAG = /(?<=^|[^\p{L}\p{M}\p{N}_&/#＃]|[#＃][\p{L}\p{M}\p{N}_]+)[#＃]([\p{L}\p{M}\p{N}_]*\p{L}[\p{L}\p{M}\p{N}_]*)/gu;

export function normalizeHashtag(tag: string): string | undefined {
  const clean = tag.replace(/^[#＃]+/u, '').trim().toLowerCase();
  if (clean.length === 0 || clean.length > LIMITS.hashtag || /\s/u.test(clean)) return undefined;
  return clean;
}

export function hashtagsFromText(text: string | undefined): string[] {
  if (!text) return [];
  const tags: string[] = [];
  for (const m of text.matchAll(HASHTAG)) {
    const tag = normalizeHashtag(m[1] ?? '');
    if (tag) tags.push(tag);
  }
  return tags;
}

/** Unique tags in first-seen order, within the schema's limit. */
export function uniqueHashtags(...lists: readonly (readonly string[])[]): string[] {
  const seen = new Set<string>();
  for (const list of lists) {
    for (const raw of list) {
      const tag = normalizeHashtag(raw);
      if (tag && !seen.has(tag)) seen.add(tag);
      if (seen.size >= LIMITS.hashtags) return [...seen];
    }
  }
  return [...seen];
}
