/**
 * Retention: raw comment text is kept only until its `textExpiresAt`; derived traits,
 * counts and segments stay; stored personas of the profiles whose texts go are deleted, since
 * they quote them. Runs on an alarm and at start-up.
 *
 * In chunks, each its own short transaction, so a purge of months of comments never holds
 * the database against an ingest for long, and a worker stopped midway leaves whole chunks
 * done and the rest for next time. The purged row loses `textExpiresAt` too, which takes it
 * out of the index: the next run never scans it again.
 */
import type { PersonaLensDB } from './database';

export const PURGE_CHUNK = 500;

export async function purgeExpiredText(db: PersonaLensDB, now: number, chunk = PURGE_CHUNK): Promise<number> {
  let purged = 0;
  for (;;) {
    const done = await db.transaction('rw', db.comments, db.personaResults, async () => {
      const keys = await db.comments.where('textExpiresAt').belowOrEqual(now).limit(chunk).primaryKeys();
      if (keys.length === 0) return 0;
      const profiles = new Set<string>();
      await db.comments.where(':id').anyOf(keys).modify((c) => {
        if (c.profileId) profiles.add(c.profileId);
        delete c.text;
        delete c.textExpiresAt;
      });
      // Stored personas quote comments: they go with the texts (and are recomputed without them).
      await db.personaResults.bulkDelete([...profiles]);
      return keys.length;
    });
    purged += done;
    if (done < chunk) return purged;
  }
}
