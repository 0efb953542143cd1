import { afterEach, describe, expect, it } from 'vitest';
import { installMemberKey } from '../../lib/background/install-secret';
import type { PersonaLensDB } from '../../lib/db/database';
import { freshDb } from '../helpers/db';

let db: PersonaLensDB;
afterEach(async () => {
  await db?.delete();
});

describe('installMemberKey', () => {
  it('creates one secret per install and keys handles case-insensitively', async () => {
    db = freshDb();
    const key = installMemberKey(db);
    const a = await key('youtube', 'Anna_Smith92');
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(await key('youtube', 'anna_smith92')).toBe(a);
    expect(await key('tiktok', 'anna_smith92')).not.toBe(a);
    // A restarted worker (a new closure) re-reads the same secret.
    expect(await installMemberKey(db)('youtube', 'anna_smith92')).toBe(a);
    expect(await db.settings.count()).toBe(1);
  });

  it('gives a different key in another install', async () => {
    db = freshDb();
    const other = freshDb();
    try {
      expect(await installMemberKey(db)('x', 'anna')).not.toBe(await installMemberKey(other)('x', 'anna'));
    } finally {
      await other.delete();
    }
  });
});
