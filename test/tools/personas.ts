/**
 * `npm run personas -- <file.jsonl>`: personas for one creator's audience from a file of
 * comments, one JSON object a line: {"platform", "creator", "postId", "handle", "name",
 * "text", "hashtags"} (only handle, postId and text required; "hashtags" are the post's).
 * Prints one JSON object: {"status", "reason", "k", "personas": [...]}.
 *
 * It runs the extension's own path, not a copy of it: the comments become a capture batch,
 * checked by the background's schema, stored by ingestBatch with the background's
 * commentTraits (in an in-memory IndexedDB), and the personas are the ones loadInsights
 * builds for the report (traits → members → engagements → personas, suspicious members
 * excluded, the creator's own comments no engagement).
 *
 * A bad line is a clear error naming the line, and nothing is printed as if it were a
 * result: personas from part of a file would describe an audience nobody asked about.
 */
import 'fake-indexeddb/auto';
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { commentTraits } from '../../lib/background/comment-traits';
import { LIMITS, PLATFORMS, type CaptureBatch, type Platform } from '../../lib/capture/batch';
import { CaptureBatchSchema } from '../../lib/capture/batch-schema';
import { PersonaLensDB } from '../../lib/db/database';
import { ingestBatch } from '../../lib/db/ingest';
import { profileIdOf } from '../../lib/db/records';
import type { Persona, PersonaInput, PersonasResult, TraitShare } from '../../lib/personas/types';
import { loadInsights } from '../../lib/report/insights';
import { asMemberTraitSummary, toAudienceMember } from '../../lib/segments/member-traits';
import { memberKey } from '../../lib/traits/member-key';

// Optional fields may be absent or null (exports often write null); null is read as absent.
const optional = <T extends z.ZodType>(schema: T) => schema.nullish().transform((v) => v ?? undefined);
export const CommentLineSchema = z.object({
  platform: optional(z.enum(PLATFORMS)),
  creator: optional(z.string().min(1)),
  postId: z.string().min(1),
  handle: z.string().min(1),
  name: optional(z.string()),
  text: z.string(),
  hashtags: optional(z.array(z.string())),
});
export interface CommentLine {
  platform?: Platform;
  creator?: string;
  postId: string;
  handle: string;
  name?: string;
  text: string;
  hashtags?: string[];
}

/** The creator a file is about when its lines do not say. */
const DEFAULT_CREATOR = 'creator';
/** A fixed install secret: member keys only need to be stable within one run. */
const TOOL_SECRET = new Uint8Array(32);

export class InputError extends Error {}

/** Parses a JSONL text; throws an InputError naming the first bad line. */
export function parseLines(text: string): CommentLine[] {
  const out: CommentLine[] = [];
  text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .forEach((line, i) => {
      if (line.trim() === '') return;
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch {
        throw new InputError(`line ${i + 1}: not JSON`);
      }
      const parsed = CommentLineSchema.safeParse(value);
      if (!parsed.success) {
        const issue = parsed.error.issues[0]!;
        throw new InputError(`line ${i + 1}: ${issue.path.join('.') || 'line'}: ${issue.message}`);
      }
      // Absent and null both become absent.
      out.push(Object.fromEntries(Object.entries(parsed.data).filter(([, v]) => v !== undefined)) as unknown as CommentLine);
    });
  return out;
}

/** The lines as the capture batches a content script would send, at most LIMITS.comments comments each. */
export function toBatches(lines: readonly CommentLine[], capturedAt: number): CaptureBatch[] {
  const creators = new Set(lines.flatMap((l) => (l.creator ? [l.creator.replace(/^@/, '')] : [])));
  if (creators.size > 1) throw new InputError(`one creator per file; this one names ${[...creators].sort().join(', ')}`);
  const platforms = new Set(lines.flatMap((l) => (l.platform ? [l.platform] : [])));
  if (platforms.size > 1) throw new InputError(`one platform per file; this one names ${[...platforms].sort().join(', ')}`);
  const creator = [...creators][0] ?? DEFAULT_CREATOR;
  const platform: Platform = [...platforms][0] ?? 'youtube';
  const hashtags = new Map<string, Set<string>>();
  for (const l of lines) {
    const tags = hashtags.get(l.postId) ?? new Set<string>();
    for (const t of l.hashtags ?? []) if (t.replace(/^#/, '')) tags.add(t.replace(/^#/, '').slice(0, LIMITS.hashtag));
    hashtags.set(l.postId, tags);
  }
  const posts = [...hashtags].map(([id, tags]) => ({ platform, id, authorHandle: creator, hashtags: [...tags].slice(0, LIMITS.hashtags) }));
  const batches: CaptureBatch[] = [];
  for (let start = 0; start < lines.length || batches.length === 0; start += LIMITS.comments) {
    const chunk = lines.slice(start, start + LIMITS.comments);
    const candidate = {
      platform,
      sourceUrl: `https://persona-lens.invalid/${platform}/${encodeURIComponent(creator)}`,
      capturedAt,
      profiles: [{ platform, handle: creator }],
      posts: batches.length === 0 ? posts.slice(0, LIMITS.posts) : [],
      comments: chunk.map((l, i) => ({
        platform,
        id: `c${start + i + 1}`,
        postId: l.postId,
        authorHandle: l.handle.replace(/^@/, ''),
        ...(l.name ? { authorName: l.name } : {}),
        text: l.text,
      })),
      warnings: [],
    };
    // The background's trust boundary: what it would refuse, the tool refuses too.
    const parsed = CaptureBatchSchema.safeParse(candidate);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const at = issue.path[0] === 'comments' && typeof issue.path[1] === 'number' ? `line ${start + issue.path[1] + 1}: ` : '';
      throw new InputError(`${at}${issue.path.slice(2).join('.') || issue.path.join('.')}: ${issue.message}`);
    }
    batches.push(parsed.data);
  }
  return batches;
}

/** Personas for the lines, by the extension's own ingest and report code. */
export async function personasOfLines(lines: readonly CommentLine[], dbName?: string): Promise<PersonasResult> {
  return (await personaRunOfLines(lines, dbName)).result;
}

/**
 * The personas for the lines and the input the persona engine read (members, engagements,
 * posts, comments, assembled as lib/report/insights.ts assembles them), so another model can
 * be run on exactly the same members (the eval's NMF baseline).
 */
export async function personaRunOfLines(
  lines: readonly CommentLine[],
  dbName = `personas-tool-${process.pid}-${Date.now()}`,
): Promise<{ result: PersonasResult; input: PersonaInput }> {
  const capturedAt = Date.now();
  const batches = toBatches(lines, capturedAt);
  const db = new PersonaLensDB(dbName);
  try {
    await db.open();
    for (const batch of batches) {
      await ingestBatch(db, batch, { memberKey: (platform, handle) => memberKey(TOOL_SECRET, platform, handle), traitsFor: commentTraits });
    }
    const first = batches[0]!;
    const profile = await db.profiles.get(profileIdOf(first.platform, first.profiles[0]!.handle));
    if (!profile) throw new Error('the creator was not stored');
    const result = (await loadInsights(db, profile)).personas;
    // As personasOf in lib/report/insights.ts builds buildPersonas' input.
    const [engagements, posts, comments] = await Promise.all([
      db.engagements.where('profileId').equals(profile.id).toArray(),
      db.posts.where('profileId').equals(profile.id).toArray(),
      db.comments.where('profileId').equals(profile.id).toArray(),
    ]);
    const memberKeys = [...new Set(engagements.map((e) => e.memberKey))];
    const summaries = (await db.members.bulkGet(memberKeys)).map((m) => asMemberTraitSummary(m?.traits));
    const input: PersonaInput = {
      members: memberKeys.map((key, i) => toAudienceMember(key, summaries[i])),
      engagements: engagements.map((e) => ({ memberKey: e.memberKey, postId: e.postKey, count: e.count })),
      posts: posts.map((p) => ({ id: p.key, hashtags: p.hashtags, text: p.text })),
      comments: comments.flatMap((c) => (c.text && c.postKey ? [{ memberKey: c.memberKey, postId: c.postKey, text: c.text }] : [])),
    };
    return { result, input };
  } finally {
    db.close();
    await db.delete();
  }
}

const round = (x: number): number => Math.round(x * 1000) / 1000;
const trait = (t: TraitShare) => ({ value: t.value, share: round(t.share) });

/** The printed form of one persona, as the issue specifies it. */
export function personaOutput(p: Persona) {
  return {
    name: p.name,
    share: round(p.share),
    members: p.sampleSize,
    gender: trait(p.traits.gender),
    language: trait(p.traits.language),
    region: trait(p.traits.region),
    ageBand: trait(p.traits.ageBand),
    interests: p.traits.interests.map(trait),
    // Stored post keys are 'platform:postId'; the file spoke of post ids.
    definingPosts: p.definingPosts.map((key) => key.slice(key.indexOf(':') + 1)),
    quote: p.quote?.text ?? null,
    painPoints: p.painPoints.map((pp) => ({ kind: pp.kind, topic: pp.topic, count: pp.count, example: pp.example })),
  };
}

export function resultOutput(r: PersonasResult) {
  return r.status === 'ok'
    ? { status: 'ok' as const, reason: null, needed: null, k: r.k, personas: r.personas.map(personaOutput) }
    : { status: 'insufficient' as const, reason: r.reason, needed: r.needed, k: 0, personas: [] };
}

async function main(): Promise<void> {
  const file = process.argv[2];
  if (!file) {
    process.stderr.write('usage: npm run personas -- <file.jsonl>\n');
    process.exitCode = 2;
    return;
  }
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    process.stderr.write(`personas: cannot read ${file}: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 2;
    return;
  }
  try {
    const result = await personasOfLines(parseLines(text));
    process.stdout.write(`${JSON.stringify(resultOutput(result), null, 2)}\n`);
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    process.stderr.write(`personas: ${file}: ${err.message}\n`);
    process.exitCode = 1;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
