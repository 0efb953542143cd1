import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import type { CaptureBatch, Comment } from '../../lib/capture/batch';
import type { PersonaLensDB } from '../../lib/db/database';
import { ingestBatch } from '../../lib/db/ingest';
import { countsOf } from '../../lib/segments/segments';
import { channelBatch, freshDb, testMemberKey, textTraits } from '../helpers/db';

let db: PersonaLensDB;
afterEach(async () => {
  await db?.delete();
});

const options = { memberKey: testMemberKey, traitsFor: textTraits };

function comment(id: string, postId: string, author: string, text: string): Comment {
  return { platform: 'youtube', id, postId, authorHandle: author, text };
}

/** Two creators, two videos each. */
function twoCreatorBatch(comments: Comment[], capturedAt = 1_764_000_000_000): CaptureBatch {
  return channelBatch({
    capturedAt,
    profiles: [
      { platform: 'youtube', handle: 'lenatravels', followers: 245_000 },
      { platform: 'youtube', handle: 'kaibuilds', followers: 1_380_000 },
    ],
    posts: [
      { platform: 'youtube', id: 'vid1', authorHandle: 'lenatravels', hashtags: [] },
      { platform: 'youtube', id: 'vid2', authorHandle: 'lenatravels', hashtags: [] },
      { platform: 'youtube', id: 'kv1', authorHandle: 'kaibuilds', hashtags: [] },
      { platform: 'youtube', id: 'kv2', authorHandle: 'kaibuilds', hashtags: [] },
    ],
    comments,
  });
}

/** The reference: each profile's counts recomputed from its audience and members' stored traits. */
async function recomputed(d: PersonaLensDB) {
  const out: Record<string, unknown> = {};
  const members = new Map((await d.members.toArray()).map((m) => [m.key, m.traits]));
  const audience = await d.audience.toArray();
  for (const profileId of new Set(audience.map((a) => a.profileId))) {
    out[profileId] = countsOf(audience.filter((a) => a.profileId === profileId).map((a) => members.get(a.memberKey)));
  }
  return out;
}

async function stored(d: PersonaLensDB) {
  return Object.fromEntries((await d.segments.toArray()).map((s) => [s.profileId, s.counts]));
}

describe('member traits on ingest', () => {
  it('merges a member’s traits over their new comments only', async () => {
    db = freshDb();
    const batch = twoCreatorBatch([
      comment('c1', 'vid1', 'anna', 'g=female l=pt r=BR'),
      comment('c2', 'vid2', 'anna', 'i=travel'),
    ]);
    await ingestBatch(db, batch, options);
    await ingestBatch(db, { ...batch, capturedAt: batch.capturedAt + 1 }, options);
    const [anna] = await db.members.toArray();
    expect(anna!.traits).toMatchObject({
      comments: 2,
      gender: 'female',
      language: 'pt',
      regions: [{ region: 'BR', p: 0.3 }],
      interests: [{ category: 'travel', score: 0.5 }],
    });
  });
});

describe('segments on ingest', () => {
  it('counts each member of a profile once, whatever they commented on', async () => {
    db = freshDb();
    await ingestBatch(
      db,
      twoCreatorBatch([
        comment('c1', 'vid1', 'anna', 'g=female l=en'),
        comment('c2', 'vid2', 'anna', 'g=female l=en'),
        comment('c3', 'vid1', 'marco', 'g=male l=es'),
        comment('c4', 'kv1', 'marco', 'g=male'),
        comment('c5', 'kv1', 'bot7', 's=1'),
      ]),
      options,
    );
    const lena = await db.segments.get('youtube:lenatravels');
    expect(lena!.counts.members).toBe(2);
    expect(lena!.counts.dimensions.gender).toEqual({ n: 2, unknown: 0, counts: { female: 1, male: 1 } });
    const kai = await db.segments.get('youtube:kaibuilds');
    expect(kai!.counts).toMatchObject({ members: 2, suspicious: 1 });
    expect(kai!.counts.dimensions.language).toEqual({ n: 1, unknown: 0, counts: { es: 1 } });
  });

  it('moves a member from unknown to known when a later comment says more, in every profile they belong to', async () => {
    db = freshDb();
    await ingestBatch(db, twoCreatorBatch([comment('c1', 'vid1', 'sam', 'hello'), comment('c2', 'kv1', 'sam', 'hi')]), options);
    expect((await db.segments.get('youtube:kaibuilds'))!.counts.dimensions.language).toEqual({ n: 0, unknown: 1, counts: {} });
    await ingestBatch(db, twoCreatorBatch([comment('c3', 'vid2', 'sam', 'l=de')], 1_764_000_100_000), options);
    for (const id of ['youtube:lenatravels', 'youtube:kaibuilds']) {
      expect((await db.segments.get(id))!.counts.dimensions.language).toEqual({ n: 1, unknown: 0, counts: { de: 1 } });
      expect((await db.segments.get(id))!.counts.members).toBe(1);
    }
  });

  it('moves nothing when the same page is seen twice', async () => {
    db = freshDb();
    const batch = twoCreatorBatch([comment('c1', 'vid1', 'anna', 'g=female'), comment('c2', 'kv2', 'leo', 'l=fr')]);
    await ingestBatch(db, batch, options);
    const before = await stored(db);
    const again = await ingestBatch(db, { ...batch, capturedAt: batch.capturedAt + 5 }, options);
    expect(again.segmentsChanged).toEqual([]);
    expect(await stored(db)).toEqual(before);
  });

  const TEXTS = ['', 'g=female', 'g=male l=en', 'l=es r=MX', 'i=food', 'i=travel a=25-34', 's=1', 'r=BR i=food'];
  // A comment id always carries the same author, post and text, as on a real page; the
  // moduli differ so that authors meet many posts and many texts.
  const commentOf = (n: number) => comment(`c${n}`, ['vid1', 'vid2', 'kv1', 'kv2'][n % 4]!, 'abcdef'[n % 6]!, TEXTS[n % 8]!);

  it('keeps incremental counts equal to counts recomputed from scratch on random batch sequences', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(fc.integer({ min: 0, max: 40 }), { maxLength: 12 }), { minLength: 1, maxLength: 6 }), async (batches) => {
        db = freshDb();
        try {
          for (const [i, list] of batches.entries()) {
            await ingestBatch(db, twoCreatorBatch(list.map(commentOf), 1_764_000_000_000 + i), options);
          }
          expect(await stored(db)).toEqual(await recomputed(db));
          // Each member's own list of profiles mirrors the audience table.
          const audience = await db.audience.toArray();
          for (const m of await db.members.toArray()) {
            const rows = audience.filter((a) => a.memberKey === m.key).map((a) => a.profileId);
            expect([...(m.profileIds ?? [])].sort()).toEqual(rows.sort());
          }
        } finally {
          await db.delete();
        }
      }),
      { numRuns: 30 },
    );
  }, 60_000);
});
