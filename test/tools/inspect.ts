/**
 * `npm run inspect -- <file> [--url <address>] [--page <address>] [--captured-at <ms|ISO>]`
 *
 * Runs the capture adapters over a saved page or API response and prints the CaptureBatch as
 * JSON: the quickest way to see what the extension would take from a page. HTML goes through
 * `fromScripts` over its inline scripts; JSON through `fromApiResponse`. Without --url the
 * platform is inferred: every adapter reads the file and the one that finds most wins.
 * Exit code 2, with a one-line reason on stderr, when the file is no format we know.
 */
import { readFileSync } from 'node:fs';
import type { PlatformAdapter } from '../../lib/capture/adapter';
import type { CaptureBatch } from '../../lib/capture/batch';
import { inlineScriptsFromHtml } from '../../lib/capture/html-scripts';
import { metaTagsFromHtml } from '../../lib/capture/meta-tags';
import { ADAPTERS, adapterForApiUrl, adapterForUrl } from '../../lib/capture/registry';

/** One allow-listed address per response kind, to try a JSON file of unknown origin. */
const PROBE_API_URLS: Record<string, readonly string[]> = {
  youtube: ['https://www.youtube.com/youtubei/v1/next', 'https://www.youtube.com/youtubei/v1/player'],
  instagram: ['https://www.instagram.com/graphql/query/'],
  tiktok: ['https://www.tiktok.com/api/comment/list/'],
  x: ['https://x.com/i/api/graphql/inspect/TweetDetail'],
};
const HOME: Record<string, string> = {
  youtube: 'https://www.youtube.com/',
  instagram: 'https://www.instagram.com/',
  tiktok: 'https://www.tiktok.com/',
  x: 'https://x.com/',
};

class UsageError extends Error {}

function parseArgs(argv: readonly string[]): { file: string; url?: string; page?: string; capturedAt: number } {
  let file: string | undefined;
  let url: string | undefined;
  let page: string | undefined;
  let capturedAt = Date.now();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new UsageError(`${arg} needs a value`);
      return v;
    };
    if (arg === '--url') url = value();
    else if (arg === '--page') page = value();
    else if (arg === '--captured-at') {
      const v = value();
      capturedAt = /^\d+$/.test(v) ? Number(v) : Date.parse(v);
      if (!Number.isFinite(capturedAt)) throw new UsageError(`--captured-at: cannot read ${v}`);
    } else if (arg?.startsWith('--')) throw new UsageError(`unknown option ${arg}`);
    else if (file === undefined) file = arg;
    else throw new UsageError(`unexpected argument ${arg}`);
  }
  if (!file) throw new UsageError('usage: npm run inspect -- <file> [--url <address>] [--page <address>]');
  return { file, url, page, capturedAt };
}

const size = (b: CaptureBatch): number => b.profiles.length + b.posts.length + b.comments.length;

/** The batch with most records; failing that, one from an adapter that recognised the state and found it empty. */
function best(candidates: readonly CaptureBatch[]): CaptureBatch | undefined {
  let winner: CaptureBatch | undefined;
  for (const c of candidates) if (size(c) > 0 && (!winner || size(c) > size(winner))) winner = c;
  return winner ?? candidates.find((c) => c.warnings.length === 0);
}

function inspectHtml(html: string, url: string | undefined, capturedAt: number): CaptureBatch {
  const scripts = inlineScriptsFromHtml(html);
  if (url) {
    const adapter = adapterForUrl(url);
    if (!adapter) throw new UsageError(`no adapter handles pages at ${url}`);
    const fromScripts = adapter.fromScripts(scripts, { url, capturedAt });
    // As the content script does: meta tags only when the scripts held nothing (logged-out pages).
    if (size(fromScripts) === 0 && adapter.fromMetaTags) {
      const fromMeta = adapter.fromMetaTags(metaTagsFromHtml(html), { url, capturedAt });
      if (size(fromMeta) > 0) return fromMeta;
    }
    return fromScripts;
  }
  const found = best(ADAPTERS.map((a) => a.fromScripts(scripts, { url: HOME[a.platform] ?? '', capturedAt })));
  if (!found) throw new UsageError(`HTML with no embedded state any adapter knows (${scripts.length} inline scripts)`);
  return found;
}

function inspectJson(body: unknown, url: string | undefined, page: string | undefined, capturedAt: number): CaptureBatch {
  if (url) {
    const adapter = adapterForApiUrl(url);
    if (!adapter) throw new UsageError(`${url} is on no adapter's API allow-list`);
    return adapter.fromApiResponse(url, body, { url: page ?? url, capturedAt });
  }
  const attempt = (value: unknown): CaptureBatch | undefined =>
    best(
      ADAPTERS.flatMap((a: PlatformAdapter) =>
        (PROBE_API_URLS[a.platform] ?? []).map((api) => a.fromApiResponse(api, value, { url: page ?? HOME[a.platform] ?? '', capturedAt })),
      ),
    );
  // Some tools save a response inside a `{ data }` envelope of their own (RapidAPI's TikTok).
  const envelope = body !== null && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>).data : undefined;
  const found = attempt(body) ?? (envelope !== undefined ? attempt(envelope) : undefined);
  if (!found) throw new UsageError('JSON in no shape any adapter knows (try --url with the address it was served at)');
  return found;
}

function main(argv: readonly string[]): number {
  try {
    const { file, url, page, capturedAt } = parseArgs(argv);
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      throw new UsageError(`cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
    }
    const trimmed = text.replace(/^\uFEFF/, '').trimStart();
    let batch: CaptureBatch;
    if (trimmed.startsWith('<')) batch = inspectHtml(text, url, capturedAt);
    else if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
      let body: unknown;
      try {
        body = JSON.parse(trimmed);
      } catch (error) {
        throw new UsageError(`invalid JSON: ${error instanceof Error ? error.message : String(error)}`);
      }
      batch = inspectJson(body, url, page, capturedAt);
    } else throw new UsageError('neither HTML nor JSON');
    process.stdout.write(`${JSON.stringify(batch, null, 2)}\n`);
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`inspect: ${error.message.replace(/\s+/g, ' ')}\n`);
      return 2;
    }
    throw error;
  }
}

process.exitCode = main(process.argv.slice(2));
