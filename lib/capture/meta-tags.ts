/**
 * `<meta>` tags, the last source in the order of trust: logged-out pages that carry no state
 * in their scripts still state a few counts in `og:description` ("2,362 Followers, 136
 * Following, 224 Posts - See Instagram photos and videos from …", "990K likes, 8,873 comments
 * - …"). Only counts are read from them, and a batch built from them says so
 * (`source: 'meta-tags'`).
 */

export interface MetaTag {
  /** `property` (Open Graph) or `name` attribute, lower case. */
  key: string;
  content: string;
}

const META = /<meta\b([^>]*)>/gi;
const ATTR = /([a-zA-Z_:][-a-zA-Z0-9_:.]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

const ENTITIES: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', nbsp: '\u00a0', '#39': "'" };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    const lower = name.toLowerCase();
    if (lower.startsWith('#x')) return String.fromCodePoint(Number.parseInt(lower.slice(2), 16) || 0xfffd);
    if (lower.startsWith('#')) return ENTITIES[lower] ?? String.fromCodePoint(Number(lower.slice(1)) || 0xfffd);
    return ENTITIES[lower] ?? whole;
  });
}

/** The meta tags of an HTML string, for Node (the inspector and tests); the content script reads the DOM. */
export function metaTagsFromHtml(html: string): MetaTag[] {
  const tags: MetaTag[] = [];
  if (typeof html !== 'string') return tags;
  for (const m of html.matchAll(META)) {
    const attrs = new Map<string, string>();
    for (const a of (m[1] ?? '').matchAll(ATTR)) attrs.set(a[1]!.toLowerCase(), a[2] ?? a[3] ?? '');
    const key = attrs.get('property') ?? attrs.get('name');
    const content = attrs.get('content');
    if (key && content !== undefined) tags.push({ key: key.toLowerCase(), content: decodeEntities(content) });
    if (tags.length >= 200) break;
  }
  return tags;
}

export function metaContent(tags: readonly MetaTag[], key: string): string | undefined {
  if (!Array.isArray(tags)) return undefined;
  for (const tag of tags) {
    if (tag && typeof tag === 'object' && tag.key === key && typeof tag.content === 'string') return tag.content.slice(0, 2_000);
  }
  return undefined;
}
