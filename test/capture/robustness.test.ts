/**
 * Whatever a page sends, the adapters return a valid batch and never throw: truncated JSON,
 * wrong types, null, huge strings, HTML without state, random JSON and random text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PlatformAdapter } from '../../lib/capture/adapter';
import { CaptureBatchSchema } from '../../lib/capture/batch-schema';
import { inlineScriptsFromHtml } from '../../lib/capture/html-scripts';
import { ADAPTERS } from '../../lib/capture/registry';
import { tiktokAdapter } from '../../lib/capture/tiktok';
import { ctxFor, fixture, valid } from './realpages';

const RUNS = Number(process.env.FUZZ_RUNS ?? 200);

/** Leaves a page might send: anything, plus the edge cases the schema limits care about. */
const leafValue = fc.oneof(
  fc.anything(),
  fc.string({ minLength: 195, maxLength: 260 }), // around the id limit
  fc.constantFrom('@', ' ', '@@x', 'a b', '\u0000', '-1', '1e400', 'NaN', '99999999999999', '1.5'),
  fc.constantFrom(-1, 1.5, 1e14, Number.MAX_SAFE_INTEGER, -0),
);

const PAGE: Record<string, string> = {
  youtube: 'https://www.youtube.com/@someone',
  instagram: 'https://www.instagram.com/someone/',
  tiktok: 'https://www.tiktok.com/@someone',
  x: 'https://x.com/someone',
};
const API: Record<string, string> = {
  youtube: 'https://www.youtube.com/youtubei/v1/next?prettyPrint=false',
  instagram: 'https://www.instagram.com/graphql/query/?query_hash=x',
  tiktok: 'https://www.tiktok.com/api/comment/list/?aweme_id=1',
  x: 'https://x.com/i/api/graphql/q/TweetDetail',
};
const PAGE_FIXTURE: Record<string, string> = {
  youtube: 'channel-videos-page.html',
  instagram: 'profile-page.html',
  tiktok: 'profile-page.html',
  x: 'profile-page.html',
};

const cases = ADAPTERS.map((a) => [a.platform, a] as const);

function scriptsOf(adapter: PlatformAdapter): string[] {
  return inlineScriptsFromHtml(fixture(adapter.platform, PAGE_FIXTURE[adapter.platform] ?? '')).map((s) => s.text);
}

describe.each(cases)('%s adapter on bad input', (platform, adapter) => {
  const ctx = ctxFor(PAGE[platform] ?? '');

  it('truncated embedded JSON: a warning, nothing invalid', () => {
    const truncated = scriptsOf(adapter).map((text) => (text.length > 200 ? text.slice(0, Math.floor(text.length * 0.6)) : text));
    const batch = valid(adapter.fromScripts(truncated, ctx));
    expect(batch.warnings.length).toBeGreaterThan(0);
  });

  it('HTML without state: a warning', () => {
    const html = '<!DOCTYPE html><html><head><script>var x = 1;</script></head><body><p>hello</p></body></html>';
    const batch = valid(adapter.fromScripts(inlineScriptsFromHtml(html), ctx));
    expect(batch).toMatchObject({ profiles: [], posts: [], comments: [] });
    expect(batch.warnings.length).toBeGreaterThan(0);
  });

  it.each([
    ['null', null],
    ['a number', 42],
    ['a string', 'ytInitialData'],
    ['an array', [1, 2, 3]],
    ['nulls where objects belong', { data: null, contents: null, user: null, items: [null], comments: [null, 1, 'x'], __DEFAULT_SCOPE__: null }],
    ['wrong types', { data: { user: { result: 5, username: 7, edge_followed_by: { count: '-5' } } }, items: 'nope', comments: {}, itemList: [{ id: 5, stats: 'x' }] }],
  ])('API body that is %s: no throw, a warning, valid batch', (_label, body) => {
    const batch = valid(adapter.fromApiResponse(API[platform] ?? '', body, ctx));
    expect(batch.warnings.length).toBeGreaterThan(0);
  });

  it('scripts that are not strings, and a non-array', () => {
    valid(adapter.fromScripts([null, 5, {}, { text: 7 }] as unknown as string[], ctx));
    valid(adapter.fromScripts(null as unknown as string[], ctx));
  });

  it('a 50 MB script: skipped with a warning, quickly', () => {
    const huge = `var ytInitialData = {"a":"${'x'.repeat(50_000_000)}"};`;
    const started = performance.now();
    const batch = valid(adapter.fromScripts([huge], ctx));
    expect(batch.warnings.join(' ')).toMatch(/skipped a script/);
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it('a response address off the allow-list: a warning and nothing read', () => {
    const batch = valid(adapter.fromApiResponse('https://evil.example/api', { data: {} }, ctx));
    expect(batch.warnings.join(' ')).toMatch(/allow-list/);
  });

  it('a bad context: http page, NaN time', () => {
    const batch = adapter.fromApiResponse(API[platform] ?? '', {}, { url: 'http://insecure.example/', capturedAt: Number.NaN });
    expect(CaptureBatchSchema.safeParse(batch).success).toBe(true);
    expect(batch.warnings.length).toBeGreaterThan(0);
  });

  it('random JSON as an API response: never throws, always valid', () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), fc.anything()), (body) => {
        return CaptureBatchSchema.safeParse(adapter.fromApiResponse(API[platform] ?? '', body, ctx)).success;
      }),
      { numRuns: RUNS },
    );
  });

  it('random JSON embedded where state is expected: never throws, always valid', () => {
    const wrappers = [
      (s: string) => `var ytInitialData = ${s};`,
      (s: string) => `var ytInitialPlayerResponse = ${s};`,
      (s: string) => `window._sharedData = ${s};`,
      (s: string) => `window.__additionalDataLoaded('/someone/',${s});`,
      (s: string) => s,
      (s: string) => `window.__INITIAL_STATE__=${s};`,
      (s: string) => `{"require":[["RelayPrefetchedStreamCache","next",[],["q",{"__bbox":{"result":${s}}}]]]}`,
    ];
    fc.assert(
      fc.property(fc.jsonValue(), fc.integer({ min: 0, max: wrappers.length - 1 }), (value, w) => {
        const text = (wrappers[w] ?? ((s: string) => s))(JSON.stringify(value) ?? 'null');
        const batch = adapter.fromScripts([text, { id: '__UNIVERSAL_DATA_FOR_REHYDRATION__', type: 'application/json', text }], ctx);
        return CaptureBatchSchema.safeParse(batch).success;
      }),
      { numRuns: RUNS },
    );
  });

  it('random strings as scripts and as URLs: never throws, always valid', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'grapheme' }), { maxLength: 4 }), fc.string(), (scripts, url) => {
        const a = adapter.fromScripts(scripts, { url, capturedAt: 1 });
        const b = adapter.fromApiResponse(url, scripts, { url, capturedAt: 1 });
        return CaptureBatchSchema.safeParse(a).success && CaptureBatchSchema.safeParse(b).success;
      }),
      { numRuns: RUNS },
    );
  });

  it('random meta tags, descriptions and languages: never throws, always valid', () => {
    if (!adapter.fromMetaTags) return;
    const fromMeta = adapter.fromMetaTags.bind(adapter);
    const description = fc.oneof(
      fc.string({ unit: 'grapheme' }),
      fc.tuple(fc.nat(), fc.string(), fc.nat(), fc.string()).map(([a, l1, b, l2]) => `${a} ${l1}, ${b} ${l2} - x (@${l1})`),
    );
    fc.assert(
      fc.property(
        fc.array(fc.record({ key: fc.constantFrom('og:description', 'description', 'og:url'), content: description }), { maxLength: 4 }),
        fc.constantFrom('https://www.instagram.com/nadiaknits/', 'https://www.instagram.com/p/C9xNadiaK01/', 'not a url'),
        fc.option(fc.string(), { nil: undefined }),
        (tags, url, lang) => {
          const batch = fromMeta(tags, { url, capturedAt: 1, ...(lang === undefined ? {} : { lang }) });
          return CaptureBatchSchema.safeParse(batch).success && (batch.source === 'meta-tags');
        },
      ),
      { numRuns: RUNS },
    );
    expect(CaptureBatchSchema.safeParse(fromMeta(null as never, ctx)).success).toBe(true);
  });

  it('real-shaped JSON with random leaves: valid batches', () => {
    // Mutating a real fixture's values keeps the paths the adapter reads, so the fuzzer
    // reaches the record-building code rather than stopping at the first missing key.
    const base = JSON.parse(
      platform === 'youtube'
        ? fixture('youtube', 'comments-next.json')
        : platform === 'instagram'
          ? fixture('instagram', 'media-comments.json')
          : platform === 'tiktok'
            ? fixture('tiktok', 'comment-list.json')
            : fixture('x', 'tweet-detail.json'),
    ) as unknown;
    const leaves: string[][] = [];
    const walk = (v: unknown, path: string[]): void => {
      if (v && typeof v === 'object') for (const [k, c] of Object.entries(v)) walk(c, [...path, k]);
      else leaves.push(path);
    };
    walk(base, []);
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(), leafValue), { maxLength: 8 }), (edits) => {
        const copy = structuredClone(base) as Record<string, unknown>;
        for (const [i, value] of edits) {
          const path = leaves[i % leaves.length] ?? [];
          let node: Record<string, unknown> = copy;
          for (const key of path.slice(0, -1)) node = node[key] as Record<string, unknown>;
          const last = path[path.length - 1];
          if (last !== undefined) node[last] = value;
        }
        return CaptureBatchSchema.safeParse(adapter.fromApiResponse(API[platform] ?? '', copy, ctx)).success;
      }),
      { numRuns: RUNS },
    );
  });
});

describe('limits', () => {
  it('clamps long text instead of dropping the record, and drops records with ids over the limit', () => {
    const long = 'ä'.repeat(25_000);
    const body = {
      comments: [
        { cid: '1', text: long, create_time: 1_700_000_000, user: { unique_id: 'a', nickname: 'n'.repeat(400) } },
        { cid: 'x'.repeat(300), text: 'too long an id', user: { unique_id: 'b' } },
        { cid: '3', text: 'bad handle', user: { unique_id: 'has space' } },
      ],
    };
    const batch = valid(tiktokAdapter.fromApiResponse('https://www.tiktok.com/api/comment/list/', body, ctxFor('https://www.tiktok.com/@a/video/1')));
    expect(batch.comments).toHaveLength(1);
    expect(batch.comments[0]?.text).toHaveLength(10_000);
    expect(batch.comments[0]?.authorName).toHaveLength(300);
    expect(batch.warnings).toEqual(['1 record(s) dropped: fields the schema does not accept']);
  });
});

