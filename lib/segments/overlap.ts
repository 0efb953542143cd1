/**
 * Audience overlap between profiles: how many members they share and how many distinct
 * people a set of profiles reaches together (unique reach). Pure, over sets of member keys;
 * lib/db/audience.ts loads the sets.
 */
export interface PairOverlap {
  a: string;
  b: string;
  shared: number;
  /** shared / (|A ∪ B|), 0 when both are empty. */
  jaccard: number;
}

export interface OverlapResult {
  profileIds: string[];
  /** Distinct members per profile. */
  audience: Record<string, number>;
  /** Distinct members across all the profiles: the people the set reaches. */
  uniqueReach: number;
  /** Members who engaged with at least two of the profiles. */
  sharedByAny: number;
  /** Members who engaged with every one of the profiles. */
  sharedByAll: number;
  /** Members per profile whom no other profile in the set reaches. */
  exclusive: Record<string, number>;
  pairs: PairOverlap[];
}

export function audienceOverlap(sets: ReadonlyMap<string, ReadonlySet<string>>): OverlapResult {
  const ids = [...sets.keys()];
  const seenBy = new Map<string, number>();
  for (const set of sets.values()) for (const m of set) seenBy.set(m, (seenBy.get(m) ?? 0) + 1);

  const audience: Record<string, number> = {};
  const exclusive: Record<string, number> = {};
  for (const [id, set] of sets) {
    audience[id] = set.size;
    let only = 0;
    for (const m of set) if (seenBy.get(m) === 1) only++;
    exclusive[id] = only;
  }
  let sharedByAny = 0;
  let sharedByAll = 0;
  for (const n of seenBy.values()) {
    if (n >= 2) sharedByAny++;
    if (n === ids.length && ids.length > 0) sharedByAll++;
  }

  const pairs: PairOverlap[] = [];
  for (let i = 0; i < ids.length; i++) {
    for (let j = i + 1; j < ids.length; j++) {
      const a = sets.get(ids[i]!)!;
      const b = sets.get(ids[j]!)!;
      const [small, large] = a.size <= b.size ? [a, b] : [b, a];
      let shared = 0;
      for (const m of small) if (large.has(m)) shared++;
      const union = a.size + b.size - shared;
      pairs.push({ a: ids[i]!, b: ids[j]!, shared, jaccard: union ? shared / union : 0 });
    }
  }
  return { profileIds: ids, audience, uniqueReach: seenBy.size, sharedByAny, sharedByAll, exclusive, pairs };
}
