/**
 * Personas are stored per profile (v4 personaResults) and read back while the profile's
 * audience is unchanged, so a popup opened after the service worker slept does not recompute
 * them; a new capture, forgetting the profile or the retention purge makes them go.
 */
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { commentTraits } from '../../lib/background/comment-traits';
import { PersonaLensDB } from '../../lib/db/database';
import { forgetProfile } from '../../lib/db/forget';
import { ingestBatch } from '../../lib/db/ingest';
import { purgeExpiredText } from '../../lib/db/retention';
import { loadInsights } from '../../lib/report/insights';
import { memberKey } from '../../lib/traits/member-key';
import { generate, SCENARIOS } from '../tools/eval-personas';
import { toBatches } from '../tools/personas';

const names: string[] = [];
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

const secret = new Uint8Array(32).fill(3);
const options = { memberKey: (platform: 'youtube' | 'instagram' | 'tiktok' | 'x', handle: string) => memberKey(secret, platform, handle), traitsFor: commentTraits };
const T = 1_764_000_000_000;

async function capturedAudience() {
  const name = `personas-${Math.random().toString(36).slice(2)}`;
  names.push(name);
  const db = new PersonaLensDB(name);
  await db.open();
  const { lines } = generate(SCENARIOS.find((s) => s.name === 'same posts, differ by language and gender')!, 5);
  for (const batch of toBatches(lines, T)) await ingestBatch(db, batch, options);
  const profile = (await db.profiles.get('youtube:plantedcreator'))!;
  return { db, profile, lines };
}

describe('stored persona results', () => {
  it('are written on the first report and read back, not recomputed, while the audience is unchanged', async () => {
    const { db, profile } = await capturedAudience();
    const first = await loadInsights(db, profile);
    expect(first.personas.status).toBe('ok');
    const row = (await db.personaResults.get(profile.id))!;
    expect(row.result).toEqual(first.personas);
    if (row.result.status !== 'ok') throw new Error('expected personas');
    // Proof of reading rather than recomputing: a marked row comes back as it is.
    const marked = { ...row.result, k: 99 };
    await db.personaResults.put({ ...row, result: marked });
    expect((await loadInsights(db, profile)).personas).toEqual(marked);
    db.close();
  });

  it('are recomputed once the profile\'s audience changes', async () => {
    const { db, profile } = await capturedAudience();
    await loadInsights(db, profile);
    const row = (await db.personaResults.get(profile.id))!;
    if (row.result.status !== 'ok') throw new Error('expected personas');
    await db.personaResults.put({ ...row, result: { ...row.result, k: 99 } });
    const [batch] = toBatches([{ creator: 'plantedcreator', postId: 'v1', handle: 'newcomer', name: 'Jane Smith', text: 'Where did you get that lipstick? Love it' }], T + 1000);
    await ingestBatch(db, batch!, options);
    const moved = (await db.profiles.get(profile.id))!;
    const fresh = await loadInsights(db, moved);
    expect(fresh.personas.status === 'ok' && fresh.personas.k).toBe(2);
    expect((await db.personaResults.get(profile.id))!.fingerprint).not.toBe(row.fingerprint);
    db.close();
  });

  it('go when the profile is forgotten and when the comments they quote expire', async () => {
    const { db, profile } = await capturedAudience();
    await loadInsights(db, profile);
    expect(await db.personaResults.count()).toBe(1);
    await purgeExpiredText(db, T - 1, options.memberKey);
    expect(await db.personaResults.count()).toBe(1);
    await purgeExpiredText(db, T + 365 * 24 * 3600 * 1000, options.memberKey);
    expect(await db.personaResults.count()).toBe(0);

    await loadInsights(db, profile);
    expect(await db.personaResults.count()).toBe(1);
    await forgetProfile(db, profile.id);
    expect(await db.personaResults.count()).toBe(0);
    db.close();
  });

});
