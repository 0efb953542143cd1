/**
 * The background's message handlers, free of browser globals so tests drive them with
 * fake-indexeddb and plain sender objects. entrypoints/background.ts only wires them up.
 */
import type { CaptureBatch } from '../capture/batch';
import { pageScopeOf } from '../capture/page-scope';
import type { PersonaLensDB } from '../db/database';
import { ingestBatch, type IngestOptions } from '../db/ingest';
import { describeStorageFailure } from '../db/storage-errors';
import type { CaptureAck } from '../messaging/protocol';
import type { SelfInfo, SenderInfo } from '../messaging/sender';
import { platformOfUrl } from '../report/page-address';
import { loadReport, type PageReport } from '../report/report';
import { createGate, Rejected, type Gate } from './gate';
import { TabAddresses } from './tab-addresses';
import { TabRateLimit } from './tab-rate-limit';

export interface BackgroundDeps {
  db: PersonaLensDB;
  self: SelfInfo;
  memberKey: IngestOptions['memberKey'];
  traitsFor?: IngestOptions['traitsFor'];
  retentionMs?(): Promise<number>;
  /** Tells open extension pages that these profiles changed. */
  notify(profileIds: string[]): void;
  log(level: 'warn' | 'error', message: string): void;
  /** The one accept / reject / log path; each handler set makes its own when none is shared. */
  gate?: Gate;
  /** Per-tab budgets (tests pass their own clock and limits). */
  rateLimit?: TabRateLimit;
  now?(): number;
}

export type { Rejection } from './gate';

/** Why a batch speaks for more than its own platform, or null when every record is on it. */
function offPlatform(batch: CaptureBatch): string | null {
  const other = [...batch.profiles, ...batch.posts, ...batch.comments].find((r) => r.platform !== batch.platform);
  return other ? `a ${other.platform} record in a ${batch.platform} batch` : null;
}

/** The comments of the first `budget` distinct commenters; the rest are dropped. */
function withinMemberBudget(batch: CaptureBatch, budget: number): { batch: CaptureBatch; dropped: number } {
  const handles = new Set<string>();
  const kept = batch.comments.filter((c) => {
    const h = c.authorHandle.toLowerCase();
    if (handles.has(h)) return true;
    if (handles.size >= budget) return false;
    handles.add(h);
    return true;
  });
  return { batch: kept.length === batch.comments.length ? batch : { ...batch, comments: kept }, dropped: batch.comments.length - kept.length };
}

export function createHandlers(deps: BackgroundDeps) {
  const now = deps.now ?? Date.now;
  const limit = deps.rateLimit ?? new TabRateLimit(undefined, now);
  const addresses = new TabAddresses(now);
  const gate = deps.gate ?? createGate(deps);
  const reject = gate.reject;
  const rejections = gate.rejections;

  return {
    rejections,

    async capture(data: unknown, sender: SenderInfo): Promise<CaptureAck> {
      let accepted;
      try {
        accepted = gate.accept('capture', data, sender);
      } catch (error) {
        if (error instanceof Rejected) return { ok: false, error: error.message === 'invalid-request' ? 'invalid capture' : 'rejected' };
        throw error;
      }
      const who = { platform: accepted.platform! };
      const tabId = sender.tab?.id ?? -1;
      // The frame's address as the browser reports it (Chromium keeps the document's first
      // address after history.pushState) and the tab's (which follows pushState).
      addresses.saw(tabId, sender.url ?? '');
      if (sender.tab?.url) addresses.saw(tabId, sender.tab.url);
      // A content script speaks only for the platform it runs on and the page it is in.
      const received = accepted.data;
      if (received.platform !== who.platform || platformOfUrl(received.sourceUrl) !== who.platform) {
        reject('capture', `platform mismatch: ${received.platform} from a ${who.platform} page`);
        return { ok: false, error: 'rejected' };
      }
      const foreign = offPlatform(received);
      if (foreign) {
        reject('capture', `platform mismatch: ${foreign}`);
        return { ok: false, error: 'rejected' };
      }
      if (!addresses.showed(tabId, received.sourceUrl)) {
        reject('capture', `sourceUrl is not the sender tab's page: ${received.sourceUrl.slice(0, 100)}`);
        return { ok: false, error: 'rejected' };
      }
      if (!limit.admitCapture(tabId)) {
        reject('capture', `rate: over captures per minute from tab ${tabId}`);
        return { ok: false, error: 'rejected' };
      }
      // Never undefined here (the address is on the sender's platform, checked above); a batch
      // without a scope would be believed about every record.
      const scope = pageScopeOf(received.sourceUrl)!;
      const { batch, dropped } = withinMemberBudget(received, limit.memberBudget(tabId));
      if (dropped) reject('capture', `rate: ${dropped} comments dropped, tab ${tabId} is over its new commenters per minute`);
      try {
        const result = await ingestBatch(deps.db, batch, {
          memberKey: deps.memberKey,
          traitsFor: deps.traitsFor,
          retentionMs: deps.retentionMs ? await deps.retentionMs() : undefined,
          scope,
        });
        limit.chargeMembers(tabId, result.membersAdded);
        const { profileHeaders, postOwners, comments } = result.dropped;
        if (profileHeaders + postOwners + comments) {
          reject(
            'capture',
            `scope: kept out ${profileHeaders} profile headers, ${postOwners} post owners, ${comments} comments not shown by ${batch.sourceUrl.slice(0, 100)}`,
          );
        }
        deps.notify(result.profileIds);
        return { ok: true, commentsAdded: result.commentsAdded, postsAdded: result.postsAdded };
      } catch (error) {
        const failure = describeStorageFailure(error);
        deps.log('error', `[persona-lens] capture not stored: ${failure.code} ${String(error)}`);
        return { ok: false, error: failure.code, retry: failure.retry };
      }
    },

    async getReport(data: unknown, sender: SenderInfo): Promise<PageReport> {
      const { url } = gate.accept('getReport', data, sender).data;
      return loadReport(deps.db, url);
    },
  };
}
