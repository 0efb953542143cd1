/**
 * Properties personas must have whatever the audience: they depend on what members are and
 * did, not on the order they arrive in or the keys they carry, and shares are shares.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildPersonas } from '../../lib/personas/build-personas';
import { mulberry32 } from '../../lib/personas/random';
import type { Persona, PersonaInput, PersonasResult } from '../../lib/personas/types';
import { plantedAudience } from './helpers';

const OPTIONS = { seed: 1, maxK: 6, minMembers: 30 };

function shuffled<T>(xs: readonly T[], seed: number): T[] {
  const rng = mulberry32(seed);
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

function ok(r: PersonasResult): Persona[] {
  if (r.status !== 'ok') throw new Error(`expected personas, got: ${r.reason}`);
  return r.personas;
}

/** What a persona says, without the one field that names a member (the quote's author key). */
const said = (r: PersonasResult) => ok(r).map((p) => ({ ...p, quote: p.quote?.text ?? null }));

describe('persona properties', () => {
  const base = plantedAudience(42);
  const reference = buildPersonas(base, OPTIONS);

  it('the planted audience gives its three personas (so the properties below are not about nothing)', () => {
    expect(ok(reference).map((p) => p.sampleSize)).toEqual([60, 45, 35]);
  });

  it('reordering members, engagements, posts and comments changes nothing', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), (seed) => {
        const input: PersonaInput = {
          members: shuffled(base.members, seed),
          engagements: shuffled(base.engagements, seed + 1),
          posts: shuffled(base.posts, seed + 2),
          comments: shuffled(base.comments, seed + 3),
        };
        expect(buildPersonas(input, OPTIONS)).toEqual(reference);
      }),
      { numRuns: 4, seed: 7 },
    );
  });

  it('renaming members changes nothing but which author of the quoted words a quote points to', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 6 }), (prefix) => {
        const rename = (key: string) => `${prefix}:${key.split('').reverse().join('')}`;
        const input: PersonaInput = {
          members: base.members.map((m) => ({ ...m, key: rename(m.key) })),
          engagements: base.engagements.map((e) => ({ ...e, memberKey: rename(e.memberKey) })),
          posts: base.posts,
          comments: base.comments.map((c) => ({ ...c, memberKey: rename(c.memberKey) })),
        };
        const renamed = buildPersonas(input, OPTIONS);
        expect(said(renamed)).toEqual(said(reference));
        // Several members may have written the quoted words; it is one of them, by their new key.
        for (const p of ok(renamed)) expect(input.comments.some((c) => c.memberKey === p.quote!.memberKey && c.text.trim() === p.quote!.text)).toBe(true);
      }),
      { numRuns: 4, seed: 8 },
    );
  });

  it('duplicating every member leaves the personas and their shares unchanged', () => {
    const copy = (key: string) => `${key}#copy`;
    const doubled: PersonaInput = {
      members: [...base.members, ...base.members.map((m) => ({ ...m, key: copy(m.key) }))],
      engagements: [...base.engagements, ...base.engagements.map((e) => ({ ...e, memberKey: copy(e.memberKey) }))],
      posts: base.posts,
      comments: [...base.comments, ...base.comments.map((c) => ({ ...c, memberKey: copy(c.memberKey) }))],
    };
    const r = ok(buildPersonas(doubled, OPTIONS));
    expect(r.map((p) => p.share)).toEqual(ok(reference).map((p) => p.share));
    expect(r.map((p) => p.sampleSize)).toEqual(ok(reference).map((p) => 2 * p.sampleSize));
    const halved = (p: Persona) => JSON.parse(JSON.stringify(p.traits, (key, value: unknown) => (key === 'known' ? (value as number) / 2 : value))) as unknown;
    expect(r.map(halved)).toEqual(ok(reference).map((p) => p.traits));
  });

  it('adding a community of 20% on its own posts adds a persona, even when its members look like another community', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), fc.integer({ min: 0, max: 2 }), (seed, twin) => {
        const rng = mulberry32(seed);
        // 35 new members = 20% of the 175 after the addition, each with the traits of a random member of one planted segment.
        const pool = base.members.filter((m) => base.truth.get(m.key) === twin);
        const added = Array.from({ length: 35 }, (_, i) => ({ ...pool[Math.floor(rng() * pool.length)]!, key: `new${i}` }));
        const engagements = added.flatMap((m) =>
          Array.from({ length: 1 + Math.floor(rng() * 3) }, () => ({ memberKey: m.key, postId: `own-${Math.floor(rng() * 4)}`, count: 1 })),
        );
        const input: PersonaInput = { ...base, members: [...base.members, ...added], engagements: [...base.engagements, ...engagements] };
        const personas = ok(buildPersonas(input, OPTIONS));
        expect(personas).toHaveLength(ok(reference).length + 1);
        const own = personas.find((p) => p.definingPosts.every((id) => id.startsWith('own-')))!;
        expect(own.sampleSize).toBe(35);
        expect(own.share).toBeCloseTo(0.2, 10);
      }),
      { numRuns: 3, seed: 9 },
    );
  });
});
