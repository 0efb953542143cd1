/**
 * The traits engine: what public signals say about one commenter, each with a probability,
 * and "unknown" where they say nothing. Pure and synchronous; no browser API, so the
 * background, the tests and `npm run traits` all run this same code.
 */
import { inferAge, type AgeEvidence } from './age';
import { combine, commentFlags, canonicalComment, type Authenticity, type AuthenticityFlag } from './authenticity';
import { inferGender, type Gender } from './gender';
import { inferInterests, type InterestHint } from './interests';
import { detectLanguage } from './language';
import { inferRegions, type RegionHint } from './region';
import { cleanText, foldAccents } from './text';
import { normaliseHashtags, tokenizeFolded } from './tokens';

export type { AgeBand, AgeEvidence } from './age';
export type { Authenticity, AuthenticityFlag } from './authenticity';
export type { Gender } from './gender';
export type { InterestCategory } from './interest-keywords';
export type { InterestHint } from './interests';
export type { RegionHint } from './region';
export { generateInstallSecret, memberKey } from './member-key';

export interface TraitsInput {
  name?: string;
  handle?: string;
  text?: string;
  hashtags?: readonly string[];
}

export interface Traits {
  gender: Gender;
  genderP: number;
  /** ISO 639-1, or 'unknown'. */
  language: string;
  languageP: number;
  /** Read-only: answers resting on the language alone are shared, frozen, between comments. */
  regions: readonly RegionHint[];
  interests: InterestHint[];
  authenticity: Authenticity;
  /** null is unknown: no statement in the text supports an age. */
  age: AgeEvidence | null;
}

export function inferTraits(input: TraitsInput): Traits {
  const safe = (input ?? {}) as Record<string, unknown>;
  const handle = typeof safe.handle === 'string' && safe.handle.length <= 100 ? safe.handle : '';
  const { text, hostile } = cleanText(safe.text);
  const folded = foldAccents(text.toLowerCase());
  const { words, hashtags: inlineTags } = tokenizeFolded(folded);
  const language = hostile ? { language: 'unknown', p: 0 } : detectLanguage(text, words);
  const gender = inferGender(safe.name, handle, language.language);
  // Capture allows at most 100 hashtags a post; more is not a post we need to read.
  const given = Array.isArray(safe.hashtags) ? (safe.hashtags as unknown[]).slice(0, 100) : [];
  const hashtags = normaliseHashtags([...inlineTags, ...given]);
  return {
    gender: gender.gender,
    genderP: gender.p,
    language: language.language,
    languageP: language.p,
    regions: hostile ? [] : inferRegions(text, words, language),
    interests: hostile ? [] : inferInterests(words, hashtags),
    authenticity: combine(commentFlags(text, folded, handle, hostile !== null)),
    age: hostile ? null : inferAge(folded),
  };
}

export interface ProfileComment {
  /** memberKey(...) of the commenter; or the handle where no key is at hand (tests, CLI). */
  memberKey?: string;
  handle?: string;
  postId?: string;
  text: string;
}

export interface ProfileAuthenticity {
  total: number;
  suspicious: number;
  /** Share of the profile's comments that look bought or automated; 0 when there are none. */
  suspiciousShare: number;
  /** How many comments carry each flag. */
  flagCounts: Partial<Record<AuthenticityFlag, number>>;
  /** One verdict per input comment, in input order. */
  comments: Authenticity[];
}

// Short texts ("❤️", "wow") repeat across honest strangers; a repeat means something only
// when the text is long enough to be unlikely twice by chance.
const MIN_REPEAT_CHARS = 12;
const MIN_ACCOUNTS_FOR_REPEAT = 3;

/**
 * Engagement on one creator's profile as a whole: the per-comment flags plus repetition that
 * only shows across comments (one account pasting the same text under many posts, or many
 * accounts posting the same text).
 */
export function profileAuthenticity(comments: readonly ProfileComment[]): ProfileAuthenticity {
  const list = Array.isArray(comments) ? comments : [];
  const prepared = list.map((c) => {
    const who = typeof c?.memberKey === 'string' ? c.memberKey : typeof c?.handle === 'string' ? c.handle : '';
    const { text, hostile } = cleanText(c?.text);
    const folded = foldAccents(text.toLowerCase());
    return {
      who,
      post: typeof c?.postId === 'string' ? c.postId : '',
      canonical: hostile ? '' : canonicalComment(folded),
      flags: commentFlags(text, folded, typeof c?.handle === 'string' ? c.handle : '', hostile !== null),
    };
  });

  const byText = new Map<string, { accounts: Set<string>; postsByAccount: Map<string, Set<string>> }>();
  for (const c of prepared) {
    if (!c.canonical) continue;
    let entry = byText.get(c.canonical);
    if (!entry) byText.set(c.canonical, (entry = { accounts: new Set(), postsByAccount: new Map() }));
    entry.accounts.add(c.who);
    const posts = entry.postsByAccount.get(c.who) ?? new Set<string>();
    posts.add(c.post);
    entry.postsByAccount.set(c.who, posts);
  }

  const flagCounts: Partial<Record<AuthenticityFlag, number>> = {};
  const verdicts = prepared.map((c) => {
    const entry = c.canonical ? byText.get(c.canonical) : undefined;
    if (entry) {
      const long = c.canonical.length >= MIN_REPEAT_CHARS;
      // A fan may leave "🔥🔥" under two posts; the same text under three is a habit of bots.
      const minPosts = long ? 2 : 3;
      if (c.who && (entry.postsByAccount.get(c.who)?.size ?? 0) >= minPosts) c.flags.push('repeated-across-posts');
      if (long && entry.accounts.size >= MIN_ACCOUNTS_FOR_REPEAT) c.flags.push('repeated-across-accounts');
    }
    for (const f of c.flags) flagCounts[f] = (flagCounts[f] ?? 0) + 1;
    return combine(c.flags);
  });
  const suspicious = verdicts.filter((v) => v.suspicious).length;
  return {
    total: verdicts.length,
    suspicious,
    suspiciousShare: verdicts.length ? Math.round((suspicious / verdicts.length) * 1000) / 1000 : 0,
    flagCounts,
    comments: verdicts,
  };
}
