/**
 * Who may say what. Runtime messages can reach the background from our content scripts
 * (which run inside hostile pages), our own pages, and — if a manifest ever allowed it —
 * other extensions or web pages. Each message type names the one kind of sender it accepts;
 * everything else is rejected before its payload is even parsed.
 */
import { platformOfUrl } from '../report/page-address';
import type { Platform } from '../capture/batch';

export interface SenderInfo {
  id?: string;
  url?: string;
  origin?: string;
  tab?: { id?: number; url?: string };
  frameId?: number;
}

export interface SelfInfo {
  extensionId: string;
  /** e.g. chrome-extension://<id>/ or moz-extension://<uuid>/ */
  extensionOrigin: string;
}

export type Rejected = { ok: false; reason: string };
export type ContentSenderVerdict = { ok: true; kind: 'content'; platform: Platform } | Rejected;
export type PageSenderVerdict = { ok: true; kind: 'page' } | Rejected;

/** A content script of ours, running in a top-level tab on one of the four platforms. */
export function checkContentScriptSender(sender: SenderInfo, self: SelfInfo): ContentSenderVerdict {
  if (sender.id !== self.extensionId) return { ok: false, reason: 'sender is not this extension' };
  if (!sender.tab) return { ok: false, reason: 'content messages must come from a tab' };
  const url = sender.url ?? '';
  if (url.startsWith(self.extensionOrigin)) return { ok: false, reason: 'extension page posing as content script' };
  const platform = platformOfUrl(url);
  if (!platform) return { ok: false, reason: `sender page is not a supported platform: ${url.slice(0, 100)}` };
  return { ok: true, kind: 'content', platform };
}

/** One of our own pages (popup, dashboard). */
export function checkExtensionPageSender(sender: SenderInfo, self: SelfInfo): PageSenderVerdict {
  if (sender.id !== self.extensionId) return { ok: false, reason: 'sender is not this extension' };
  const url = sender.url ?? '';
  if (!url.startsWith(self.extensionOrigin)) return { ok: false, reason: 'sender is not an extension page' };
  return { ok: true, kind: 'page' };
}
