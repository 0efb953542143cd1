/**
 * Background handlers for shortlists and target personas. Only our own pages (popup,
 * dashboard) may call them; every payload is parsed by its schema before the database is
 * touched, and every multi-record change runs in one Dexie transaction. Free of browser
 * globals so tests drive them with fake-indexeddb and plain sender objects.
 */
import type { PersonaLensDB } from '../db/database';
import type { RoutedMessage } from '../messaging/routes';
import type { SelfInfo, SenderInfo } from '../messaging/sender';
import { createGate, type Gate } from './gate';
import type { TargetPersona } from '../personas/types';
import { demographicShares, ownPersonas, parseAnalytics } from '../shortlists/analytics';
import { mergeDemographics } from '../shortlists/analytics/merge';
import { readStoredRejections } from '../shortlists/analytics/demographics';
import { exportFilename, shortlistToCsv } from '../shortlists/csv-export';
import { planImport, shortlistsToJson, type ImportReport } from '../shortlists/json-format';
import {
  analyticsKey,
  OWN_PROFILE_KEY,
  type AnalyticsSummary,
  type MyAudience,
  type StoredAnalytics,
} from '../shortlists/my-audience';
import type { ShortlistView } from '../shortlists/rows';
import { loadShortlistView, loadTargetPersonas } from './shortlist-view';
import {
  type ExportedFile,
  entryIdOf,
  MAX_TAGS,
  sameListName,
  type ShortlistEntry,
  type ShortlistSummary,
} from '../shortlists/messages';
import { Refusal } from '../messaging/refusals';

export const DUPLICATE_NAME = 'duplicate-list-name';

/** Tags already on an entry stay, in their order; new ones follow (case-insensitively unique, at most MAX_TAGS). */
function mergeTags(kept: readonly string[], added: readonly string[]): string[] {
  const seen = new Set(kept.map((t) => t.toLowerCase()));
  const merged = [...kept];
  for (const tag of added) {
    if (seen.has(tag.toLowerCase())) continue;
    seen.add(tag.toLowerCase());
    merged.push(tag);
  }
  return merged.slice(0, MAX_TAGS);
}

export interface ShortlistHandlerDeps {
  db: PersonaLensDB;
  self: SelfInfo;
  /** Tells open extension pages that these profiles changed. */
  notify(profileIds: string[]): void;
  log(level: 'warn' | 'error', message: string): void;
  now?(): number;
  newId?(): string;
  gate?: Gate;
}

export function createShortlistHandlers(deps: ShortlistHandlerDeps) {
  const now = deps.now ?? Date.now;
  const newId = deps.newId ?? (() => crypto.randomUUID());
  const gate = deps.gate ?? createGate({ ...deps, now });
  const rejections = gate.rejections;
  const accept = <T extends RoutedMessage>(type: T, data: unknown, sender: SenderInfo) => gate.accept(type, data, sender).data;

  const { db } = deps;

  const summary = (stored: StoredAnalytics): AnalyticsSummary => ({
    ...stored,
    // Rows stored by older builds say why in English words: read as codes.
    rejected: readStoredRejections(stored.rejected),
    personas: ownPersonas(stored.demographics),
    shares: demographicShares(stored.demographics),
  });

  async function view(id: string): Promise<ShortlistView> {
    const list = await db.shortlists.get(id);
    if (!list) throw new Refusal('shortlist-not-found');
    return loadShortlistView(db, list);
  }

  return {
    rejections,

    async listShortlists(data: unknown, sender: SenderInfo): Promise<ShortlistSummary[]> {
      const profileId = accept('listShortlists', data, sender)?.profileId;
      return db.transaction('r', db.shortlists, db.shortlistEntries, async () => {
        const lists = await db.shortlists.toArray();
        const counts = await Promise.all(lists.map((l) => db.shortlistEntries.where('shortlistId').equals(l.id).count()));
        const held = profileId ? await db.shortlistEntries.bulkGet(lists.map((l) => entryIdOf(l.id, profileId))) : [];
        return lists
          .map((l, i) => {
            const found = held[i];
            const entry = found ? { note: found.note, tags: found.tags, status: found.status } : undefined;
            return { id: l.id, name: l.name, entries: counts[i] ?? 0, createdAt: l.createdAt, ...(entry ? { entry } : {}) };
          })
          .sort((a, b) => a.createdAt - b.createdAt)
          .map(({ createdAt: _, ...summary }) => summary);
      });
    },

    async createShortlist(data: unknown, sender: SenderInfo): Promise<{ id: string; name: string }> {
      const { name } = accept('createShortlist', data, sender);
      const at = now();
      const record = { id: newId(), name, createdAt: at, updatedAt: at };
      await db.transaction('rw', db.shortlists, async () => {
        if ((await db.shortlists.toArray()).some((l) => sameListName(l.name, name))) throw new Refusal(DUPLICATE_NAME);
        await db.shortlists.add(record);
      });
      return { id: record.id, name };
    },

    async renameShortlist(data: unknown, sender: SenderInfo): Promise<{ id: string; name: string }> {
      const { id, name } = accept('renameShortlist', data, sender);
      await db.transaction('rw', db.shortlists, async () => {
        const all = await db.shortlists.toArray();
        if (!all.some((l) => l.id === id)) throw new Refusal('shortlist-not-found');
        if (all.some((l) => l.id !== id && sameListName(l.name, name))) throw new Refusal(DUPLICATE_NAME);
        await db.shortlists.update(id, { name, updatedAt: now() });
      });
      return { id, name };
    },

    async deleteShortlist(data: unknown, sender: SenderInfo): Promise<{ deleted: number }> {
      const { id } = accept('deleteShortlist', data, sender);
      // The list and its entries go together: a half-deleted list would leave orphans.
      return db.transaction('rw', db.shortlists, db.shortlistEntries, async () => {
        const entries = await db.shortlistEntries.where('shortlistId').equals(id).delete();
        await db.shortlists.delete(id);
        return { deleted: entries };
      });
    },

    /** The popup's "Save to shortlist": saving the same creator to the same list again updates the entry. */
    async saveToShortlist(data: unknown, sender: SenderInfo): Promise<ShortlistEntry> {
      const request = accept('saveToShortlist', data, sender);
      const entry = await db.transaction('rw', db.shortlists, db.shortlistEntries, db.profiles, async () => {
        if (!(await db.shortlists.get(request.shortlistId))) throw new Refusal('shortlist-not-found');
        if (!(await db.profiles.get(request.profileId))) throw new Refusal('profile-not-captured');
        const id = entryIdOf(request.shortlistId, request.profileId);
        const existing = await db.shortlistEntries.get(id);
        const at = now();
        const record: ShortlistEntry = {
          id,
          shortlistId: request.shortlistId,
          profileId: request.profileId,
          note: request.note ?? existing?.note ?? '',
          tags: mergeTags(existing?.tags ?? [], request.tags ?? []),
          status: request.status ?? existing?.status ?? 'candidate',
          addedAt: existing?.addedAt ?? at,
          updatedAt: at,
        };
        await db.shortlistEntries.put(record);
        await db.shortlists.update(request.shortlistId, { updatedAt: at });
        return record;
      });
      deps.notify([entry.profileId]);
      return entry;
    },

    async updateShortlistEntry(data: unknown, sender: SenderInfo): Promise<ShortlistEntry> {
      const { id, ...changes } = accept('updateShortlistEntry', data, sender);
      const entry = await db.transaction('rw', db.shortlistEntries, async () => {
        const existing = await db.shortlistEntries.get(id);
        if (!existing) throw new Refusal('entry-not-found');
        const record: ShortlistEntry = {
          ...existing,
          ...(changes.note !== undefined ? { note: changes.note } : {}),
          ...(changes.tags !== undefined ? { tags: changes.tags } : {}),
          ...(changes.status !== undefined ? { status: changes.status } : {}),
          updatedAt: now(),
        };
        await db.shortlistEntries.put(record);
        return record;
      });
      deps.notify([entry.profileId]);
      return entry;
    },

    async removeShortlistEntry(data: unknown, sender: SenderInfo): Promise<{ removed: boolean }> {
      const { id } = accept('removeShortlistEntry', data, sender);
      const existing = await db.shortlistEntries.get(id);
      if (!existing) return { removed: false };
      await db.shortlistEntries.delete(id);
      deps.notify([existing.profileId]);
      return { removed: true };
    },

    async listTargetPersonas(data: unknown, sender: SenderInfo): Promise<TargetPersona[]> {
      accept('listTargetPersonas', data, sender);
      // Nothing is seeded: presets are offered by the editor and stored only when saved.
      return loadTargetPersonas(db);
    },

    async saveTargetPersona(data: unknown, sender: SenderInfo): Promise<TargetPersona> {
      const persona = accept('saveTargetPersona', data, sender) as TargetPersona;
      const at = now();
      await db.transaction('rw', db.targetPersonas, async () => {
        const existing = await db.targetPersonas.get(persona.id);
        await db.targetPersonas.put({ id: persona.id, name: persona.name, definition: persona, createdAt: existing?.createdAt ?? at, updatedAt: at });
      });
      deps.notify([]);
      return persona;
    },

    async deleteTargetPersona(data: unknown, sender: SenderInfo): Promise<{ deleted: boolean }> {
      const { id } = accept('deleteTargetPersona', data, sender);
      const existed = (await db.targetPersonas.get(id)) !== undefined;
      await db.targetPersonas.delete(id);
      deps.notify([]);
      return { deleted: existed };
    },

    async getShortlist(data: unknown, sender: SenderInfo): Promise<ShortlistView> {
      const { id } = accept('getShortlist', data, sender);
      return view(id);
    },

    async exportShortlist(data: unknown, sender: SenderInfo): Promise<ExportedFile> {
      const { id, format } = accept('exportShortlist', data, sender);
      const v = await view(id);
      const at = now();
      return format === 'csv'
        ? { filename: exportFilename(v.shortlist.name, at, 'csv'), mime: 'text/csv;charset=utf-8', text: shortlistToCsv(v) }
        : { filename: exportFilename(v.shortlist.name, at, 'json'), mime: 'application/json', text: shortlistsToJson([v], at) };
    },

    async importShortlists(data: unknown, sender: SenderInfo): Promise<ImportReport> {
      const { text } = accept('importShortlists', data, sender);
      // Plan and write in one transaction, so a list edited meanwhile cannot be overwritten blind.
      const plan = await db.transaction('rw', db.shortlists, db.shortlistEntries, async () => {
        const [lists, entries] = await Promise.all([db.shortlists.toArray(), db.shortlistEntries.toArray()]);
        const p = planImport(text, { lists, entries }, now(), newId);
        await db.shortlists.bulkPut(p.lists);
        await db.shortlistEntries.bulkPut(p.entries);
        return p;
      });
      if (plan.entries.length) deps.notify([...new Set(plan.entries.map((e) => e.profileId))]);
      return plan.report;
    },

    async setOwnProfile(data: unknown, sender: SenderInfo): Promise<{ profileId: string | null }> {
      const { profileId } = accept('setOwnProfile', data, sender);
      if (profileId === null) {
        await db.settings.delete(OWN_PROFILE_KEY);
        return { profileId };
      }
      if (!(await db.profiles.get(profileId))) throw new Refusal('profile-not-captured');
      await db.settings.put({ key: OWN_PROFILE_KEY, value: profileId });
      return { profileId };
    },

    async getMyAudience(data: unknown, sender: SenderInfo): Promise<MyAudience> {
      accept('getMyAudience', data, sender);
      const own = (await db.settings.get(OWN_PROFILE_KEY))?.value;
      const ownProfileId = typeof own === 'string' ? own : null;
      if (!ownProfileId) return { ownProfileId: null, profile: null, analytics: null };
      const [profile, stored] = await Promise.all([db.profiles.get(ownProfileId), db.settings.get(analyticsKey(ownProfileId))]);
      return {
        ownProfileId,
        profile: profile
          ? { id: profile.id, platform: profile.platform, handle: profile.handle, displayName: profile.displayName ?? null, followers: profile.followers ?? null }
          : null,
        analytics: stored ? summary(stored.value as StoredAnalytics) : null,
      };
    },

    async importAnalytics(data: unknown, sender: SenderInfo): Promise<AnalyticsSummary> {
      const { profileId, kind, text } = accept('importAnalytics', data, sender);
      if ((await db.settings.get(OWN_PROFILE_KEY))?.value !== profileId) throw new Refusal('not-own-profile');
      const { demographics, rejected } = parseAnalytics(kind, text);
      if (demographics.rows === 0) {
        // An export with nothing usable keeps the previous import rather than erasing it.
        return summary({ kind, importedAt: now(), demographics, rejected });
      }
      // Imports add up per table: age, then gender, then geography, each from its own file.
      return db.transaction('rw', db.settings, async () => {
        const previous = (await db.settings.get(analyticsKey(profileId)))?.value as StoredAnalytics | undefined;
        const stored: StoredAnalytics = { kind, importedAt: now(), demographics: mergeDemographics(previous?.demographics ?? null, demographics), rejected };
        await db.settings.put({ key: analyticsKey(profileId), value: stored });
        return summary(stored);
      });
    },
  };
}
