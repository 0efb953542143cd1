import { describe, expect, it } from 'vitest';
import { emptyBatch, type CaptureBatch } from '../capture/batch';
import type { CaptureAck } from '../messaging/protocol';
import { createDelivery, defaultBackoffMs, type DeliveryOptions } from './delivery';

function batch(name: string): CaptureBatch {
  return { ...emptyBatch('youtube', `https://www.youtube.com/watch?v=${name}`, 1_764_000_000_000) };
}

/** A background that answers each send from a script: an ack, or a thrown error (the worker died). */
function scripted(answers: (CaptureAck | Error)[]) {
  const sent: string[] = [];
  const waits: number[] = [];
  const logs: string[] = [];
  const options: DeliveryOptions = {
    async send(b) {
      sent.push(b.sourceUrl.split('=')[1]!);
      const next = answers.shift() ?? { ok: true };
      if (next instanceof Error) throw next;
      return next;
    },
    log: (m) => logs.push(m),
    wait: async (ms) => {
      waits.push(ms);
    },
  };
  return { options, sent, waits, logs };
}

const closed = () => new Error('A listener indicated an asynchronous response by returning true, but the message channel closed before a response was received');

describe('createDelivery', () => {
  it.each<[string, (CaptureAck | Error)[], string, number]>([
    ['stored on the first try', [{ ok: true }], 'stored', 1],
    ['the worker dies twice, then stores it', [closed(), closed(), { ok: true }], 'stored', 3],
    ['storage full (retry), then stored', [{ ok: false, error: 'full', retry: true }, { ok: true }], 'stored', 2],
    ['refused for good (invalid capture): no retry', [{ ok: false, error: 'invalid capture' }], 'refused', 1],
    ['the extension was reloaded: no retry', [new Error('Extension context invalidated.')], 'dropped', 1],
    ['never answered within the attempts', Array.from({ length: 10 }, closed), 'dropped', 4],
  ])('%s', async (_label, answers, outcome, sends) => {
    const { options, sent, logs } = scripted(answers);
    const delivery = createDelivery({ ...options, maxAttempts: 4 });
    expect(await delivery.deliver(batch('a'))).toBe(outcome);
    expect(sent).toHaveLength(sends);
    // Every batch not stored leaves one line in the page's console, saying why.
    expect(logs).toHaveLength(outcome === 'stored' ? 0 : 1);
    expect(delivery.pending()).toBe(0);
  });

  it('waits longer before each attempt', async () => {
    const { options, waits } = scripted([closed(), closed(), closed(), { ok: true }]);
    await createDelivery(options).deliver(batch('a'));
    expect(waits).toEqual([250, 500, 1_000]);
    expect(defaultBackoffMs(20)).toBe(30_000);
  });

  it('sends batches one at a time, in order, a failed one before the next', async () => {
    const { options, sent } = scripted([closed(), { ok: true }, { ok: true }, closed(), { ok: true }]);
    const delivery = createDelivery(options);
    const outcomes = await Promise.all(['owner', 'comments1', 'comments2'].map((n) => delivery.deliver(batch(n))));
    expect(outcomes).toEqual(['stored', 'stored', 'stored']);
    expect(sent).toEqual(['owner', 'owner', 'comments1', 'comments2', 'comments2']);
  });

  it('keeps at most maxQueued batches and drops a newer one with a log', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const logs: string[] = [];
    const delivery = createDelivery({
      send: async () => {
        await gate;
        return { ok: true };
      },
      log: (m) => logs.push(m),
      wait: async () => undefined,
      maxQueued: 2,
    });
    const first = delivery.deliver(batch('1'));
    const second = delivery.deliver(batch('2'));
    expect(await delivery.deliver(batch('3'))).toBe('dropped');
    expect(logs).toEqual([expect.stringMatching(/2 captures are already waiting/)]);
    expect(delivery.pending()).toBe(2);
    release();
    expect(await Promise.all([first, second])).toEqual(['stored', 'stored']);
    // Room again once the queue drained.
    expect(await delivery.deliver(batch('4'))).toBe('stored');
  });
});
