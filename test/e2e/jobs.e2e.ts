/**
 * A long recomputation survives the service worker being stopped: the segments of 2,000
 * creators are rebuilt chunk by chunk; the worker is stopped (DevTools protocol) while the
 * job is half done; the next message wakes it, the job resumes from its cursor, and the
 * result equals the counts computed independently from the same data.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asMemberTraitSummary, type MemberTraitSummary } from '../../lib/segments/member-traits';
import { countsOf } from '../../lib/segments/segments';
import { launchExtensionBrowser, type ExtensionBrowser } from './browser';

const PROFILES = 2_000;
const MEMBERS = 3_000;
const PER_PROFILE = 20;

function summary(i: number): MemberTraitSummary {
  const langs = ['de', 'en', 'es', 'pt', 'fr'];
  return {
    comments: 1 + (i % 3),
    gender: i % 5 === 0 ? 'unknown' : i % 2 ? 'female' : 'male',
    genderP: 0.95,
    language: langs[i % langs.length]!,
    languageP: 0.9,
    regions: [{ region: ['DE', 'US', 'MX', 'BR', 'FR'][i % 5]!, p: 0.6 }],
    interests: [{ category: ['travel', 'gaming', 'food'][i % 3]!, score: 1 + (i % 4) }],
    ageBand: i % 11 === 0 ? '25-34' : null,
    suspiciousComments: i % 17 === 0 ? 2 : 0,
    flags: {},
  };
}

const memberOf = (p: number, j: number) => (p * 7 + j * 13) % MEMBERS;

let browser: ExtensionBrowser;
beforeAll(async () => {
  browser = await launchExtensionBrowser();
  await browser.inExtension(
    ({ profiles, members, perProfile, summaries }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('persona-lens');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(['profiles', 'audience', 'members'], 'readwrite');
          for (let m = 0; m < members; m++) {
            tx.objectStore('members').put({ key: `m${m}`, platform: 'youtube', traits: summaries[m], firstSeen: 1, lastSeen: 1 });
          }
          for (let p = 0; p < profiles; p++) {
            const id = `youtube:job${String(p).padStart(5, '0')}`;
            tx.objectStore('profiles').put({ id, platform: 'youtube', handle: id.slice(8), firstSeen: 1, lastSeen: 1, lastSourceUrl: 'https://www.youtube.com/' });
            for (let j = 0; j < perProfile; j++) {
              const key = `m${(p * 7 + j * 13) % members}`;
              tx.objectStore('audience').put({ id: `${id}|${key}`, profileId: id, memberKey: key, firstSeen: 1 });
            }
          }
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { profiles: PROFILES, members: MEMBERS, perProfile: PER_PROFILE, summaries: Array.from({ length: MEMBERS }, (_, i) => summary(i)) },
  );
});
afterAll(async () => {
  await browser?.close();
});

describe('resumable rebuild of segments', () => {
  it('finishes after the worker is stopped mid-job, with the same result as computing it directly', async () => {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/icon/16.png`);
    const send = (type: string, data: unknown) =>
      page.evaluate(
        ({ type, data }) =>
          new Promise<unknown>((resolve) => {
            const api = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown, cb: (r: unknown) => void): void } } }).chrome;
            api.runtime.sendMessage({ id: 1, type, data, timestamp: Date.now() }, (r) => resolve((r as { res?: unknown } | undefined)?.res));
          }),
        { type, data },
      );
    const job = () => send('getJob', { name: 'rebuild-segments' }) as Promise<{ processed: number; done: boolean } | null>;

    await send('rebuildSegments', undefined);
    await expect.poll(async () => (await job())?.processed ?? 0, { interval: 20 }).toBeGreaterThan(0);
    const before = await job();
    expect(before?.done).toBe(false);

    const cdp = await browser.context.newCDPSession(page);
    const stopped = new Promise<void>((resolve) =>
      cdp.on('ServiceWorker.workerVersionUpdated', (event) => {
        if (event.versions.some((v) => v.runningStatus === 'stopped')) resolve();
      }),
    );
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await stopped; // the worker really is gone, mid-job

    // The next message wakes the worker; start-up resumes the job from its cursor.
    await expect.poll(async () => (await job())?.done, { timeout: 120_000, interval: 500 }).toBe(true);
    const after = await job();
    expect(after?.processed).toBe(PROFILES);

    const stored = (await browser.inExtension(
      () =>
        new Promise<{ profileId: string; counts: unknown }[]>((resolve, reject) => {
          const open = indexedDB.open('persona-lens');
          open.onsuccess = () => {
            const req = open.result.transaction('segments').objectStore('segments').getAll();
            req.onsuccess = () => resolve(req.result as { profileId: string; counts: unknown }[]);
            req.onerror = () => reject(req.error);
          };
        }),
      undefined,
    )) as { profileId: string; counts: unknown }[];
    expect(stored).toHaveLength(PROFILES);
    const summaries = Array.from({ length: MEMBERS }, (_, i) => summary(i));
    for (const row of stored) {
      const p = Number(row.profileId.slice('youtube:job'.length));
      const expected = countsOf(Array.from({ length: PER_PROFILE }, (_, j) => asMemberTraitSummary(summaries[memberOf(p, j)])));
      expect(row.counts).toEqual(expected);
    }
    await page.close();
  });
});
