/**
 * Long work in the background, resumable. An MV3 service worker can be stopped at any
 * moment (idle for 30 s, or killed), so a long recomputation keeps nothing in memory that
 * matters: each chunk does its part of the work AND advances the job's cursor in one
 * IndexedDB transaction, so a stop between chunks loses nothing and a stop inside a chunk
 * rolls that chunk back. Whoever wakes the worker next (an alarm, a message, start-up)
 * calls `resumeJobs` and the job continues from its cursor. Every chunk is a pure function
 * of stored data, so an interrupted run ends where an uninterrupted one would.
 */
import type { PersonaLensDB } from '../db/database';
import { asMemberTraitSummary } from '../segments/member-traits';
import { countsOf } from '../segments/segments';

export interface JobState {
  name: JobName;
  /** The last item done; null before the first chunk. */
  cursor: string | null;
  done: boolean;
  processed: number;
  startedAt: number;
  finishedAt: number | null;
}

export type JobName = 'rebuild-segments';

const keyOf = (name: JobName) => `job:${name}`;

/** Profiles per chunk: small enough that one chunk is far from a long task. */
export const CHUNK = 25;

/**
 * Recomputes every profile's segment counts from its audience and the members' stored
 * traits (after a traits-engine change, an import, or to repair drift). Profiles in id
 * order; the cursor is the last profile id done.
 */
async function rebuildSegmentsChunk(db: PersonaLensDB, state: JobState, now: number): Promise<JobState> {
  return db.transaction('rw', [db.profiles, db.audience, db.members, db.segments, db.settings], async () => {
    // Re-read inside the transaction: another wake-up may have advanced the job meanwhile.
    const current = ((await db.settings.get(keyOf(state.name)))?.value as JobState | undefined) ?? state;
    if (current.done) return current;
    const ids = (await (current.cursor === null
      ? db.profiles.orderBy('id').limit(CHUNK).primaryKeys()
      : db.profiles.where('id').above(current.cursor).limit(CHUNK).primaryKeys())) as string[];
    for (const profileId of ids) {
      const keys = await db.audience.where('profileId').equals(profileId).toArray((rows) => rows.map((r) => r.memberKey));
      const members = await db.members.bulkGet(keys);
      await db.segments.put({ profileId, counts: countsOf(members.map((m) => asMemberTraitSummary(m?.traits))), updatedAt: now });
    }
    const next: JobState = {
      ...current,
      cursor: ids.length ? ids[ids.length - 1]! : current.cursor,
      processed: current.processed + ids.length,
      done: ids.length < CHUNK,
      finishedAt: ids.length < CHUNK ? now : null,
    };
    await db.settings.put({ key: keyOf(state.name), value: next });
    return next;
  });
}

const CHUNKS: Record<JobName, (db: PersonaLensDB, state: JobState, now: number) => Promise<JobState>> = {
  'rebuild-segments': rebuildSegmentsChunk,
};

export async function getJob(db: PersonaLensDB, name: JobName): Promise<JobState | null> {
  return ((await db.settings.get(keyOf(name)))?.value as JobState | undefined) ?? null;
}

/** Starts (or restarts from the beginning) a job; the caller then calls `runJob` or `resumeJobs`. */
export async function startJob(db: PersonaLensDB, name: JobName, now: number): Promise<JobState> {
  const state: JobState = { name, cursor: null, done: false, processed: 0, startedAt: now, finishedAt: null };
  await db.settings.put({ key: keyOf(name), value: state });
  return state;
}

/**
 * Runs chunks until the job is done, yielding to the event loop between chunks so that
 * messages (the popup) are answered meanwhile. `maxChunks` bounds one call (tests, alarms).
 */
export async function runJob(
  db: PersonaLensDB,
  name: JobName,
  options: { now?: () => number; maxChunks?: number; yieldBetween?: () => Promise<void> } = {},
): Promise<JobState | null> {
  let state = await getJob(db, name);
  let chunks = 0;
  while (state && !state.done && chunks < (options.maxChunks ?? Infinity)) {
    state = await CHUNKS[name](db, state, options.now?.() ?? Date.now());
    chunks++;
    await (options.yieldBetween?.() ?? new Promise<void>((resolve) => setTimeout(resolve, 0)));
  }
  return state;
}

/** Continues every unfinished job; called at start-up and by the jobs alarm. */
export async function resumeJobs(db: PersonaLensDB): Promise<void> {
  for (const name of Object.keys(CHUNKS) as JobName[]) {
    const state = await getJob(db, name);
    if (state && !state.done) await runJob(db, name);
  }
}
