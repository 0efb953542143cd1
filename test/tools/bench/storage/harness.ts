/**
 * Runs inside an extension page of the built extension (same origin, same IndexedDB as the
 * service worker), bundled on the fly by storage.bench.ts. It calls the production ingest
 * code (lib/db) on a database of its own, then writes the very records that ingest stored
 * into a raw IndexedDB database with the same stores and indexes, in one transaction: the
 * floor. Nothing here ships in the extension.
 */
import { installMemberKey } from '../../../../lib/background/install-secret';
import type { CaptureBatch, Comment } from '../../../../lib/capture/batch';
import { loadSegments } from '../../../../lib/db/audience';
import { PersonaLensDB } from '../../../../lib/db/database';
import { ingestBatch } from '../../../../lib/db/ingest';
import type { MemberTraitSummary } from '../../../../lib/segments/member-traits';
import { countsOf as segmentCountsOf } from '../../../../lib/segments/segments';

const GENDERS = ['female', 'male', 'unknown'] as const;
const LANGS = ['en', 'es', 'pt', 'de', 'unknown'];
const REGIONS = ['US', 'BR', 'MX', 'DE', 'GB'];
const INTERESTS = ['travel', 'food', 'tech', 'music', 'outdoors', 'fitness'];

/** Deterministic traits per comment (the traits engine has its own bench; this one measures storage). */
function syntheticTraits(c: Comment): MemberTraitSummary {
  const n = Number(c.id.slice(1));
  return {
    comments: 1,
    gender: GENDERS[n % 3]!,
    genderP: n % 3 === 2 ? 0 : 0.9,
    language: LANGS[n % 5]!,
    languageP: 0.8,
    regions: [{ region: REGIONS[n % 5]!, p: 0.4 + (n % 3) * 0.1 }],
    interests: [{ category: INTERESTS[n % 6]!, score: 0.45 + (n % 4) * 0.1 }],
    ageBand: n % 11 === 0 ? '25-34' : null,
    suspiciousComments: n % 37 === 0 ? 1 : 0,
    flags: {},
  };
}

export interface Sizes {
  engagements: number;
  members: number;
  posts: number;
  perBatch: number;
}

/**
 * 100,000 comments on 100 videos of one creator by 25,000 people: comment i is by member
 * i % members on post floor(i / (engagements / posts)), so every comment is a distinct
 * (member, post) pair: 100,000 engagement rows.
 */
function batches(s: Sizes, capturedAt: number): CaptureBatch[] {
  const perPost = s.engagements / s.posts;
  const out: CaptureBatch[] = [];
  for (let start = 0; start < s.engagements; start += s.perBatch) {
    const comments: Comment[] = [];
    for (let i = start; i < Math.min(s.engagements, start + s.perBatch); i++) {
      comments.push({
        platform: 'youtube',
        id: `c${i}`,
        postId: `v${Math.floor(i / perPost)}`,
        authorHandle: `fan${i % s.members}`,
        text: `Comment number ${i}: loved the part about the night train, which camera do you use?`,
      });
    }
    const postIds = [...new Set(comments.map((c) => c.postId!))];
    out.push({
      platform: 'youtube',
      sourceUrl: 'https://www.youtube.com/@benchcreator',
      capturedAt,
      profiles: [{ platform: 'youtube', handle: 'benchcreator', followers: 1_000_000 }],
      posts: postIds.map((id) => ({ platform: 'youtube', id, authorHandle: 'benchcreator', hashtags: [] })),
      comments,
      warnings: [],
    });
  }
  return out;
}

/** JSON with sorted keys: counts built in different orders are equal when their canonical forms are. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b))) : v,
  );
}

async function usage(): Promise<number> {
  return (await navigator.storage.estimate()).usage ?? 0;
}

const idb = <T>(req: IDBRequest<T>) =>
  new Promise<T>((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });

/** The floor: the same rows, one transaction, raw IndexedDB, same stores and indexes as Dexie made. */
async function rawPut(source: PersonaLensDB, name: string): Promise<{ ms: number; rows: number }> {
  const tables = ['profiles', 'posts', 'comments', 'members', 'engagements', 'audience', 'segments'] as const;
  const rows = Object.fromEntries(await Promise.all(tables.map(async (t) => [t, await source.table(t).toArray()]))) as Record<string, unknown[]>;
  const open = indexedDB.open(name, 1);
  open.onupgradeneeded = () => {
    for (const t of tables) {
      const schema = source.table(t).schema;
      const store = open.result.createObjectStore(t, { keyPath: schema.primKey.keyPath as string });
      for (const index of schema.indexes) store.createIndex(index.name, index.keyPath as string | string[]);
    }
  };
  const db = await idb(open);
  const t0 = performance.now();
  const tx = db.transaction([...tables], 'readwrite', { durability: 'default' });
  for (const t of tables) {
    const store = tx.objectStore(t);
    for (const row of rows[t]!) store.put(row);
  }
  await new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error);
  });
  const ms = performance.now() - t0;
  db.close();
  await idb(indexedDB.deleteDatabase(name));
  return { ms, rows: Object.values(rows).reduce((s, r) => s + r.length, 0) };
}

/**
 * The bench is driven step by step from Node (storage.bench.ts), which reads the browser's CPU
 * time between steps: ingest runs and floor runs alternate (ingest, floor, floor, ingest), so
 * that a machine load that drifts during the minutes they take weighs on both alike.
 */
const state: { sizes?: Sizes; list?: CaptureBatch[]; base?: string; counts: string[]; dbs: Map<string, { db: PersonaLensDB; memberKey: ReturnType<typeof installMemberKey> }> } = {
  dbs: new Map(),
  counts: [],
};

export function init(s: Sizes): void {
  state.sizes = s;
  state.list = batches(s, 1_764_000_000_000);
  state.base = `persona-lens-bench-${Date.now()}`;
}

/** One full ingest (every batch, in order) into a database of its own, named by `tag`. */
export async function ingestRun(tag: string): Promise<{ ms: number; bytes: number }> {
  const db = new PersonaLensDB(`${state.base!}-${tag}`);
  await db.open();
  // The production keyer: HMAC-SHA-256 under an install secret created in this database.
  const memberKey = installMemberKey(db);
  state.dbs.set(tag, { db, memberKey });
  const before = await usage();
  const t0 = performance.now();
  for (const batch of state.list!) await ingestBatch(db, batch, { memberKey, traitsFor: syntheticTraits });
  const ms = performance.now() - t0;
  return { ms, bytes: (await usage()) - before };
}

/** The floor: the rows the ingest `tag` left, put with raw IndexedDB in one transaction. */
export async function floorRun(tag: string, floorTag: string): Promise<{ ms: number; rows: number }> {
  const { db } = state.dbs.get(tag)!;
  return rawPut(db, `${db.name}-floor-${floorTag}`);
}

/** Deletes the database of ingest `tag`, keeping its row counts for `runsAgree`. */
export async function drop(tag: string): Promise<void> {
  const { db } = state.dbs.get(tag)!;
  state.counts.push(await countsOf(db));
  await db.delete();
  state.dbs.delete(tag);
}

const TABLES = ['profiles', 'posts', 'comments', 'members', 'engagements', 'audience', 'segments'];
async function countsOf(d: PersonaLensDB): Promise<string> {
  return JSON.stringify(await Promise.all(TABLES.map((t) => d.table(t).count())));
}

export interface StorageBenchResult {
  engagementRows: number;
  members: number;
  /** Every ingest run left the same number of rows in each table (counted before the segment-update checks add theirs). */
  runsAgree: boolean;
  segmentUpdateMs: number[];
  oneRowTxMs: number[];
  segmentReadMs: number[];
  recomputeMs: number;
  segmentsMatch: boolean;
  reingestChangesNothing: boolean;
}

/** Segment update, segment read, recompute and re-ingest checks on the database of ingest `tag`; then deletes every database. */
export async function finish(tag: string): Promise<StorageBenchResult> {
  const { db, memberKey } = state.dbs.get(tag)!;
  const list = state.list!;
  const mine = await countsOf(db);
  const runsAgree = state.counts.every((c) => c === mine);

  // Incremental segment update on the full profile: an existing member says more about
  // themselves (old contribution out, new in) and a new member joins.
  const profileId = 'youtube:benchcreator';
  const segmentUpdateMs: number[] = [];
  const oneRowTxMs: number[] = [];
  for (let k = 0; k < 9; k++) {
    // The floor of any write at this moment: one small row in one read-write transaction.
    const t = performance.now();
    await db.transaction('rw', db.settings, () => db.settings.put({ key: 'bench-probe', value: k }));
    oneRowTxMs.push(performance.now() - t);
    const batch: CaptureBatch = {
      ...list[0]!,
      capturedAt: 1_764_000_100_000 + k,
      posts: [{ platform: 'youtube', id: 'v0', authorHandle: 'benchcreator', hashtags: [] }],
      comments: [
        { platform: 'youtube', id: `u${k}a`, postId: 'v0', authorHandle: `fan${k}`, text: 'x' },
        { platform: 'youtube', id: `u${k}b`, postId: 'v0', authorHandle: `newfan${k}`, text: 'y' },
      ],
    };
    const t2 = performance.now();
    await ingestBatch(db, batch, { memberKey, traitsFor: (c) => ({ ...syntheticTraits({ ...c, id: `c${k + 7}` }), language: 'fr' }) });
    segmentUpdateMs.push(performance.now() - t2);
  }
  const segmentReadMs: number[] = [];
  for (let k = 0; k < 9; k++) {
    const t = performance.now();
    await loadSegments(db, profileId);
    segmentReadMs.push(performance.now() - t);
  }
  const t1 = performance.now();
  const members = new Map((await db.members.toArray()).map((m) => [m.key, m.traits]));
  const keys = await db.audience.where('profileId').equals(profileId).toArray();
  const fresh = segmentCountsOf(keys.map((a) => members.get(a.memberKey)));
  const recomputeMs = performance.now() - t1;
  const stored = (await db.segments.get(profileId))!.counts;

  // Idempotence in real IndexedDB (the ingest adds comments and engagements without reading
  // them, and relies on Chromium refusing keys it holds): 1,000 stored comments seen again.
  const engagementSum = async () => (await db.engagements.toArray()).reduce((n, e) => n + e.count, 0);
  const sumBefore = await engagementSum();
  const again = await ingestBatch(
    db,
    { ...list[0]!, capturedAt: 1_764_000_200_000, comments: list[0]!.comments.slice(0, 1_000) },
    { memberKey, traitsFor: syntheticTraits },
  );
  const reingestChangesNothing =
    again.commentsAdded === 0 &&
    again.segmentsChanged.length === 0 &&
    (await engagementSum()) === sumBefore &&
    canonical((await db.segments.get(profileId))!.counts) === canonical(stored);

  const result: StorageBenchResult = {
    engagementRows: await db.engagements.count(),
    members: await db.members.count(),
    runsAgree,
    segmentUpdateMs,
    oneRowTxMs,
    segmentReadMs,
    recomputeMs,
    segmentsMatch: canonical(fresh) === canonical(stored),
    reingestChangesNothing,
  };
  for (const { db: d } of state.dbs.values()) await d.delete();
  state.dbs.clear();
  return result;
}
