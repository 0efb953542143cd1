import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createDatabaseIdentity } from '../../lib/background/database-identity';
import { PersonaLensDB } from '../../lib/db/database';
import { freshDb } from '../helpers/db';

let db: PersonaLensDB;
beforeEach(() => fakeBrowser.reset());
afterEach(async () => {
  await db?.delete();
});

const area = () => fakeBrowser.storage.local;

describe('database identity', () => {
  it('is "first" on a new install, then "same"', async () => {
    db = freshDb();
    const identity = createDatabaseIdentity(db, area(), () => 1_000);
    expect(await identity.check()).toBe('first');
    expect(await identity.check()).toBe('same');
    expect(await identity.lastReset()).toBeNull();
  });

  it('reports a database that vanished and was recreated, until dismissed', async () => {
    db = freshDb();
    const name = db.name;
    await createDatabaseIdentity(db, area()).check();
    await db.delete();
    db = new PersonaLensDB(name);
    const identity = createDatabaseIdentity(db, area(), () => 5_000);
    expect(await identity.check()).toBe('reset');
    expect(await identity.lastReset()).toMatchObject({ at: 5_000 });
    // Reported once; the recreated database is the one remembered from now on.
    expect(await identity.check()).toBe('same');
    expect(await identity.lastReset()).toMatchObject({ at: 5_000 });
    await identity.dismissReset();
    expect(await identity.lastReset()).toBeNull();
  });

  it('adopts an existing database that has no id yet (an install from before) without a notice', async () => {
    db = freshDb();
    await area().set({ databaseId: 'older' });
    await db.settings.put({ key: 'databaseId', value: 'imported' });
    expect(await createDatabaseIdentity(db, area()).check()).toBe('same');
    expect((await area().get('databaseId')).databaseId).toBe('imported');
  });

  it('does not report "delete everything" (forgotten first) as a reset', async () => {
    db = freshDb();
    const identity = createDatabaseIdentity(db, area());
    await identity.check();
    await db.settings.clear();
    identity.forget();
    expect(await identity.check()).toBe('first');
    expect(await identity.lastReset()).toBeNull();
  });
});
