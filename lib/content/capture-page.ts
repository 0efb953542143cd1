/**
 * The content-script side of capture: read what the page already has, hand it to the
 * platform adapter, send the result to the background. It must never break the page: every
 * failure is caught here and logged once; nothing escapes into the page's error handlers.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { CaptureContext, PlatformAdapter, ScriptText } from '../capture/adapter';
import type { MetaTag } from '../capture/meta-tags';
import type { CaptureBatch } from '../capture/batch';
import { messaging } from '../messaging/protocol';
import { bridgeChannel } from './bridge-handshake';
import { readBridgeMessage } from './bridge-message';
import { createDelivery, type Delivery } from './delivery';

function hasContent(batch: CaptureBatch): boolean {
  return batch.profiles.length > 0 || batch.posts.length > 0 || batch.comments.length > 0;
}

// One queue per content script: batches are kept until the background acknowledges them.
let delivery: Delivery | undefined;

async function send(batch: CaptureBatch): Promise<void> {
  // What the adapter could not read is recorded where the user (or a bug report) can see it:
  // the page's console, one line per batch.
  if (batch.warnings.length) console.warn(`[persona-lens] ${batch.platform}: ${batch.warnings.slice(0, 5).join('; ')}`);
  if (!hasContent(batch)) return;
  delivery ??= createDelivery({
    send: (b) => messaging.sendMessage('capture', b),
    log: (message) => console.warn(`[persona-lens] ${message}`),
    note: (message) => console.debug(`[persona-lens] ${message}`),
    wait: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  });
  await delivery.deliver(batch);
}

/** Inline scripts, with id and type: where platforms embed their initial state. */
function inlineScripts(): ScriptText[] {
  const out: ScriptText[] = [];
  for (const s of Array.from(document.scripts)) {
    if (s.src) continue;
    out.push({ id: s.id || undefined, type: s.type || undefined, text: s.textContent ?? '' });
  }
  return out;
}

/** The page's address, the time, and its language (which settles how some counts read). */
function pageContext(): CaptureContext {
  const ctx: CaptureContext = { url: location.href, capturedAt: Date.now() };
  if (document.documentElement.lang) ctx.lang = document.documentElement.lang;
  return ctx;
}

/** Open Graph and named meta tags: the last source, for pages without state in their scripts. */
function metaTags(): MetaTag[] {
  return Array.from(document.querySelectorAll('meta[property], meta[name]'), (m) => ({
    key: (m.getAttribute('property') ?? m.getAttribute('name') ?? '').toLowerCase(),
    content: m.getAttribute('content') ?? '',
  })).slice(0, 200);
}

export function captureEmbeddedState(adapter: PlatformAdapter): Promise<void> {
  try {
    const ctx = pageContext();
    let batch = adapter.fromScripts(inlineScripts(), ctx);
    if (!hasContent(batch) && adapter.fromMetaTags) {
      const fromMeta = adapter.fromMetaTags(metaTags(), ctx);
      if (hasContent(fromMeta)) batch = fromMeta;
    }
    return send(batch).catch((error: unknown) => console.warn('[persona-lens] send failed', error));
  } catch (error) {
    console.warn('[persona-lens] capture failed', error);
    return Promise.resolve();
  }
}

/** Some endpoints guard their JSON against script inclusion with a prefix. */
function parseApiBody(body: string): unknown {
  return JSON.parse(body.replace(/^(\)\]\}'|for \(;;\);)\s*/, ''));
}

/**
 * One API response handed over by the page bridge. The page can forge these hand-offs, so
 * only the adapter's own allow-list gets through, and the adapter treats the body as
 * untrusted JSON like everything else.
 */
export function captureApiResponse(adapter: PlatformAdapter, data: unknown): Promise<void> {
  try {
    const message = readBridgeMessage(data);
    if (!message || !adapter.handlesApiUrl(message.url)) return Promise.resolve();
    const body = parseApiBody(message.body);
    const batch = adapter.fromApiResponse(message.url, body, pageContext());
    return send(batch).catch((error: unknown) => console.warn('[persona-lens] send failed', error));
  } catch (error) {
    console.warn('[persona-lens] API response not captured', error);
    return Promise.resolve();
  }
}

export function startCapture(ctx: ContentScriptContext, adapter: PlatformAdapter): void {
  // Listen before reading the page, so responses arriving meanwhile are not missed; only on
  // the bridge's private channel (none if the start-up exchange did not happen).
  const channel = bridgeChannel();
  if (channel) {
    const onHandOver = (event: Event) => void captureApiResponse(adapter, (event as CustomEvent<unknown>).detail);
    window.addEventListener(channel, onHandOver);
    ctx.onInvalidated(() => window.removeEventListener(channel, onHandOver));
  } else {
    console.warn('[persona-lens] no bridge channel: API responses are not captured on this page');
  }
  // In a task of its own, after this script's own start-up, so the two never add up to one
  // long task on a heavy page.
  ctx.setTimeout(() => void captureEmbeddedState(adapter), 0);
  // Single-page navigation keeps the old inline scripts; the new page's data arrives by API
  // responses (see the page bridge). A full reload re-runs this script.
  ctx.addEventListener(window, 'wxt:locationchange', () => void captureEmbeddedState(adapter));
}
