/**
 * Property-based fuzzing of the entry points that take input from outside: the background's
 * capture handler (from content scripts in hostile pages), the traits engine (commenters'
 * words), shortlist JSON import and analytics import (files the user picks). CI runs a
 * bounded number of cases; `npm run fuzz -- --runs 100000` runs a long campaign.
 * The adapters, count and date parsers have their own property tests (test/capture, lib/capture).
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { createHandlers } from '../../lib/background/handlers';
import { CaptureBatchSchema } from '../../lib/capture/batch-schema';
import { PLATFORMS } from '../../lib/capture/batch';
import { parseAnalytics } from '../../lib/shortlists/analytics';
import { planImport } from '../../lib/shortlists/json-format';
import { inferTraits } from '../../lib/traits';
import { freshDb, testMemberKey } from '../helpers/db';

const RUNS = Number(process.env.FUZZ_RUNS ?? 200);
/** Database-backed properties are slower per case; they get a tenth of the budget. */
const DB_RUNS = Math.max(20, Math.floor(RUNS / 10));

const hostileString = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: 'binary' }),
  fc.constantFrom('', '<script>alert(1)</script>', '\u202Egnp.exe', 'a\u0300\u0301\u0302'.repeat(50), '\uD800', '@', '  ', 'null'),
);
const count = fc.oneof(fc.nat(), fc.integer(), fc.double(), fc.constant(Number.NaN), fc.constant(1e20));

/** Batches that are often valid and often subtly not: random values in the right places. */
const batchLike = fc.record(
  {
    platform: fc.oneof(fc.constantFrom(...PLATFORMS), hostileString),
    sourceUrl: fc.oneof(fc.constant('https://www.youtube.com/@someone'), fc.webUrl(), hostileString),
    capturedAt: count,
    profiles: fc.array(
      fc.record({ platform: fc.constant('youtube'), handle: hostileString, followers: count, displayName: hostileString }, { requiredKeys: ['platform', 'handle'] }),
      { maxLength: 3 },
    ),
    posts: fc.array(fc.record({ platform: fc.constant('youtube'), id: hostileString, hashtags: fc.array(hostileString, { maxLength: 3 }), likes: count }, { requiredKeys: ['platform', 'id', 'hashtags'] }), { maxLength: 3 }),
    comments: fc.array(
      fc.record({ platform: fc.constant('youtube'), id: hostileString, postId: hostileString, authorHandle: hostileString, text: hostileString }, { requiredKeys: ['platform', 'id', 'authorHandle', 'text'] }),
      { maxLength: 4 },
    ),
    warnings: fc.array(hostileString, { maxLength: 2 }),
  },
  { requiredKeys: [] },
);

const self = { extensionId: 'ours', extensionOrigin: 'chrome-extension://ours/' };
const db = freshDb();
afterAll(async () => {
  await db.delete();
});

async function storedRows(): Promise<number> {
  return (await db.profiles.count()) + (await db.posts.count()) + (await db.comments.count()) + (await db.members.count());
}

describe('capture handler', () => {
  const handlers = createHandlers({ db, self, memberKey: testMemberKey, notify: () => undefined, log: () => undefined });

  it('never throws, and stores only what the schema accepts from our content script', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(batchLike, fc.anything(), fc.jsonValue()),
        fc.record({
          id: fc.constantFrom('ours', 'other', undefined),
          url: fc.oneof(fc.constant('https://www.youtube.com/@someone'), fc.webUrl(), hostileString),
          tab: fc.option(fc.record({ id: fc.nat() }), { nil: undefined }),
        }),
        async (payload, sender) => {
          const before = await storedRows();
          const ack = await handlers.capture(payload, sender);
          const valid = CaptureBatchSchema.safeParse(payload).success;
          if (!ack.ok) expect(await storedRows()).toBe(before);
          if (ack.ok) expect(valid).toBe(true);
        },
      ),
      { numRuns: DB_RUNS },
    );
  });
});

describe('traits engine', () => {
  it('answers every input without throwing, with probabilities in [0, 1]', () => {
    fc.assert(
      fc.property(
        fc.record({ name: hostileString, handle: hostileString, text: hostileString, hashtags: fc.array(hostileString, { maxLength: 5 }) }, { requiredKeys: [] }),
        (input) => {
          const t = inferTraits(input);
          expect(t.genderP).toBeGreaterThanOrEqual(0);
          expect(t.genderP).toBeLessThanOrEqual(1);
          expect(t.languageP).toBeGreaterThanOrEqual(0);
          expect(t.languageP).toBeLessThanOrEqual(1);
          expect(t.regions.reduce((s, r) => s + r.p, 0)).toBeLessThanOrEqual(1 + 1e-9);
        },
      ),
      { numRuns: RUNS },
    );
  });
});

describe('shortlist JSON import', () => {
  it('plans an import for any text without throwing, and rejects what it cannot read', () => {
    fc.assert(
      fc.property(fc.oneof(hostileString, fc.json(), fc.jsonValue().map((v) => JSON.stringify({ format: 'persona-lens/shortlists', version: 1, shortlists: [v] }))), (text) => {
        let n = 0;
        const plan = planImport(text, { lists: [], entries: [] }, 1_764_000_000_000, () => `id${n++}`);
        expect(plan.report.added + plan.report.updated + plan.report.unchanged).toBe(plan.entries.length);
        for (const list of plan.lists) expect(list.name.length).toBeGreaterThan(0);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('analytics import', () => {
  it.each(['youtube-studio', 'tiktok', 'plain-csv'] as const)('parses any %s text without throwing', (kind) => {
    fc.assert(
      fc.property(fc.oneof(hostileString, fc.array(fc.array(hostileString, { maxLength: 5 }), { maxLength: 8 }).map((rows) => rows.map((r) => r.join(',')).join('\n'))), (text) => {
        expect(() => parseAnalytics(kind as never, text)).not.toThrow();
      }),
      { numRuns: RUNS },
    );
  });
});
