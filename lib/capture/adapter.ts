/**
 * The interface every platform adapter implements. Adapters are pure: they get text and
 * parsed JSON that came from a page and return a CaptureBatch; they never touch the
 * browser, the network or the database, so the extension, the inspector CLI and the tests
 * run exactly the same code.
 *
 * Sources in the order of trust (see README "Capture"):
 *   1. state the page embedded in its HTML (`fromScripts`),
 *   2. the platform's own API responses as the page received them (`fromApiResponse`),
 *   3. the DOM (`fromDocument`, optional; meta tags, roles, aria labels, never hashed classes).
 * Every entry point must accept anything (truncated JSON, wrong types, null, huge strings)
 * without throwing: what it cannot read becomes a warning.
 */
import type { CaptureBatch, Platform } from './batch';
import type { ScriptText } from './embedded-json';
import type { MetaTag } from './meta-tags';

export type { ScriptText };

export interface CaptureContext {
  /** The address the page or response was served at. */
  url: string;
  /** Epoch ms; relative dates ("13 days ago") are resolved against it. */
  capturedAt: number;
  /** The page's language (`<html lang>`), where it settles how counts read ("1,2 B" in Turkish). */
  lang?: string;
}

export interface PlatformAdapter {
  platform: Platform;
  /** Match patterns for the content script (WebExtension match-pattern syntax). */
  matches: string[];
  /** True when this adapter handles pages at this address. */
  handlesUrl(url: string): boolean;
  /** True when an API response at this address is on the allow-list for this platform. */
  handlesApiUrl(url: string): boolean;
  /**
   * Reads state embedded in the page's inline <script> texts. Bare texts are enough; an entry
   * may also carry the script's id and type (`{ id, type, text }`), which helps only where a
   * platform ships its state as a bare JSON script (TikTok), and even there it is optional.
   */
  fromScripts(scripts: readonly ScriptText[], ctx: CaptureContext): CaptureBatch;
  /**
   * Last resort for pages without state in their scripts (logged-out pages): counts from
   * `<meta>` tags only, the batch marked `source: 'meta-tags'`.
   */
  fromMetaTags?(tags: readonly MetaTag[], ctx: CaptureContext): CaptureBatch;
  /** Reads one API response body (already JSON.parse'd, unknown shape) the page received. */
  fromApiResponse(apiUrl: string, body: unknown, ctx: CaptureContext): CaptureBatch;
}
