/**
 * Comments stored before their post: a comment list that arrives before the post it belongs
 * to (on a watch page the comments' response can come first) is stored without a creator. When
 * the post's creator becomes known, those comments join the creator's audience, segments
 * moving in the same transaction; both orders of arrival end in the same state.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { pageScopeOf } from '../../lib/capture/page-scope';
import type { CaptureBatch } from '../../lib/capture/batch';
import type { PersonaLensDB } from '../../lib/db/database';
import { ingestBatch } from '../../lib/db/ingest';
import { channelBatch, freshDb, testMemberKey, textTraits } from '../helpers/db';

const WATCH = 'https://www.youtube.com/watch?v=vid1';
const dbs: PersonaLensDB[] = [];
afterEach(async () => {
  for (const d of dbs.splice(0)) await d.delete();
});

const comments: CaptureBatch = channelBatch({
  sourceUrl: WATCH,
  profiles: [],
  posts: [],
  comments: [
    { platform: 'youtube', id: 'c1', postId: 'vid1', authorHandle: 'anna_smith92', text: 'g=female l=es' },
    { platform: 'youtube', id: 'c2', postId: 'vid1', authorHandle: 'marco', text: 'g=male l=it' },
    { platform: 'youtube', id: 'c3', postId: 'vid1', authorHandle: 'anna_smith92', text: 'again' },
    // The creator answering under her own post: kept, but no audience.
    { platform: 'youtube', id: 'c4', postId: 'vid1', authorHandle: 'LenaTravels', text: 'thanks all' },
  ],
});
const post: CaptureBatch = channelBatch({ capturedAt: 1_764_000_100_000, comments: [] });

async function ingestInOrder(batches: CaptureBatch[]) {
  const db = freshDb();
  dbs.push(db);
  const results = [];
  for (const b of batches) {
    results.push(await ingestBatch(db, b, { memberKey: testMemberKey, traitsFor: textTraits, scope: pageScopeOf(b.sourceUrl)! }));
  }
  const strip = <T extends { firstSeen?: number; lastSeen?: number; updatedAt?: number }>(rows: T[]) =>
    rows.map(({ firstSeen: _f, lastSeen: _l, updatedAt: _u, ...rest }) => rest);
  return {
    results,
    state: {
      comments: (await db.comments.toArray()).map((c) => [c.key, c.profileId]),
      engagements: strip(await db.engagements.toArray()),
      audience: (await db.audience.toArray()).map((a) => a.id),
      members: strip(await db.members.toArray()),
      segments: strip(await db.segments.toArray()),
    },
  };
}

describe('back-fill of comments stored before their post', () => {
  it('ends in the same audience, engagements and segments whichever arrives first', async () => {
    const postFirst = await ingestInOrder([post, comments]);
    const commentsFirst = await ingestInOrder([comments, post]);
    expect(commentsFirst.results[0]!.segmentsChanged).toEqual([]);
    expect(commentsFirst.results[1]!.commentsBackfilled).toBe(4);
    expect(commentsFirst.state).toEqual(postFirst.state);
    // And that state is the right one: two commenters, not the creator.
    const anna = await testMemberKey('youtube', 'anna_smith92');
    const marco = await testMemberKey('youtube', 'marco');
    expect(postFirst.state.audience.sort()).toEqual([`youtube:lenatravels|${anna}`, `youtube:lenatravels|${marco}`].sort());
    expect(postFirst.state.engagements.map((e) => [e.memberKey, e.count, e.profileId]).sort()).toEqual(
      [
        [anna, 2, 'youtube:lenatravels'],
        [marco, 1, 'youtube:lenatravels'],
      ].sort(),
    );
    const segments = postFirst.state.segments.find((s) => s.profileId === 'youtube:lenatravels');
    expect(segments?.counts.members).toBe(2);
    expect(commentsFirst.state.comments.every(([, profileId]) => profileId === 'youtube:lenatravels')).toBe(true);
  });
});
