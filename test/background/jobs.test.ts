import { afterEach, describe, expect, it } from 'vitest';
import { CHUNK, getJob, resumeJobs, runJob, startJob } from '../../lib/background/jobs';
import type { PersonaLensDB } from '../../lib/db/database';
import { ingestBatch } from '../../lib/db/ingest';
import { commentTraits } from '../../lib/background/comment-traits';
import { freshDb, testMemberKey } from '../helpers/db';
import type { CaptureBatch } from '../../lib/capture/batch';

let db: PersonaLensDB;
afterEach(async () => {
  await db?.delete();
});

const NAMES = ['Anna Schmidt', 'Carlos Ríos', 'Priya Patel', 'Tom Baker', 'Marie Dubois', 'João Silva'];
const TEXTS = ['Wir lieben diese Reise nach Lissabon!', '¡Qué buen video de viajes!', 'Great build, which GPU?', 'Superbe vidéo, merci !'];

/** Many creators, each with a few commenters, captured the real way (ingest with traits). */
async function seed(profiles: number): Promise<void> {
  for (let p = 0; p < profiles; p++) {
    const handle = `creator${String(p).padStart(3, '0')}`;
    const batch: CaptureBatch = {
      platform: 'youtube',
      sourceUrl: `https://www.youtube.com/@${handle}`,
      capturedAt: 1_764_000_000_000 + p,
      profiles: [{ platform: 'youtube', handle, followers: 1000 + p }],
      posts: [{ platform: 'youtube', id: `v${p}`, authorHandle: handle, hashtags: [] }],
      comments: Array.from({ length: 3 + (p % 4) }, (_, i) => ({
        platform: 'youtube' as const,
        id: `c${p}-${i}`,
        postId: `v${p}`,
        authorHandle: `fan${(p * 7 + i) % 40}`,
        authorName: NAMES[(p + i) % NAMES.length],
        text: TEXTS[(p * 3 + i) % TEXTS.length]!,
      })),
      warnings: [],
    };
    await ingestBatch(db, batch, { memberKey: testMemberKey, traitsFor: commentTraits });
  }
}

describe('rebuild-segments job', () => {
  it('rebuilds exactly what ingestion maintained incrementally', async () => {
    db = freshDb();
    await seed(CHUNK * 2 + 5);
    const incremental = await db.segments.orderBy('profileId').toArray();
    await db.segments.clear();
    await startJob(db, 'rebuild-segments', 1);
    const state = await runJob(db, 'rebuild-segments', { now: () => incremental[0]!.updatedAt });
    expect(state).toMatchObject({ done: true, processed: CHUNK * 2 + 5 });
    const rebuilt = await db.segments.orderBy('profileId').toArray();
    expect(rebuilt.map((r) => r.counts)).toEqual(incremental.map((r) => r.counts));
  });

  it('ends where an uninterrupted run ends when stopped after any chunk', async () => {
    db = freshDb();
    await seed(CHUNK * 3 + 1);
    await db.segments.clear();
    await startJob(db, 'rebuild-segments', 1);
    // A worker that dies after each chunk: every wake-up runs one chunk and stops.
    let wakeUps = 0;
    while (!(await getJob(db, 'rebuild-segments'))?.done) {
      await runJob(db, 'rebuild-segments', { maxChunks: 1, now: () => 7 });
      wakeUps++;
    }
    expect(wakeUps).toBe(4);
    const interrupted = await db.segments.orderBy('profileId').toArray();

    await db.segments.clear();
    await startJob(db, 'rebuild-segments', 1);
    await runJob(db, 'rebuild-segments', { now: () => 7 });
    expect(await db.segments.orderBy('profileId').toArray()).toEqual(interrupted);
    expect(interrupted).toHaveLength(CHUNK * 3 + 1);
  });

  it('rolls a chunk back when the worker dies inside it, and the next wake-up redoes it', async () => {
    db = freshDb();
    await seed(CHUNK + 3);
    await db.segments.clear();
    await startJob(db, 'rebuild-segments', 1);
    let writes = 0;
    const dying = (_primKey: unknown, _obj: unknown, _tx: unknown) => {
      writes++;
      if (writes === 10) throw new Error('worker stopped');
    };
    db.segments.hook('creating', dying);
    await expect(runJob(db, 'rebuild-segments')).rejects.toThrow('worker stopped');
    db.segments.hook('creating').unsubscribe(dying);
    expect(await db.segments.count()).toBe(0);
    expect((await getJob(db, 'rebuild-segments'))?.cursor).toBeNull();
    await resumeJobs(db);
    expect(await db.segments.count()).toBe(CHUNK + 3);
    expect((await getJob(db, 'rebuild-segments'))?.done).toBe(true);
  });
});
