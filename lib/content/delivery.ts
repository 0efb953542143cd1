/**
 * Delivery of captures from a content script to the background, surviving the background.
 *
 * An MV3 service worker can be stopped at any moment; a batch in flight then fails with
 * "message channel closed" and, without this, was gone until the user reloaded the page. So
 * each batch is kept here until the background acknowledges it, and sent again after a
 * backoff when the send fails or the background answers "try again" (storage full, database
 * closed). Sending again is safe: ingest is idempotent (a batch stored whose answer was lost
 * adds nothing the second time).
 *
 * Batches go one at a time, in the order the page produced them: the embedded state that
 * names a post's owner is stored before the API responses with the post's comments, so a
 * retried owner batch still comes first.
 *
 * Bounded: at most `maxQueued` batches wait (a newer one is dropped with a log when full) and
 * each is tried `maxAttempts` times before it is dropped with a log.
 */
import type { CaptureBatch } from '../capture/batch';
import type { CaptureAck } from '../messaging/protocol';

export type DeliveryOutcome = 'stored' | 'refused' | 'dropped';

export interface DeliveryOptions {
  send(batch: CaptureBatch): Promise<CaptureAck>;
  log(message: string): void;
  /** Each failed attempt that will be retried (quieter than log: nothing is lost yet). */
  note?(message: string): void;
  wait(ms: number): Promise<void>;
  maxQueued?: number;
  maxAttempts?: number;
  /** Pause before attempt `attempt` (2, 3, …). */
  backoffMs?(attempt: number): number;
}

export const DEFAULT_MAX_QUEUED = 20;
export const DEFAULT_MAX_ATTEMPTS = 12;

/** 250 ms, 500 ms, 1 s, … up to 30 s: about two and a half minutes over twelve attempts, long enough for a user to free some disk space. */
export function defaultBackoffMs(attempt: number): number {
  return Math.min(30_000, 250 * 2 ** (attempt - 2));
}

/** After the extension is reloaded or removed, this script can never reach a background again. */
function isPermanentSendError(error: unknown): boolean {
  return /context invalidated/i.test(error instanceof Error ? error.message : String(error));
}

interface Pending {
  batch: CaptureBatch;
  resolve(outcome: DeliveryOutcome): void;
}

export function createDelivery(options: DeliveryOptions) {
  const maxQueued = options.maxQueued ?? DEFAULT_MAX_QUEUED;
  const maxAttempts = options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
  const backoff = options.backoffMs ?? defaultBackoffMs;
  const queue: Pending[] = [];
  let draining = false;

  async function deliverOne(batch: CaptureBatch): Promise<DeliveryOutcome> {
    let lastReason = '';
    for (let attempt = 1; attempt <= maxAttempts; attempt++) {
      if (attempt > 1) await options.wait(backoff(attempt));
      try {
        const ack = await options.send(batch);
        if (ack.ok) return 'stored';
        lastReason = ack.error ?? 'unknown reason';
        if (!ack.retry) {
          options.log(`capture not stored: ${lastReason}`);
          return 'refused';
        }
      } catch (error) {
        lastReason = error instanceof Error ? error.message : String(error);
        if (isPermanentSendError(error)) break;
      }
      if (attempt < maxAttempts) options.note?.(`capture attempt ${attempt} of ${maxAttempts} failed, will retry: ${lastReason}`);
    }
    options.log(`capture dropped after ${maxAttempts} attempts (${batch.comments.length} comments): ${lastReason}`);
    return 'dropped';
  }

  async function drain(): Promise<void> {
    if (draining) return;
    draining = true;
    try {
      for (let next = queue[0]; next; next = queue[0]) {
        next.resolve(await deliverOne(next.batch));
        queue.shift();
      }
    } finally {
      draining = false;
    }
  }

  return {
    /** Resolves once the batch is stored, refused for good, or dropped; never rejects. */
    deliver(batch: CaptureBatch): Promise<DeliveryOutcome> {
      if (queue.length >= maxQueued) {
        options.log(`capture dropped: ${maxQueued} captures are already waiting for the background (${batch.comments.length} comments)`);
        return Promise.resolve('dropped');
      }
      return new Promise<DeliveryOutcome>((resolve) => {
        queue.push({ batch, resolve });
        void drain();
      });
    },
    /** Batches waiting, the one being sent included. */
    pending(): number {
      return queue.length;
    },
  };
}

export type Delivery = ReturnType<typeof createDelivery>;
