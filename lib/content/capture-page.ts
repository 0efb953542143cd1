/**
 * The content-script side of capture: read what the page already has, hand it to the
 * platform adapter, send the result to the background. It must never break the page: every
 * failure is caught here and logged once; nothing escapes into the page's error handlers.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PlatformAdapter } from '../capture/adapter';
import type { CaptureBatch } from '../capture/batch';
import { messaging } from '../messaging/protocol';

function hasContent(batch: CaptureBatch): boolean {
  return batch.profiles.length > 0 || batch.posts.length > 0 || batch.comments.length > 0;
}

async function send(batch: CaptureBatch): Promise<void> {
  if (!hasContent(batch)) return;
  const ack = await messaging.sendMessage('capture', batch);
  if (!ack.ok) console.warn(`[persona-lens] capture not stored: ${ack.error ?? 'unknown reason'}`);
}

/** Inline script texts: where platforms embed their initial state. */
function inlineScripts(): string[] {
  return Array.from(document.scripts, (s) => (s.src ? '' : (s.textContent ?? ''))).filter(Boolean);
}

export function captureEmbeddedState(adapter: PlatformAdapter): Promise<void> {
  try {
    const batch = adapter.fromScripts(inlineScripts(), { url: location.href, capturedAt: Date.now() });
    return send(batch).catch((error: unknown) => console.warn('[persona-lens] send failed', error));
  } catch (error) {
    console.warn('[persona-lens] capture failed', error);
    return Promise.resolve();
  }
}

export function startCapture(ctx: ContentScriptContext, adapter: PlatformAdapter): void {
  void captureEmbeddedState(adapter);
  // Single-page navigation keeps the old inline scripts; the new page's data arrives by API
  // responses (see the page bridge). A full reload re-runs this script.
  ctx.addEventListener(window, 'wxt:locationchange', () => void captureEmbeddedState(adapter));
}
