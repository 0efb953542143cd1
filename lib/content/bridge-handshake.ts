/**
 * How the page bridge (MAIN world) and our content scripts (isolated world) agree on a private
 * channel. Both run at document_start, before any script of the page: events dispatched then
 * cannot be seen by the page, because it has no listener yet. The bridge picks a random event
 * name for the page's lifetime and tells the isolated world once; afterwards each hand-off is a
 * CustomEvent of that name on window. A page script cannot listen for a name it does not know
 * (DOM events have no wildcard listener) nor forge one, unlike the tagged window.postMessage
 * this replaces, which every page listener received and any page script could imitate.
 *
 * Chrome does not promise which of the two document_start scripts runs first, so each side
 * says hello and listens for the other, and the isolated side acknowledges the name with a
 * second hello: in either order both listeners are gone before start-up ends, so a page script
 * that fires a hello later gets nothing.
 */
export const HELLO_FROM_BRIDGE = 'persona-lens:bridge-hello';
export const HELLO_FROM_CONTENT = 'persona-lens:content-hello';

/** Where the isolated world keeps the name (its globals are invisible to the page). */
const KEY = Symbol.for('persona-lens:bridge-event');

/** MAIN world, document_start: returns the private event name, announced to the isolated world. */
export function announceBridgeChannel(win: Window & typeof globalThis): string {
  const name = `pl-${win.crypto.randomUUID()}`;
  const Event = win.CustomEvent;
  const announce = () => win.dispatchEvent(new Event(HELLO_FROM_BRIDGE, { detail: name }));
  const onContentHello = () => {
    win.removeEventListener(HELLO_FROM_CONTENT, onContentHello);
    announce();
  };
  win.addEventListener(HELLO_FROM_CONTENT, onContentHello);
  announce();
  // A safety net for a page where the isolated side never ran.
  win.setTimeout(() => win.removeEventListener(HELLO_FROM_CONTENT, onContentHello), 0);
  return name;
}

/** Isolated world, document_start: learns the bridge's event name. */
export function receiveBridgeChannel(win: Window): void {
  const onBridgeHello = (event: Event) => {
    const name = (event as CustomEvent<unknown>).detail;
    if (typeof name !== 'string' || !/^pl-[0-9a-f-]{36}$/.test(name)) return;
    win.removeEventListener(HELLO_FROM_BRIDGE, onBridgeHello);
    (globalThis as Record<symbol, unknown>)[KEY] = name;
    // The acknowledgement: takes the bridge's listener away if it still waits.
    win.dispatchEvent(new CustomEvent(HELLO_FROM_CONTENT));
  };
  win.addEventListener(HELLO_FROM_BRIDGE, onBridgeHello);
  win.dispatchEvent(new CustomEvent(HELLO_FROM_CONTENT));
  win.setTimeout(() => win.removeEventListener(HELLO_FROM_BRIDGE, onBridgeHello), 0);
}

/** Isolated world, later: the name the bridge hands over on, if the exchange happened. */
export function bridgeChannel(): string | undefined {
  const name = (globalThis as Record<symbol, unknown>)[KEY];
  return typeof name === 'string' ? name : undefined;
}
