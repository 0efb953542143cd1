/**
 * Where a commenter may be, as a spread over countries (ISO 3166 alpha-2) or named regions,
 * with the evidence behind each. Every signal is weak on its own (a flag can be a football
 * team, Spanish is spoken in twenty countries), so no region ever gets certainty.
 */
import { keyFilter } from './key-filter';
import type { LanguageGuess } from './language';

export interface RegionHint {
  region: string;
  p: number;
  evidence: string[];
}

/**
 * No single region is ever certain, whatever the evidence. With today's weights the mixture
 * cannot reach this (one flag, one place and the language together give about 0.7); the cap
 * keeps that promise if the weights change.
 */
export const MAX_REGION_P = 0.85;
const MAX_REGIONS = 5;
// How much each kind of evidence moves us; a flag is a deliberate statement, a language a hint.
const WEIGHT = { flag: 0.7, place: 0.5, language: 0.4, script: 0.3 } as const;

// Shares are rough proportions of each language's speakers on the big social platforms;
// the remainder of each row goes to a named region, so no country is overstated.
const LANGUAGE_REGIONS: Record<string, [string, number][]> = {
  en: [['US', 0.4], ['GB', 0.1], ['IN', 0.1], ['PH', 0.06], ['CA', 0.05], ['NG', 0.05], ['AU', 0.04], ['OTHER', 0.2]],
  es: [['MX', 0.25], ['ES', 0.12], ['CO', 0.1], ['AR', 0.1], ['US', 0.08], ['PE', 0.05], ['CL', 0.05], ['LATAM', 0.25]],
  pt: [['BR', 0.85], ['PT', 0.08], ['AO', 0.03], ['MZ', 0.02], ['OTHER', 0.02]],
  fr: [['FR', 0.5], ['CA', 0.1], ['BE', 0.07], ['CH', 0.04], ['AFRICA', 0.25], ['OTHER', 0.04]],
  de: [['DE', 0.75], ['AT', 0.12], ['CH', 0.12], ['OTHER', 0.01]],
  it: [['IT', 0.9], ['CH', 0.05], ['OTHER', 0.05]],
  nl: [['NL', 0.7], ['BE', 0.28], ['OTHER', 0.02]],
  pl: [['PL', 0.95], ['OTHER', 0.05]],
  tr: [['TR', 0.9], ['DE', 0.05], ['OTHER', 0.05]],
  ru: [['RU', 0.6], ['UA', 0.1], ['KZ', 0.1], ['BY', 0.08], ['OTHER', 0.12]],
  uk: [['UA', 0.95], ['OTHER', 0.05]],
  ar: [['MENA', 0.55], ['EG', 0.2], ['SA', 0.15], ['OTHER', 0.1]],
  hi: [['IN', 0.95], ['OTHER', 0.05]],
  bn: [['BD', 0.6], ['IN', 0.38], ['OTHER', 0.02]],
  id: [['ID', 0.97], ['OTHER', 0.03]],
  // "ms" is answered only when the Malay / Indonesian model says Malay (language/close-groups.ts): Indonesian is "id".
  ms: [['MY', 0.8], ['SG', 0.08], ['BN', 0.04], ['ID', 0.04], ['OTHER', 0.04]],
  tl: [['PH', 0.97], ['OTHER', 0.03]],
  vi: [['VN', 0.97], ['OTHER', 0.03]],
  th: [['TH', 0.98], ['OTHER', 0.02]],
  ja: [['JP', 0.98], ['OTHER', 0.02]],
  ko: [['KR', 0.97], ['OTHER', 0.03]],
  zh: [['CN', 0.55], ['TW', 0.2], ['HK', 0.1], ['SG', 0.05], ['MY', 0.05], ['OTHER', 0.05]],
  sv: [['SE', 0.9], ['FI', 0.05], ['OTHER', 0.05]],
  da: [['DK', 0.95], ['OTHER', 0.05]],
  no: [['NO', 0.95], ['OTHER', 0.05]],
  fi: [['FI', 0.97], ['OTHER', 0.03]],
  el: [['GR', 0.85], ['CY', 0.1], ['OTHER', 0.05]],
  he: [['IL', 0.97], ['OTHER', 0.03]],
  fa: [['IR', 0.85], ['AF', 0.12], ['OTHER', 0.03]],
  ro: [['RO', 0.8], ['MD', 0.15], ['OTHER', 0.05]],
  hu: [['HU', 0.95], ['OTHER', 0.05]],
  cs: [['CZ', 0.97], ['OTHER', 0.03]],
  ca: [['ES', 0.92], ['AD', 0.02], ['FR', 0.02], ['OTHER', 0.04]],
  gl: [['ES', 0.97], ['OTHER', 0.03]],
  sr: [['RS', 0.8], ['BA', 0.1], ['ME', 0.05], ['OTHER', 0.05]],
  hr: [['HR', 0.85], ['BA', 0.12], ['OTHER', 0.03]],
  bs: [['BA', 0.9], ['OTHER', 0.1]],
  be: [['BY', 0.95], ['OTHER', 0.05]],
  bg: [['BG', 0.95], ['OTHER', 0.05]],
  mr: [['IN', 0.98], ['OTHER', 0.02]],
  sk: [['SK', 0.97], ['OTHER', 0.03]],
  ur: [['PK', 0.85], ['IN', 0.15]],
  sw: [['KE', 0.5], ['TZ', 0.5]],
};

// Used only when the language itself is unknown: the script still narrows the map.
const SCRIPT_REGIONS: [RegExp, string, [string, number][]][] = [
  [/\p{Script=Hangul}/u, 'Hangul', [['KR', 0.97], ['OTHER', 0.03]]],
  [/[\p{Script=Hiragana}\p{Script=Katakana}]/u, 'kana', [['JP', 0.98], ['OTHER', 0.02]]],
  [/\p{Script=Thai}/u, 'Thai', [['TH', 0.98], ['OTHER', 0.02]]],
  [/\p{Script=Hebrew}/u, 'Hebrew', [['IL', 0.97], ['OTHER', 0.03]]],
  [/\p{Script=Greek}/u, 'Greek', [['GR', 0.85], ['CY', 0.1], ['OTHER', 0.05]]],
  [/\p{Script=Devanagari}/u, 'Devanagari', [['IN', 0.9], ['NP', 0.1]]],
  [/\p{Script=Bengali}/u, 'Bengali', [['BD', 0.6], ['IN', 0.4]]],
  [/\p{Script=Arabic}/u, 'Arabic', [['MENA', 0.6], ['PK', 0.15], ['IR', 0.15], ['OTHER', 0.1]]],
  [/\p{Script=Cyrillic}/u, 'Cyrillic', [['RU', 0.5], ['UA', 0.15], ['KZ', 0.08], ['BY', 0.07], ['BG', 0.05], ['RS', 0.05], ['OTHER', 0.1]]],
  [/\p{Script=Han}/u, 'Han', [['CN', 0.55], ['TW', 0.2], ['HK', 0.1], ['OTHER', 0.15]]],
];

// One scan for any of the scripts above; most unknown-language comments (emoji, "wow") have none.
const ANY_REGIONAL_SCRIPT = new RegExp(SCRIPT_REGIONS.map(([pattern]) => pattern.source).join('|'), 'u');

// Place names people write ("saludos desde México", "love from Lagos"), accent-folded lowercase.
const PLACE_NAMES: [name: string, region: string][] = Object.entries({
  US: 'usa|america|texas|california|florida|nyc|new york|chicago|los angeles|miami|atlanta',
  GB: 'uk|england|london|scotland|manchester|liverpool|wales',
  IN: 'india|mumbai|delhi|bangalore|chennai|hyderabad|kolkata|pune|jaipur|bharat|भारत|दिल्ली|मुंबई|हिंदुस्तान',
  PH: 'philippines|manila|cebu|pinoy|pinay',
  CA: 'canada|toronto|vancouver|montreal|quebec',
  AU: 'australia|sydney|melbourne|brisbane|perth',
  NG: 'nigeria|lagos|abuja|naija',
  MX: 'mexico|cdmx|guadalajara|monterrey|mexicana|mexicano|tijuana',
  ES: 'espana|spain|madrid|barcelona|sevilla|valencia',
  AR: 'argentina|buenos aires|cordoba|rosario',
  CO: 'colombia|bogota|medellin|cali|barranquilla',
  CL: 'chile|santiago',
  PE: 'peru|lima',
  VE: 'venezuela|caracas',
  BR: 'brasil|brazil|sao paulo|bahia|minas|recife|salvador|fortaleza|curitiba|brasilia',
  PT: 'portugal|lisboa|lisbon|porto',
  FR: 'france|paris|marseille|lyon|toulouse',
  BE: 'belgique|belgium|bruxelles|brussels',
  DE: 'deutschland|germany|berlin|munchen|munich|hamburg|koln',
  AT: 'osterreich|austria|wien|vienna',
  CH: 'schweiz|suisse|switzerland|zurich|geneve',
  IT: 'italia|italy|roma|milano|napoli|torino|firenze|bologna|palermo|venezia|genova|sicilia|sardegna|puglia',
  TR: 'turkiye|turkey|istanbul|ankara|izmir|bursa|antalya|adana|konya|trabzon',
  ID: 'indonesia|jakarta|bali|bandung|surabaya|yogyakarta|jogja|medan|makassar|semarang|palembang',
  MY: 'malaysia|kuala lumpur|johor|penang|sabah|sarawak|selangor',
  JP: 'japan|tokyo|osaka|nihon|日本|東京|大阪|京都',
  KR: 'korea|seoul|busan|hanguk|한국|서울|부산',
  AE: 'dubai|uae|abu dhabi|دبي|الامارات|ابوظبي',
  EG: 'egypt|cairo|misr|مصر|القاهرة|الاسكندرية',
  SA: 'saudi|riyadh|jeddah|ksa|السعودية|الرياض|جدة|مكة',
  MA: 'morocco|maroc|casablanca|المغرب|الدار البيضاء',
  DZ: 'algerie|algeria|الجزائر',
  IQ: 'iraq|baghdad|العراق|بغداد',
  JO: 'jordan|amman|الاردن|عمان',
  KW: 'kuwait|الكويت',
  QA: 'qatar|doha|قطر|الدوحة',
  TN: 'tunisie|tunisia|تونس',
  PK: 'pakistan|karachi|lahore|islamabad|پاکستان',
  ZA: 'south africa|johannesburg|cape town',
  KE: 'kenya|nairobi',
}).flatMap(([region, names]) => names.split('|').map((n): [string, string] => [n, region]));

// Place names that are everyday words in a language: Indonesian, Malay and Tagalog "lima" is
// five, Italian "porto" is "I bring", Indonesian and Malay "bursa" is a stock exchange, Malay
// "medan" a field. In a comment in that language they name no place.
const NOT_A_PLACE_IN: Readonly<Record<string, readonly string[]>> = {
  lima: ['id', 'ms', 'tl'],
  porto: ['it'],
  bursa: ['id', 'ms'],
  medan: ['ms'],
};

// Each word a place name starts with, to the region it names alone and to the second words
// that complete a two-word name ("sao" → "paulo"): one Map lookup per word of the comment.
interface PlaceWord {
  region?: string;
  next?: Map<string, string>;
}
const PLACE_WORDS = new Map<string, PlaceWord>();
for (const [name, region] of PLACE_NAMES) {
  const [first, second] = name.split(' ') as [string, string?];
  const entry = PLACE_WORDS.get(first) ?? {};
  if (second === undefined) entry.region = region;
  else (entry.next ??= new Map()).set(second, region);
  PLACE_WORDS.set(first, entry);
}
const MAY_BE_PLACE_WORD = keyFilter(PLACE_WORDS.keys());

// Japanese writes place names inside unspaced runs ("東京から"), Korean glues particles to them
// ("서울에서"): in those scripts a place name is looked for inside each word.
const UNSPACED_PLACES: [name: string, region: string][] = PLACE_NAMES.filter(([name]) => /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(name));
const UNSPACED_WORD = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

const FLAG = /\p{RI}\p{RI}/gu;
// Every regional indicator starts with this high surrogate: a cheap test before the regex.
const RI_HIGH = '\ud83c';
const A = 0x1f1e6;

function flags(text: string): string[] {
  const found: string[] = [];
  if (!text.includes(RI_HIGH)) return found;
  for (const m of text.matchAll(FLAG)) {
    const a = (m[0].codePointAt(0) ?? A) - A;
    const b = (m[0].codePointAt(2) ?? A) - A;
    const code = String.fromCharCode(65 + a, 65 + b);
    // "🇧🇷🇧🇷🇧🇷" says Brazil once, not three times.
    if (!found.includes(code)) found.push(code);
    if (found.length >= 4) break;
  }
  return found;
}

interface Evidence {
  weight: number;
  spread: [string, number][];
  label: string;
}

export function inferRegions(text: string, words: readonly string[], language: LanguageGuess): readonly RegionHint[] {
  const evidence: Evidence[] = [];
  const flagCodes = flags(text);
  for (const code of flagCodes) {
    evidence.push({ weight: WEIGHT.flag / flagCodes.length, spread: [[code, 1]], label: `flag ${code}` });
  }
  const places = new Set<string>();
  for (let i = 0; i < words.length && i < 400; i++) {
    const token = words[i] as string;
    // Turkish puts a suffix after an apostrophe on a place name: "İzmir'den", "İstanbul'a".
    const w = token.includes("'") ? token.slice(0, token.indexOf("'")) : token;
    const entry = MAY_BE_PLACE_WORD.mayHave(w) ? PLACE_WORDS.get(w) : undefined;
    if (entry === undefined) {
      if (w.charCodeAt(0) < 0x3000 || !UNSPACED_WORD.test(w)) continue;
      const found = UNSPACED_PLACES.find(([name]) => w.includes(name));
      if (found && !places.has(found[1]) && places.size < 3) {
        places.add(found[1]);
        evidence.push({ weight: WEIGHT.place, spread: [[found[1], 1]], label: `place "${found[0]}"` });
      }
      continue;
    }
    // A two-word place ("sao paulo") before the one-word place its first word may be alone.
    const next = i + 1 < words.length ? (words[i + 1] as string) : undefined;
    const pairRegion = next === undefined ? undefined : entry.next?.get(next);
    const name = pairRegion === undefined ? w : `${w} ${next}`;
    const hit = pairRegion ?? entry.region;
    if (hit && NOT_A_PLACE_IN[name]?.includes(language.language)) continue;
    if (hit && !places.has(hit) && places.size < 3) {
      places.add(hit);
      evidence.push({ weight: WEIGHT.place, spread: [[hit, 1]], label: `place "${name}"` });
    }
  }
  const spread = language.language !== 'unknown' ? LANGUAGE_REGIONS[language.language] : undefined;
  // Most comments carry no flag and no place: then the answer depends on the language alone,
  // and one frozen answer per language and p serves them all.
  const languageOnly = evidence.length === 0 && spread !== undefined;
  if (languageOnly) {
    const cached = LANGUAGE_ONLY.get(language.language)?.get(language.p);
    if (cached) return cached;
  }
  if (spread) {
    evidence.push({ weight: WEIGHT.language * language.p, spread, label: `language ${language.language}` });
  } else if (language.language === 'unknown' && ANY_REGIONAL_SCRIPT.test(text)) {
    for (const [pattern, name, scriptSpread] of SCRIPT_REGIONS) {
      if (pattern.test(text)) {
        evidence.push({ weight: WEIGHT.script, spread: scriptSpread, label: `script ${name}` });
        break;
      }
    }
  }
  if (evidence.length === 0) return [];

  // A mixture of the evidence's spreads, scaled by how likely at least one of them is right.
  let totalWeight = 0;
  let miss = 1;
  for (const e of evidence) {
    totalWeight += e.weight;
    miss *= 1 - e.weight;
  }
  const confidence = 1 - miss;
  const mass = new Map<string, { p: number; evidence: string[] }>();
  for (const e of evidence) {
    for (const [region, share] of e.spread) {
      if (region === 'OTHER') continue;
      const entry = mass.get(region) ?? { p: 0, evidence: [] };
      entry.p += (e.weight / totalWeight) * share * confidence;
      if (!entry.evidence.includes(e.label)) entry.evidence.push(e.label);
      mass.set(region, entry);
    }
  }
  const hints = [...mass.entries()]
    .map(([region, { p, evidence: ev }]) => ({ region, p: Math.round(Math.min(p, MAX_REGION_P) * 100) / 100, evidence: ev }))
    .filter((h) => h.p >= 0.05)
    .sort((a, b) => b.p - a.p)
    .slice(0, MAX_REGIONS);
  if (languageOnly) {
    for (const h of hints) Object.freeze(h.evidence);
    let byP = LANGUAGE_ONLY.get(language.language);
    if (!byP) LANGUAGE_ONLY.set(language.language, (byP = new Map()));
    byP.set(language.p, Object.freeze(hints.map((h) => Object.freeze(h))));
  }
  return hints;
}

// Language → p → the frozen answer for comments with no other evidence.
const LANGUAGE_ONLY = new Map<string, Map<number, readonly RegionHint[]>>();
