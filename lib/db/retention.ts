/**
 * Retention: raw comment text is kept only until its `textExpiresAt`; derived traits,
 * counts and segments stay; stored personas of the profiles whose texts go are deleted, since
 * they quote them. Runs on an alarm and at start-up.
 *
 * A purged comment also loses what leads back to its author: its platform id becomes a keyed
 * hash (lib/db/comment-key.ts) and its reply link goes. Each chunk is read in one short
 * transaction, hashed outside (WebCrypto cannot be awaited inside one), and rewritten in a
 * second that checks each row is still due; so a purge of months of comments never holds the
 * database against an ingest for long, and a worker stopped midway leaves whole chunks done.
 * The purged row loses `textExpiresAt` too, which takes it out of the index: the next run
 * never scans it again.
 */
import { hashedCommentKey, type MemberKeyFn } from './comment-key';
import type { PersonaLensDB } from './database';
import type { CommentRecord } from './records';

export const PURGE_CHUNK = 500;

export async function purgeExpiredText(db: PersonaLensDB, now: number, memberKey: MemberKeyFn, chunk = PURGE_CHUNK): Promise<number> {
  let purged = 0;
  for (;;) {
    const keys = (await db.comments.where('textExpiresAt').belowOrEqual(now).limit(chunk).primaryKeys()).map(String);
    if (keys.length === 0) return purged;
    const hashed = await Promise.all(keys.map((k) => hashedCommentKey(memberKey, k)));
    const done = await db.transaction('rw', db.comments, db.personaResults, async () => {
      const rows = await db.comments.bulkGet(keys);
      const due = rows.flatMap((row, i): [CommentRecord, string][] =>
        row && row.textExpiresAt !== undefined && row.textExpiresAt <= now ? [[row, hashed[i]!]] : [],
      );
      const rewritten = due.map(([row, key]) => {
        const { text: _text, textExpiresAt: _expires, replyToKey: _reply, ...kept } = row;
        return { ...kept, key };
      });
      await db.comments.bulkDelete(due.map(([row]) => row.key));
      // A hashed row already there (the comment was purged, seen again, purged again) wins.
      await db.comments.bulkPut(rewritten);
      // Stored personas quote comments: they go with the texts (and are recomputed without them).
      await db.personaResults.bulkDelete([...new Set(due.flatMap(([row]) => (row.profileId ? [row.profileId] : [])))]);
      return due.length;
    });
    purged += done;
    if (keys.length < chunk) return purged;
  }
}
