/**
 * Shortlists as JSON: a versioned format for moving lists between browsers and colleagues,
 * and the validate-and-merge import with a report of what was added, updated and rejected.
 *
 * Version 1:
 *   { format: "persona-lens/shortlists", version: 1, exportedAt: ISO date,
 *     shortlists: [{ id, name, createdAt, updatedAt,
 *       entries: [{ profileId, platform, handle, displayName?, note, tags, status,
 *                   addedAt, updatedAt, metrics? }] }] }
 * `metrics` (followers, engagement, fit …) is informational: it is what this browser knew at
 * export time, and an import never trusts it (numbers come only from captures).
 *
 * The import is lenient per row and strict per field: a bad entry is rejected with its
 * reason while the rest of the file is merged. Pure: the caller loads and stores.
 */
import { z } from 'zod';
import type { ShortlistEntryRecord, ShortlistRecord } from '../db/records';
import { entryIdOf, NoteSchema, ProfileIdSchema, ShortlistNameSchema, StatusSchema, TagsSchema } from './messages';
import { fieldIssue, type FieldIssue } from '../ui/field-issue';
import type { ShortlistRow, ShortlistView } from './rows';

export const JSON_FORMAT = 'persona-lens/shortlists';
export const JSON_VERSION = 1;
/** Large enough for thousands of entries, small enough that a pasted file cannot stall the worker. */
export const MAX_IMPORT_CHARS = 5_000_000;
const MAX_LISTS = 200;
const MAX_ENTRIES = 5_000;

const Timestamp = z.number().int().min(0).max(8.64e15);

export const EntryV1Schema = z.object({
  profileId: ProfileIdSchema,
  platform: z.string().max(20).optional(),
  handle: z.string().max(200).optional(),
  displayName: z.string().max(20_000).nullable().optional(),
  note: NoteSchema.default(''),
  tags: TagsSchema.default([]),
  status: StatusSchema.default('candidate'),
  addedAt: Timestamp.optional(),
  updatedAt: Timestamp.optional(),
  metrics: z.unknown().optional(),
});

const ListHeaderSchema = z.object({
  id: z.string().min(1).max(200),
  name: ShortlistNameSchema,
  createdAt: Timestamp.optional(),
  updatedAt: Timestamp.optional(),
  entries: z.array(z.unknown()).max(MAX_ENTRIES),
});

const EnvelopeSchema = z.object({
  format: z.literal(JSON_FORMAT),
  version: z.number().int().min(1),
  exportedAt: z.string().optional(),
  shortlists: z.array(z.unknown()).max(MAX_LISTS),
});

function entryOf(row: ShortlistRow) {
  return {
    profileId: row.profileId,
    platform: row.platform,
    handle: row.handle,
    displayName: row.displayName,
    note: row.note,
    tags: row.tags,
    status: row.status,
    addedAt: row.addedAt,
    updatedAt: row.updatedAt,
    metrics: {
      followers: row.followers,
      engagement: row.engagement,
      growth: row.growth,
      commenters: row.commenters,
      fits: row.fits,
    },
  };
}

export function shortlistsToJson(views: readonly ShortlistView[], at: number): string {
  return JSON.stringify(
    {
      format: JSON_FORMAT,
      version: JSON_VERSION,
      exportedAt: new Date(at).toISOString(),
      shortlists: views.map((v) => ({ ...v.shortlist, entries: v.rows.map(entryOf) })),
    },
    null,
    2,
  );
}

/**
 * Why an import refused the file or one of its rows, as a code with what the dashboard needs
 * to word it (components/coded-messages.ts).
 */
export type ImportRejection = {
  /** Where in the file: e.g. "shortlists[0].entries[3]", or "file". */
  row: string;
} & (
  | { reason: 'too-large'; limitMb: number }
  | { reason: 'not-json' }
  | { reason: 'not-an-export'; issue: FieldIssue }
  | { reason: 'newer-version'; version: number; supported: number }
  | { reason: 'invalid-field'; issue: FieldIssue }
  | { reason: 'duplicate-profile'; profileId: string }
);

export type ImportRejectionReason = ImportRejection['reason'];

export interface ImportReport {
  added: number;
  updated: number;
  unchanged: number;
  listsAdded: number;
  rejected: ImportRejection[];
}

export interface ImportPlan {
  lists: ShortlistRecord[];
  entries: ShortlistEntryRecord[];
  report: ImportReport;
}

/**
 * What an import would write, given what is stored: lists matched by id, then by name (ids
 * differ between browsers); entries matched by (list, profile). An entry already stored is
 * replaced only when the imported one was edited later.
 */
export function planImport(
  text: string,
  existing: { lists: readonly ShortlistRecord[]; entries: readonly ShortlistEntryRecord[] },
  now: number,
  newId: () => string,
): ImportPlan {
  const report: ImportReport = { added: 0, updated: 0, unchanged: 0, listsAdded: 0, rejected: [] };
  const plan: ImportPlan = { lists: [], entries: [], report };
  const fail = (rejection: ImportRejection) => {
    report.rejected.push(rejection);
    return plan;
  };

  if (text.length > MAX_IMPORT_CHARS) return fail({ row: 'file', reason: 'too-large', limitMb: MAX_IMPORT_CHARS / 1_000_000 });
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return fail({ row: 'file', reason: 'not-json' });
  }
  const envelope = EnvelopeSchema.safeParse(raw);
  if (!envelope.success) return fail({ row: 'file', reason: 'not-an-export', issue: fieldIssue(envelope.error) });
  if (envelope.data.version > JSON_VERSION) {
    return fail({ row: 'file', reason: 'newer-version', version: envelope.data.version, supported: JSON_VERSION });
  }

  const byId = new Map(existing.lists.map((l) => [l.id, l]));
  const byName = new Map(existing.lists.map((l) => [l.name.toLocaleLowerCase(), l]));
  const entries = new Map(existing.entries.map((e) => [e.id, e]));
  const touched = new Set<string>();

  envelope.data.shortlists.forEach((rawList, i) => {
    const where = `shortlists[${i}]`;
    const header = ListHeaderSchema.safeParse(rawList);
    if (!header.success) {
      fail({ row: where, reason: 'invalid-field', issue: fieldIssue(header.error) });
      return;
    }
    const h = header.data;
    let list = byId.get(h.id) ?? byName.get(h.name.toLocaleLowerCase());
    if (!list) {
      list = { id: byId.has(h.id) ? newId() : h.id, name: h.name, createdAt: h.createdAt ?? now, updatedAt: now };
      byId.set(list.id, list);
      byName.set(list.name.toLocaleLowerCase(), list);
      plan.lists.push(list);
      report.listsAdded++;
    }
    h.entries.forEach((rawEntry, j) => {
      const at = `${where}.entries[${j}]`;
      const parsed = EntryV1Schema.safeParse(rawEntry);
      if (!parsed.success) {
        fail({ row: at, reason: 'invalid-field', issue: fieldIssue(parsed.error) });
        return;
      }
      const e = parsed.data;
      const id = entryIdOf(list.id, e.profileId);
      if (touched.has(id)) {
        fail({ row: at, reason: 'duplicate-profile', profileId: e.profileId });
        return;
      }
      touched.add(id);
      const stored = entries.get(id);
      const updatedAt = e.updatedAt ?? now;
      if (stored && stored.updatedAt >= updatedAt) {
        report.unchanged++;
        return;
      }
      plan.entries.push({
        id,
        shortlistId: list.id,
        profileId: e.profileId,
        note: e.note,
        tags: e.tags,
        status: e.status,
        addedAt: stored?.addedAt ?? e.addedAt ?? now,
        updatedAt,
      });
      if (stored) report.updated++;
      else report.added++;
    });
  });
  return plan;
}
