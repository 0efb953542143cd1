/**
 * The region part of `npm run eval`: how the region hints (lib/traits/region.ts, through
 * inferTraits, so the language the engine detects counts too) place labelled comments, per
 * language.
 */
import { inferTraits } from '../../lib/traits/index';
import { pct, readJsonl, table } from './eval-format';

export const REGION_SET = 'test/data/traits/regions.jsonl';

export interface RegionItem {
  lang: string;
  text: string;
  /** Where the comment says its writer is (ISO 3166 alpha-2), or null when it does not say. */
  region: string | null;
}

export interface RegionRow {
  lang: string;
  items: number;
  /** Items labelled with a region, and those whose top hint is that region. */
  located: number;
  found: number;
  /** Items whose top hint rests on a place name or a flag, and those right. */
  claims: number;
  claimsRight: number;
  /** Items labelled null whose top hint rests on a place name or a flag. */
  falseClaims: number;
}

const emptyRow = (lang: string): RegionRow => ({ lang, items: 0, located: 0, found: 0, claims: 0, claimsRight: 0, falseClaims: 0 });

/** Per language in the order first seen, then "all"; and the mistakes. */
export function scoreRegions(items: readonly RegionItem[]): { rows: RegionRow[]; mistakes: string[] } {
  const byLang = new Map<string, RegionRow>();
  const total = emptyRow('all');
  const mistakes: string[] = [];
  for (const item of items) {
    const row = byLang.get(item.lang) ?? emptyRow(item.lang);
    byLang.set(item.lang, row);
    const top = inferTraits({ text: item.text }).regions[0];
    const claim = top !== undefined && top.evidence.some((e) => e.startsWith('place') || e.startsWith('flag'));
    const right = item.region !== null && top?.region === item.region;
    for (const r of [row, total]) {
      r.items++;
      if (item.region !== null) r.located++;
      if (right) r.found++;
      if (claim) r.claims++;
      if (claim && right) r.claimsRight++;
      if (claim && item.region === null) r.falseClaims++;
    }
    const said = top ? `${top.region} ${Math.round(top.p * 100)}% (${top.evidence.join(', ')})` : 'nothing';
    if (item.region !== null && !right) mistakes.push(`${item.lang}: "${item.text}" is ${item.region}, top hint ${said}`);
    else if (item.region === null && claim) mistakes.push(`${item.lang}: "${item.text}" says nothing of where its writer is, top hint ${said}`);
  }
  return { rows: [...byLang.values(), total], mistakes };
}

export function readRegionSet(): RegionItem[] {
  return readJsonl<RegionItem>(REGION_SET);
}

export function regionSection(): string {
  const items = readRegionSet();
  const { rows, mistakes } = scoreRegions(items);
  const all = rows.at(-1)!;
  return `## Region hints

Data: ${REGION_SET}, ${items.length} comments written for this project in
${rows.filter((r) => r.lang !== 'all').map((r) => r.lang).join(', ')} (20 each), each labelled with the country its writer says
they are in ("saludos desde México", a flag, "Proud Pinoy", "서울에서 보고 있어요"), or with none
when it does not say (${all.items - all.located} comments, many of them naming a place the writer is not in: "going to
Bali next month", "Paris Hilton", Indonesian "lima menit" (five minutes) is not Lima, Italian
"ti porto" (I bring you) is not Porto). The same person wrote the place names in
lib/traits/region.ts and this set, and revised them once after seeing its misses: Indonesian,
Malay and Tagalog "lima", Italian "porto", Indonesian and Malay "bursa" and Malay "medan" name no
place in a comment in that language (before: 28 false claims, place or flag answers 80.4% right;
id 75.0%, it 78.6%). Places the writer is not in ("going to Bali", "my sister lives in London")
are still read as theirs. Scored through inferTraits, so the detected language counts
too: a comment with no place still gets its language's countries (Portuguese: Brazil first).
Top hint = the region with the highest p, the one a persona's description uses.

Found = labelled comments whose top hint is the label (recall). Place or flag answers = comments
whose top hint rests on a place name or a flag, and the share of them right (precision; a
comment labelled none counts as wrong). False claims = comments labelled none whose top hint
rests on a place name or flag.

${table(
  ['language', 'items', 'labelled', 'found', 'place or flag answers', 'right', 'false claims'],
  rows.map((r) => [r.lang, r.items, r.located, pct(r.found / r.located), r.claims, pct(r.claimsRight / r.claims), r.falseClaims]),
)}

Mistakes (${mistakes.length}):

${mistakes.map((m) => `- ${m}`).join('\n') || '- none'}
`;
}
