import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { installMemberKey, readLocalSecret } from '../../lib/background/install-secret';
import { PersonaLensDB } from '../../lib/db/database';
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

describe('installMemberKey with the copy in storage.local', () => {
  beforeEach(() => fakeBrowser.reset());
  const area = () => fakeBrowser.storage.local;

  it('copies the secret of an existing install out of the database on first use (migration)', async () => {
    db = freshDb();
    const before = await installMemberKey(db)('youtube', 'anna');
    expect(await readLocalSecret(area())).toBeUndefined();
    expect(await installMemberKey(db, area())('youtube', 'anna')).toBe(before);
    expect(await readLocalSecret(area())).toEqual((await db.settings.get('installSecret'))?.value);
  });

  it('keeps recognising commenters after the database is lost', async () => {
    db = freshDb();
    const name = db.name;
    const before = await installMemberKey(db, area())('youtube', 'anna');
    await db.delete();
    db = new PersonaLensDB(name);
    // A new worker with an empty, recreated database: the secret comes back from storage.local.
    expect(await installMemberKey(db, area())('youtube', 'anna')).toBe(before);
    expect(await db.settings.count()).toBe(1);
    // Without the copy (as before), the same person got a second key.
    await db.delete();
    db = new PersonaLensDB(name);
    expect(await installMemberKey(db)('youtube', 'anna')).not.toBe(before);
  });

  it("takes the database's secret when both have one (an imported backup) and copies it", async () => {
    db = freshDb();
    const imported = freshDb();
    try {
      const theirs = await installMemberKey(imported)('x', 'anna');
      await installMemberKey(db, area())('x', 'anna');
      const key = installMemberKey(db, area());
      await db.settings.put({ key: 'installSecret', value: (await imported.settings.get('installSecret'))!.value });
      key.reset();
      expect(await key('x', 'anna')).toBe(theirs);
      expect(await readLocalSecret(area())).toEqual((await imported.settings.get('installSecret'))?.value);
    } finally {
      await imported.delete();
    }
  });

  it('makes a new secret after "delete everything" (reset forgets the copy too)', async () => {
    db = freshDb();
    const key = installMemberKey(db, area());
    const before = await key('tiktok', 'anna');
    await db.settings.clear();
    key.reset();
    const after = await key('tiktok', 'anna');
    expect(after).not.toBe(before);
    expect(await readLocalSecret(area())).toEqual((await db.settings.get('installSecret'))?.value);
  });
});
