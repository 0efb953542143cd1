/**
 * The background's message handlers, free of browser globals so tests drive them with
 * fake-indexeddb and plain sender objects. entrypoints/background.ts only wires them up.
 */
import { CaptureBatchSchema } from '../capture/batch-schema';
import type { PersonaLensDB } from '../db/database';
import { ingestBatch, type IngestOptions } from '../db/ingest';
import type { CaptureAck } from '../messaging/protocol';
import { checkContentScriptSender, checkExtensionPageSender, type SelfInfo, type SenderInfo } from '../messaging/sender';
import { platformOfUrl } from '../report/page-address';
import { loadReport, type PageReport } from '../report/report';
import { z } from 'zod';

export interface BackgroundDeps {
  db: PersonaLensDB;
  self: SelfInfo;
  memberKey: IngestOptions['memberKey'];
  traitsFor?: IngestOptions['traitsFor'];
  retentionMs?(): Promise<number>;
  /** Tells open extension pages that these profiles changed. */
  notify(profileIds: string[]): void;
  log(level: 'warn' | 'error', message: string): void;
}

export interface Rejection {
  type: string;
  reason: string;
  at: number;
}

const ReportRequestSchema = z.strictObject({ url: z.string().max(4096).nullable() });

/** A storage error the user can act on, in words, instead of a DOMException name. */
export function describeStorageError(error: unknown): string {
  const name = error instanceof Error ? error.name : '';
  const inner = (error as { inner?: { name?: string } } | null)?.inner?.name ?? '';
  if (name === 'QuotaExceededError' || inner === 'QuotaExceededError') {
    return 'Browser storage is full: nothing from this page was saved. Free space (Dashboard → Data & privacy → shorten retention or forget profiles) and reload the page.';
  }
  return `Could not save this capture (${name || 'unknown error'}); nothing was saved. Reload the page to try again.`;
}

export function createHandlers(deps: BackgroundDeps) {
  const rejections: Rejection[] = [];
  const reject = (type: string, reason: string) => {
    rejections.push({ type, reason, at: Date.now() });
    if (rejections.length > 100) rejections.shift();
    deps.log('warn', `[persona-lens] rejected ${type}: ${reason}`);
  };

  return {
    rejections,

    async capture(data: unknown, sender: SenderInfo): Promise<CaptureAck> {
      const who = checkContentScriptSender(sender, deps.self);
      if (!who.ok) {
        reject('capture', who.reason);
        return { ok: false, error: 'rejected' };
      }
      const parsed = CaptureBatchSchema.safeParse(data);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        reject('capture', `schema: ${issue?.path.join('.') ?? ''} ${issue?.message ?? ''}`.slice(0, 300));
        return { ok: false, error: 'invalid capture' };
      }
      const batch = parsed.data;
      // A content script speaks only for the platform it runs on and the page it is in.
      if (batch.platform !== who.platform || platformOfUrl(batch.sourceUrl) !== who.platform) {
        reject('capture', `platform mismatch: ${batch.platform} from a ${who.platform} page`);
        return { ok: false, error: 'rejected' };
      }
      try {
        const result = await ingestBatch(deps.db, batch, {
          memberKey: deps.memberKey,
          traitsFor: deps.traitsFor,
          retentionMs: deps.retentionMs ? await deps.retentionMs() : undefined,
        });
        deps.notify(result.profileIds);
        return { ok: true, commentsAdded: result.commentsAdded, postsAdded: result.postsAdded };
      } catch (error) {
        const message = describeStorageError(error);
        deps.log('error', `[persona-lens] ${message} ${String(error)}`);
        return { ok: false, error: message };
      }
    },

    async getReport(data: unknown, sender: SenderInfo): Promise<PageReport> {
      const who = checkExtensionPageSender(sender, deps.self);
      if (!who.ok) {
        reject('getReport', who.reason);
        throw new Error('rejected');
      }
      const parsed = ReportRequestSchema.safeParse(data);
      if (!parsed.success) {
        reject('getReport', 'schema');
        throw new Error('invalid request');
      }
      return loadReport(deps.db, parsed.data.url);
    },
  };
}
