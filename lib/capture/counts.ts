/**
 * Reads a count the way a platform printed it ("1,234", "24.6m subscribers", "1,2 Mio.",
 * "1.2万", "١٬٢٣٤") into a whole number. Anything it cannot read with confidence is
 * undefined, never 0 and never NaN: a wrong count is worse than a missing one.
 *
 * Separator rule (the locale ambiguity of "1,234" vs "1.234"):
 *   - spaces (incl. NBSP, narrow NBSP, thin space) and apostrophes only ever group thousands;
 *   - when both "." and "," occur, the last one is the decimal mark;
 *   - a single "." or "," followed by exactly 3 digits and no multiplier groups thousands
 *     ("1,234" = "1.234" = 1234), because platforms abbreviate with at most two decimals
 *     before switching to a multiplier; with a multiplier it is the decimal mark
 *     ("1,234K" = 1234, "12,3 k" = 12300);
 *   - a separator repeated ("1.234.567") groups thousands, and every group must have 3 digits.
 * A result that is not whole (e.g. "1.5" without a multiplier) is unreadable.
 */

const MAX_COUNT = 1e13;
const PLAIN_DIGITS = /^\d{1,14}$/;

/** Multiplier words, lower case, without a trailing dot. */
const MULTIPLIERS: Readonly<Record<string, number>> = {
  k: 1e3, thousand: 1e3, thousands: 1e3, tsd: 1e3, tausend: 1e3, mil: 1e3, tys: 1e3, 千: 1e3, 천: 1e3,
  m: 1e6, mn: 1e6, mln: 1e6, mio: 1e6, million: 1e6, millions: 1e6, millionen: 1e6, millón: 1e6,
  millones: 1e6, milhão: 1e6, milhões: 1e6, mi: 1e6, 'м': 1e6, 'млн': 1e6,
  b: 1e9, bn: 1e9, billion: 1e9, billions: 1e9, mrd: 1e9, md: 1e9, mld: 1e9, milliard: 1e9,
  milliarden: 1e9, milliards: 1e9, 'млрд': 1e9, 'тыс': 1e3,
  万: 1e4, 萬: 1e4, 만: 1e4, 億: 1e8, 亿: 1e8, 억: 1e8,
  lakh: 1e5, crore: 1e7,
  // Compact forms of the interest-list languages (CLDR short decimal formats, as YouTube,
  // TikTok and Instagram print them): es/pt "mil", pt "mi"/"bi", it "mila"/"Mln"/"Mrd",
  // fr "k"/"M"/"Md", id "rb"/"jt", hi हज़ार/लाख/क॰(crore)/अ॰(arab), ar ألف/مليون/مليار.
  bi: 1e9, mila: 1e3, mille: 1e3, rb: 1e3, ribu: 1e3, jt: 1e6, juta: 1e6, miliar: 1e9, bin: 1e3, milyon: 1e6, milyar: 1e9,
  हज़ार: 1e3, हजार: 1e3, लाख: 1e5, करोड़: 1e7, क: 1e7, अरब: 1e9, अ: 1e9,
  ألف: 1e3, آلاف: 1e3, مليون: 1e6, ملايين: 1e6, مليار: 1e9,
};

/**
 * Where one abbreviation means different things by language (CLDR): Turkish "B" is bin
 * (thousand) and "Mn"/"Mr" million/billion; Indonesian "M" is miliar (billion). Used only when
 * the page says its language.
 */
const LANGUAGE_MULTIPLIERS: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  tr: { b: 1e3, mn: 1e6, mr: 1e9, mlr: 1e9 },
  id: { m: 1e9, t: 1e12 },
};

/** Words meaning "none" when they open the text and it holds no digit ("No views"). */
const NONE_WORDS = /^(?:no|none|keine|keiner|aucun|aucune|sin|ningún|ninguna|nenhum|nenhuma|nessun|nessuna|geen)(?:\s|$)/u;

const GROUP_SPACES = /[\u00a0\u202f\u2009\u2007 ]/;

const NON_ASCII_DIGITS = /[\u0660-\u066c\u06f0-\u06f9]/;

/** Maps Arabic-Indic and Persian digits and Arabic separators to ASCII. */
export function normalizeDigits(text: string): string {
  // Nearly every count and date is ASCII already: one regex test instead of a copy per character.
  if (!NON_ASCII_DIGITS.test(text)) return text;
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code >= 0x0660 && code <= 0x0669) out += String(code - 0x0660);
    else if (code >= 0x06f0 && code <= 0x06f9) out += String(code - 0x06f0);
    else if (code === 0x066b) out += '.'; // Arabic decimal separator
    else if (code === 0x066c) out += ','; // Arabic thousands separator
    else out += ch;
  }
  return out;
}

function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

function isSeparator(ch: string | undefined): boolean {
  return ch === '.' || ch === ',' || ch === "'" || ch === '’' || (ch !== undefined && GROUP_SPACES.test(ch));
}

/**
 * Thousands groups of three; in Hindi (and Indian English) pages, lakh grouping: the last
 * group three digits, the ones before it two ("1,27,696").
 */
function groupsOk(groups: readonly string[], first: string, indianGrouping: boolean): boolean {
  const rest = groups.slice(1);
  if (first.length <= 3 && rest.every((g) => g.length === 3)) return true;
  return indianGrouping && first.length <= 2 && rest.at(-1)?.length === 3 && rest.slice(0, -1).every((g) => g.length === 2);
}

/** Interprets digit groups and the separators between them; undefined when inconsistent. */
function numberFromGroups(
  groups: readonly string[],
  seps: readonly string[],
  hasMultiplier: boolean,
  indianGrouping: boolean,
): number | undefined {
  if (seps.length === 0) return Number(groups[0]);
  let decimalIndex = -1;
  const lastDot = seps.lastIndexOf('.');
  const lastComma = seps.lastIndexOf(',');
  if (lastDot >= 0 && lastComma >= 0) {
    decimalIndex = Math.max(lastDot, lastComma);
  } else if (lastDot >= 0 || lastComma >= 0) {
    const mark = lastDot >= 0 ? '.' : ',';
    const occurrences = seps.filter((s) => s === mark).length;
    const after = groups[seps.lastIndexOf(mark) + 1] ?? '';
    const groupsThousands = occurrences > 1 || (after.length === 3 && !hasMultiplier);
    if (!groupsThousands) decimalIndex = seps.lastIndexOf(mark);
  }
  if (decimalIndex >= 0 && decimalIndex !== seps.length - 1) return undefined; // a decimal mark must be the last separator
  if (decimalIndex >= 0 && seps.slice(0, decimalIndex).includes(seps[decimalIndex] ?? '')) return undefined;
  const integerGroups = decimalIndex >= 0 ? groups.slice(0, decimalIndex + 1) : groups;
  const first = integerGroups[0] ?? '';
  if (integerGroups.length > 1 && !groupsOk(integerGroups, first, indianGrouping)) return undefined;
  const integer = integerGroups.join('');
  const fraction = decimalIndex >= 0 ? (groups[decimalIndex + 1] ?? '') : '';
  return Number(fraction ? `${integer}.${fraction}` : integer);
}

/**
 * `lang` (a BCP 47 tag such as "tr-TR", "id") settles the abbreviations whose meaning depends
 * on the language; without it the English reading holds.
 */
export function parseCount(input: unknown, lang?: string): number | undefined {
  if (typeof input === 'number') {
    return Number.isInteger(input) && input >= 0 && input <= MAX_COUNT ? input : undefined;
  }
  if (typeof input !== 'string' || input.length === 0 || input.length > 200) return undefined;
  // APIs send most counts as bare digit strings (X `views.count`, TikTok `statsV2`).
  if (PLAIN_DIGITS.test(input)) return Number(input) <= MAX_COUNT ? Number(input) : undefined;
  const text = normalizeDigits(input).trim().toLowerCase();
  let start = -1;
  for (let i = 0; i < text.length; i++) {
    if (isDigit(text[i])) {
      start = i;
      break;
    }
  }
  if (start < 0) return NONE_WORDS.test(text) ? 0 : undefined;
  if (text[start - 1] === '-' || text[start - 1] === '−') return undefined;

  const groups: string[] = [];
  const seps: string[] = [];
  let i = start;
  let group = '';
  for (; i < text.length; i++) {
    const ch = text[i];
    if (isDigit(ch)) {
      group += ch;
      continue;
    }
    if (isSeparator(ch) && isDigit(text[i + 1])) {
      // A space only groups when exactly three digits follow: "1 234" yes, "3 12" no.
      if (ch !== undefined && GROUP_SPACES.test(ch)) {
        const next3 = text.slice(i + 1, i + 4);
        if (!/^\d{3}$/.test(next3) || isDigit(text[i + 4])) break;
      }
      groups.push(group);
      seps.push(ch === '’' ? "'" : GROUP_SPACES.test(ch ?? '') ? ' ' : (ch ?? ''));
      group = '';
      continue;
    }
    break;
  }
  groups.push(group);

  // The multiplier is the word right after the number, optionally after one space.
  let rest = text.slice(i);
  rest = rest.replace(/^[\s\u00a0\u202f\u2009]+/u, '');
  // Letters with their combining marks: Devanagari words carry vowel signs and nukta.
  const wordMatch = /^([\p{L}\p{M}]+)/u.exec(rest);
  let word = wordMatch?.[1] ?? '';
  // CJK multipliers stand alone before the noun: "1.2万回視聴".
  const firstChar = word[0];
  if (firstChar && MULTIPLIERS[firstChar] !== undefined && /[\u3400-\u9fff\uac00-\ud7af]/u.test(firstChar)) word = firstChar;
  const primary = lang?.slice(0, 2).toLowerCase();
  const multiplier = (primary ? LANGUAGE_MULTIPLIERS[primary]?.[word] : undefined) ?? MULTIPLIERS[word] ?? 1;
  const hasMultiplier = multiplier !== 1;

  const spaceOrApostrophe = seps.filter((s) => s === ' ' || s === "'").length;
  const indian = primary === 'hi' || /^en-in$/i.test(lang ?? '');
  const value = numberFromGroups(groups, seps, hasMultiplier, indian);
  if (value === undefined || !Number.isFinite(value)) return undefined;
  if (spaceOrApostrophe > 0 && seps.some((s, idx) => (s === ' ' || s === "'") && (groups[idx + 1]?.length ?? 0) !== 3)) {
    return undefined;
  }
  const scaled = value * multiplier;
  const rounded = Math.round(scaled);
  if (!hasMultiplier && rounded !== value) return undefined;
  if (!Number.isFinite(rounded) || rounded < 0 || rounded > MAX_COUNT) return undefined;
  return rounded;
}

/**
 * The exact count behind a rounded one, when a label beside it spells it out ("like this video
 * along with 14,434 other people" next to "14 K"; a `title` or tooltip "127.696" next to
 * "128 mil"). A number in the label is taken only when the rounded count could be its
 * rounding (within 10%), so a label about something else never replaces the count.
 */
export function exactCount(rounded: number | undefined, label: unknown, lang?: string): number | undefined {
  if (rounded === undefined || typeof label !== 'string' || label.length > 500) return undefined;
  const text = normalizeDigits(label);
  for (const token of text.match(/\d[\d.,'’\u00a0\u202f\u2009 ]*\d|\d/g) ?? []) {
    const value = parseCount(token.trim(), lang);
    if (value !== undefined && Math.abs(value - rounded) <= rounded * 0.1 + 1) return value;
  }
  return undefined;
}
