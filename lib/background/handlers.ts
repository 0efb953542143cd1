/**
 * The background's message handlers, free of browser globals so tests drive them with
 * fake-indexeddb and plain sender objects. entrypoints/background.ts only wires them up.
 */
import { CaptureBatchSchema } from '../capture/batch-schema';
import type { PersonaLensDB } from '../db/database';
import { ingestBatch, type IngestOptions } from '../db/ingest';
import { describeStorageFailure } from '../db/storage-errors';
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
        const failure = describeStorageFailure(error);
        deps.log('error', `[persona-lens] ${failure.message} ${String(error)}`);
        return { ok: false, error: failure.message, retry: failure.retry };
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
