/**
 * The hand-off from the page bridge (MAIN world) to the content script (isolated world).
 *
 * It travels as a CustomEvent whose name only the bridge and the isolated world know
 * (bridge-handshake.ts), as a JSON string. Still every byte came from the page's responses, so
 * the content script checks the shape, lets only the platform adapter's own allow-list
 * through, parses inside try, and the background validates the result again.
 */
export const BRIDGE_SOURCE = 'persona-lens/page-bridge/v1';
/** Larger bodies are not worth the page's main-thread time; real ones are at most a few MB. */
export const MAX_BRIDGE_BODY = 16 * 1024 * 1024;

export interface BridgeMessage {
  source: typeof BRIDGE_SOURCE;
  url: string;
  body: string;
}

/** Cheap pre-filter in the page: only API-looking paths are handed over at all. The precise
 * allow-list is each adapter's `handlesApiUrl`, applied on the content-script side. */
export function looksLikePlatformApi(url: string): boolean {
  return /\/(youtubei\/|graphql|api\/)/.test(url);
}

export function readBridgeMessage(detail: unknown): BridgeMessage | null {
  if (typeof detail !== 'string' || detail.length > MAX_BRIDGE_BODY + 16_384) return null;
  let data: unknown;
  try {
    data = JSON.parse(detail);
  } catch {
    return null;
  }
  if (typeof data !== 'object' || data === null) return null;
  const { source, url, body } = data as Record<string, unknown>;
  if (source !== BRIDGE_SOURCE) return null;
  if (typeof url !== 'string' || url.length > 8192) return null;
  if (typeof body !== 'string' || body.length > MAX_BRIDGE_BODY) return null;
  return { source, url, body };
}
