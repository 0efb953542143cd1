/**
 * Runs in the page's own JavaScript world (MAIN), before the page's scripts, and watches the
 * platform's own API responses as the page receives them: it never sends a request itself.
 * Matching responses are handed to our isolated content script on a private event channel
 * (bridge-handshake.ts).
 *
 * It must be invisible to the page: the original fetch and XHR behave exactly as before, the
 * response the page gets is untouched (we read a clone), and any error of ours is swallowed.
 */
import { announceBridgeChannel } from './bridge-handshake';
import { BRIDGE_SOURCE, looksLikePlatformApi, MAX_BRIDGE_BODY, type BridgeMessage } from './bridge-message';

/** Hands one response to the isolated world on the private channel (bridge-handshake.ts). */
type HandOver = (url: string, body: string) => void;

function channel(win: Window & typeof globalThis): HandOver {
  const name = announceBridgeChannel(win);
  // Taken now, before the page's scripts could replace them.
  const Event = win.CustomEvent;
  const dispatch = win.dispatchEvent.bind(win);
  const stringify = win.JSON.stringify;
  return (url, body) => {
    if (!body || body.length > MAX_BRIDGE_BODY) return;
    const message: BridgeMessage = { source: BRIDGE_SOURCE, url, body };
    // A string, because an object in an event's detail does not cross into the isolated world.
    dispatch(new Event(name, { detail: stringify(message) }));
  };
}

function absolute(win: Window, url: string): string {
  try {
    return new URL(url, win.location.href).href;
  } catch {
    return '';
  }
}

/**
 * Makes a replacement look like the function it replaces: same name and length, and the
 * original's source from Function.prototype.toString (which pages call to spot wrappers),
 * the patched toString itself included. Without this `fetch.toString()` showed our code.
 */
function disguise(win: Window & typeof globalThis): <F extends object>(replacement: F, original: object) => F {
  const sources = new WeakMap<object, object>();
  const fnProto = win.Function.prototype;
  const nativeToString = fnProto.toString;
  const toString = {
    toString(this: unknown) {
      const shown = typeof this === 'function' || (typeof this === 'object' && this !== null) ? (sources.get(this) ?? this) : this;
      return nativeToString.call(shown);
    },
  }.toString;
  sources.set(toString, nativeToString);
  Object.defineProperty(toString, 'name', { value: 'toString' });
  Object.defineProperty(fnProto, 'toString', { value: toString, writable: true, configurable: true, enumerable: false });
  return (replacement, original) => {
    sources.set(replacement, original);
    for (const key of ['name', 'length'] as const) {
      Object.defineProperty(replacement, key, { value: (original as Record<string, unknown>)[key], configurable: true });
    }
    return replacement;
  };
}

export function installPageBridge(win: Window & typeof globalThis): void {
  const handOver = channel(win);
  const like = disguise(win);
  const originalFetch = win.fetch;
  if (typeof originalFetch === 'function') {
    win.fetch = like(function fetch(this: unknown, ...args: Parameters<typeof originalFetch>) {
      const pending = originalFetch.apply(this, args);
      try {
        const input = args[0];
        const url = absolute(win, typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
        if (url && looksLikePlatformApi(url)) {
          pending
            .then((response) => {
              const type = response.headers.get('content-type') ?? '';
              if (!response.ok || !/json|javascript|text\/plain/.test(type)) return;
              return response
                .clone()
                .text()
                .then((body) => handOver(url, body));
            })
            .catch(() => undefined);
        }
      } catch {
        // Never let our observation change what the page sees.
      }
      return pending;
    } as typeof originalFetch, originalFetch);
  }

  const proto = win.XMLHttpRequest?.prototype;
  if (proto) {
    const urls = new WeakMap<XMLHttpRequest, string>();
    const originalOpen = proto.open;
    proto.open = like(function open(this: XMLHttpRequest, ...args: unknown[]) {
      try {
        const url = absolute(win, String(args[1]));
        if (url && looksLikePlatformApi(url)) {
          urls.set(this, url);
          this.addEventListener('load', () => {
            try {
              if (this.status < 200 || this.status >= 300) return;
              const body =
                this.responseType === '' || this.responseType === 'text'
                  ? this.responseText
                  : this.responseType === 'json'
                    ? JSON.stringify(this.response)
                    : '';
              handOver(urls.get(this) ?? url, body);
            } catch {
              // as above
            }
          });
        }
      } catch {
        // as above
      }
      return (originalOpen as (...a: unknown[]) => void).apply(this, args);
    } as typeof proto.open, originalOpen);
  }
}
