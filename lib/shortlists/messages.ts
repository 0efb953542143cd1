/**
 * The shortlist and target-persona messages: their payload schemas (checked in the
 * background, because a type is only a promise the sender made) and their answers.
 * Pure: zod only, no Dexie, no browser.
 */
import { z } from 'zod';
import { REGISTERED_PLATFORMS } from '../capture/platforms';
import type { ShortlistEntryRecord } from '../db/records';

/** Where a creator stands in a campaign. Labels live in components/text.ts. */
export const SHORTLIST_STATUSES = ['candidate', 'contacted', 'negotiating', 'booked', 'declined'] as const;
export type ShortlistStatus = (typeof SHORTLIST_STATUSES)[number];

export const MAX_NOTE = 4_000;
export const MAX_TAGS = 20;
export const MAX_TAG = 40;

const Id = z.string().min(1).max(200);
/** Profile ids are `${platform}:${handle}`; handles are short on all four platforms. */
export const ProfileIdSchema = z
  .string()
  .regex(new RegExp(`^(${REGISTERED_PLATFORMS.join('|')}):[^\\s|]{1,100}$`), 'profile id like youtube:handle');
export const ShortlistNameSchema = z.string().trim().min(1).max(120);
export const NoteSchema = z.string().max(MAX_NOTE);
/** Tags are trimmed, deduplicated case-insensitively and kept in the order typed. */
export const TagsSchema = z
  .array(z.string().trim().min(1).max(MAX_TAG))
  .max(MAX_TAGS)
  .transform((tags) => {
    const seen = new Set<string>();
    return tags.filter((t) => {
      const k = t.toLowerCase();
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    });
  });
export const StatusSchema = z.enum(SHORTLIST_STATUSES);

/**
 * Saving a creator already on the list changes only the fields sent: a save without a note
 * keeps the note written before, and tags are added to the ones there (nothing typed is lost
 * by saving twice).
 */
export const SaveToShortlistSchema = z.strictObject({
  shortlistId: Id,
  profileId: ProfileIdSchema,
  note: NoteSchema.optional(),
  tags: TagsSchema.optional(),
  status: StatusSchema.optional(),
});
export type SaveToShortlistRequest = z.input<typeof SaveToShortlistSchema>;

export const UpdateShortlistEntrySchema = z.strictObject({
  id: Id,
  note: NoteSchema.optional(),
  tags: TagsSchema.optional(),
  status: StatusSchema.optional(),
});
export type UpdateShortlistEntryRequest = z.input<typeof UpdateShortlistEntrySchema>;

export const IdRequestSchema = z.strictObject({ id: Id });
export const CreateShortlistSchema = z.strictObject({ name: ShortlistNameSchema });
export const RenameShortlistSchema = z.strictObject({ id: Id, name: ShortlistNameSchema });

export interface ShortlistSummary {
  id: string;
  name: string;
  entries: number;
  /** When the request named a profile: that profile's entry in this list, if it is on it. */
  entry?: Pick<ShortlistEntryRecord, 'note' | 'tags' | 'status'>;
}

/** `profileId`: also say which lists already hold this creator (the popup's "Already in"). */
export const ListShortlistsSchema = z.strictObject({ profileId: ProfileIdSchema.optional() });

/** Two lists with one name cannot be told apart in the picker, the popup or an export file. */
export function sameListName(a: string, b: string): boolean {
  return a.trim().localeCompare(b.trim(), undefined, { sensitivity: 'accent' }) === 0;
}

export type ShortlistEntry = ShortlistEntryRecord;

/** One shortlist entry per (shortlist, profile): saving the same creator twice updates it. */
export function entryIdOf(shortlistId: string, profileId: string): string {
  return `${shortlistId}|${profileId}`;
}

/** Messages without arguments arrive as undefined (or {} from some callers). */
export const EmptyRequestSchema = z.strictObject({});

export const GetShortlistSchema = z.strictObject({ id: Id });
export const ExportShortlistSchema = z.strictObject({ id: Id, format: z.enum(['csv', 'json']) });
export const ImportShortlistsSchema = z.strictObject({ text: z.string().max(5_000_000) });

export interface ExportedFile {
  filename: string;
  mime: string;
  text: string;
}
