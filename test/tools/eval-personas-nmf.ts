/**
 * The NMF baseline of `npm run eval` (issue 13): the model the latent class model replaced,
 * run on exactly the members the persona engine read, so the choice between them is measured.
 *
 * In APG's spirit: one row per engaged, non-suspicious member; columns are indicators of
 * gender, language, age band and main interest (an unknown value is all zeros for that
 * trait), then the member's posts, weighted as the latent class model weighs them (each
 * member's post weights sum to min(distinct posts, POST_WEIGHT)). k comes from the existing
 * `chooseK` (elbow + stability across seeds), each member goes to its largest-coefficient
 * component, and each component's members are described by the same code as the personas
 * (describe-persona.ts: a value stated at >= 60% of the members with a known value).
 * Deterministic: chooseK is seeded.
 *
 * NMF is imported only through lib/personas' index, which is where every branch exports it.
 */
import { chooseK, matrix, type KCandidate } from '../../lib/personas';
import { dominantInterest, MIN_POSTS, POST_WEIGHT } from '../../lib/personas/build-personas';
import { describePersona, statedValue } from '../../lib/personas/describe-persona';
import type { AudienceMember, Gender, PersonaInput, PersonaTraits } from '../../lib/personas/types';

/** What the eval scores of a persona, whichever model found it. */
export interface FoundPersona {
  name: string;
  gender: Gender;
  language: string;
  share: number;
  sampleSize: number;
  traits: PersonaTraits;
}

export type NmfBaselineResult =
  | { status: 'ok'; k: number; chosenK: number; personas: FoundPersona[]; members: number; columns: number; candidates: KCandidate[] }
  | { status: 'insufficient'; reason: string };

export interface NmfBaselineOptions {
  seed?: number;
  /** As buildPersonas' defaults. */
  maxK?: number;
  minMembers?: number;
}

const TRAITS: ((m: AudienceMember) => string)[] = [(m) => m.gender, (m) => m.language, (m) => m.ageBand ?? 'unknown', dominantInterest];

export function nmfBaseline(input: PersonaInput, options: NmfBaselineOptions = {}): NmfBaselineResult {
  const seed = options.seed ?? 0;
  const maxK = options.maxK ?? 5;
  const minMembers = options.minMembers ?? 30;

  // The members buildPersonas reads: non-suspicious, first of each key, with an engagement.
  const seen = new Set<string>();
  const active = input.members.filter((m) => !m.suspicious && !seen.has(m.key) && seen.add(m.key));
  const byKey = new Map(active.map((m, i) => [m.key, i]));
  const posts = new Map<number, Map<string, number>>();
  for (const e of input.engagements) {
    if (!(e.count > 0) || e.count === Infinity) continue;
    const i = byKey.get(e.memberKey);
    if (i === undefined) continue;
    let row = posts.get(i);
    if (!row) posts.set(i, (row = new Map()));
    row.set(e.postId, (row.get(e.postId) ?? 0) + e.count);
  }
  const rows = [...posts.keys()].sort((a, b) => a - b);
  const engaged = rows.map((i) => active[i]!);
  const postIds = [...new Set(rows.flatMap((i) => [...posts.get(i)!.keys()]))].sort();
  if (engaged.length < minMembers) return { status: 'insufficient', reason: `${engaged.length} engaged members` };
  if (postIds.length < MIN_POSTS) return { status: 'insufficient', reason: `${postIds.length} posts` };

  // Trait indicator columns, known values only, then one column per post.
  const traitColumns = TRAITS.map((read) => [...new Set(engaged.map(read))].filter((v) => v !== 'unknown').sort());
  const offsets: number[] = [];
  let columns = 0;
  for (const values of traitColumns) {
    offsets.push(columns);
    columns += values.length;
  }
  const postOffset = columns;
  const postColumn = new Map(postIds.map((id, j) => [id, postOffset + j]));
  columns += postIds.length;
  const V = matrix(engaged.length, columns);
  engaged.forEach((m, r) => {
    TRAITS.forEach((read, d) => {
      const v = traitColumns[d]!.indexOf(read(m));
      if (v >= 0) V.data[r * columns + offsets[d]! + v] = 1;
    });
    const row = posts.get(rows[r]!)!;
    let total = 0;
    for (const c of row.values()) total += c;
    const scale = Math.min(row.size, POST_WEIGHT) / total;
    for (const [id, c] of row) V.data[r * columns + postColumn.get(id)!] = c * scale;
  });

  const { k, fit, candidates } = chooseK(V, { maxK, seed });
  // Each member to its largest coefficient (ties to the first component).
  const membersOf: AudienceMember[][] = Array.from({ length: k }, () => []);
  engaged.forEach((m, r) => {
    let best = 0;
    for (let t = 1; t < k; t++) if (fit.W.data[r * k + t]! > fit.W.data[r * k + best]!) best = t;
    membersOf[best]!.push(m);
  });
  const personas = membersOf
    .filter((members) => members.length > 0)
    .map((members): FoundPersona => {
      const traits = describePersona(members);
      const g = statedValue(traits.gender);
      const gender: Gender = g === 'female' || g === 'male' ? g : 'unknown';
      return {
        name: '',
        gender,
        language: statedValue(traits.language),
        share: members.length / engaged.length,
        sampleSize: members.length,
        traits,
      };
    })
    .sort((a, b) => b.share - a.share)
    .map((p, i) => ({ ...p, name: `NMF ${i + 1}` }));
  return { status: 'ok', k: personas.length, chosenK: k, personas, members: engaged.length, columns, candidates };
}
