/**
 * Runs in the page's own JavaScript world (MAIN), before the page's scripts, and watches the
 * platform's own API responses as the page receives them: it never sends a request itself.
 * Matching responses are handed to our isolated content script by postMessage.
 *
 * It must be invisible to the page: the original fetch and XHR behave exactly as before, the
 * response the page gets is untouched (we read a clone), and any error of ours is swallowed.
 */
import { BRIDGE_SOURCE, looksLikePlatformApi, MAX_BRIDGE_BODY, type BridgeMessage } from './bridge-message';

function handOver(win: Window, url: string, body: string): void {
  if (!body || body.length > MAX_BRIDGE_BODY) return;
  const message: BridgeMessage = { source: BRIDGE_SOURCE, url, body };
  win.postMessage(message, win.location.origin);
}

function absolute(win: Window, url: string): string {
  try {
    return new URL(url, win.location.href).href;
  } catch {
    return '';
  }
}

export function installPageBridge(win: Window & typeof globalThis): void {
  const originalFetch = win.fetch;
  if (typeof originalFetch === 'function') {
    win.fetch = function patchedFetch(this: unknown, ...args: Parameters<typeof fetch>) {
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
                .then((body) => handOver(win, url, body));
            })
            .catch(() => undefined);
        }
      } catch {
        // Never let our observation change what the page sees.
      }
      return pending;
    } as typeof fetch;
  }

  const proto = win.XMLHttpRequest?.prototype;
  if (proto) {
    const urls = new WeakMap<XMLHttpRequest, string>();
    const originalOpen = proto.open;
    proto.open = function patchedOpen(this: XMLHttpRequest, ...args: unknown[]) {
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
              handOver(win, urls.get(this) ?? url, body);
            } catch {
              // as above
            }
          });
        }
      } catch {
        // as above
      }
      return (originalOpen as (...a: unknown[]) => void).apply(this, args);
    } as typeof proto.open;
  }
}
