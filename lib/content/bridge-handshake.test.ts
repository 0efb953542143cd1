/**
 * The start-up exchange of the bridge's private event name, in both orders the two
 * document_start scripts can run in, and what a page script can do after it.
 */
import { describe, expect, it } from 'vitest';
import { announceBridgeChannel, bridgeChannel, HELLO_FROM_BRIDGE, HELLO_FROM_CONTENT, receiveBridgeChannel } from './bridge-handshake';

/** A window as far as the exchange uses one: events, crypto, timers. */
function fakeWindow() {
  const target = new EventTarget();
  return Object.assign(target, { crypto: globalThis.crypto, CustomEvent, setTimeout: () => 0 }) as unknown as Window & typeof globalThis;
}

describe('bridge channel exchange', () => {
  it.each([['the isolated world first'], ['the bridge first']])('agrees on the name when %s runs', (order) => {
    const win = fakeWindow();
    let name: string;
    if (order === 'the isolated world first') {
      receiveBridgeChannel(win);
      name = announceBridgeChannel(win);
    } else {
      name = announceBridgeChannel(win);
      receiveBridgeChannel(win);
    }
    expect(name).toMatch(/^pl-[0-9a-f-]{36}$/);
    expect(bridgeChannel()).toBe(name);

    // Afterwards a page script's hello makes the bridge announce nothing.
    const heard: unknown[] = [];
    win.addEventListener(HELLO_FROM_BRIDGE, (e) => heard.push((e as CustomEvent).detail));
    win.dispatchEvent(new CustomEvent(HELLO_FROM_CONTENT));
    expect(heard).toEqual([]);
  });

  it('takes no name a page script announces once the exchange is done', () => {
    const win = fakeWindow();
    receiveBridgeChannel(win);
    const name = announceBridgeChannel(win);
    win.dispatchEvent(new CustomEvent(HELLO_FROM_BRIDGE, { detail: 'pl-00000000-0000-0000-0000-000000000000' }));
    expect(bridgeChannel()).toBe(name);
  });
});
