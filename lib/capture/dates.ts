/**
 * Turns the dates platforms print into epoch ms: relative ("13 days ago", "vor 2 Tagen",
 * "hace 3 días", "il y a 2 jours", "há 3 dias", "13日前", "3天前", "2주 전", X/TikTok "2h"),
 * resolved against the capture time, and absolute ("Jan 5, 2024", "28 Aug 2016",
 * "2024年1月5日", ISO 8601, epoch seconds, X's "Wed Oct 10 20:19:24 +0000 2018").
 * Unreadable text is undefined.
 *
 * Relative dates are as coarse as the page: a month counts 30 days and a year 365, so "9
 * years ago" is only good to within a year, as it was on the page. Absolute dates without a
 * time are midnight UTC.
 */
import { normalizeDigits } from './counts';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const WEEK = 7 * DAY;
const MONTH = 30 * DAY;
const YEAR = 365 * DAY;
const MAX_EPOCH_MS = 8.64e15;

/** Unit words (en, de, es, fr, pt) and the X/TikTok letters, lower case. */
const UNITS: Readonly<Record<string, number>> = {
  s: SECOND, sec: SECOND, secs: SECOND, second: SECOND, seconds: SECOND, sekunde: SECOND, sekunden: SECOND,
  segundo: SECOND, segundos: SECOND, seconde: SECOND, secondes: SECOND,
  m: MINUTE, min: MINUTE, mins: MINUTE, minute: MINUTE, minutes: MINUTE, minuten: MINUTE, minuto: MINUTE, minutos: MINUTE,
  h: HOUR, hr: HOUR, hrs: HOUR, hour: HOUR, hours: HOUR, stunde: HOUR, stunden: HOUR, hora: HOUR, horas: HOUR,
  heure: HOUR, heures: HOUR,
  d: DAY, day: DAY, days: DAY, tag: DAY, tagen: DAY, tage: DAY, día: DAY, días: DAY, dia: DAY, dias: DAY,
  jour: DAY, jours: DAY,
  w: WEEK, wk: WEEK, wks: WEEK, week: WEEK, weeks: WEEK, woche: WEEK, wochen: WEEK, semana: WEEK, semanas: WEEK,
  semaine: WEEK, semaines: WEEK,
  // Japanese, Chinese and Korean, after "前" / "전" ("ago") is dropped: "13日前", "3天前", "2주 전"
  秒: SECOND, 秒钟: SECOND, 초: SECOND, 分: MINUTE, 分钟: MINUTE, 분: MINUTE, 時間: HOUR, 小时: HOUR, 小時: HOUR,
  시간: HOUR, 日: DAY, 天: DAY, 일: DAY, 週間: WEEK, 周: WEEK, 週: WEEK, 주: WEEK, か月: MONTH, ヶ月: MONTH,
  カ月: MONTH, 个月: MONTH, 個月: MONTH, 개월: MONTH, 年: YEAR, 년: YEAR,
  mo: MONTH, mos: MONTH, month: MONTH, months: MONTH, monat: MONTH, monaten: MONTH, monate: MONTH, mes: MONTH,
  meses: MONTH, mois: MONTH, mês: MONTH,
  y: YEAR, yr: YEAR, yrs: YEAR, year: YEAR, years: YEAR, jahr: YEAR, jahren: YEAR, jahre: YEAR, año: YEAR,
  años: YEAR, an: YEAR, ans: YEAR, année: YEAR, années: YEAR, ano: YEAR, anos: YEAR,
};

/** Single letters are units only when glued to the number ("2h"), never as words ("2 m views"). */
const GLUED_ONLY = new Set(['s', 'm', 'h', 'd', 'w', 'y', 'mo']);

const MONTHS: Readonly<Record<string, number>> = {
  jan: 0, january: 0, feb: 1, february: 1, mar: 2, march: 2, apr: 3, april: 3, may: 4, jun: 5, june: 5,
  jul: 6, july: 6, aug: 7, august: 7, sep: 8, sept: 8, september: 8, oct: 9, october: 9, nov: 10,
  november: 10, dec: 11, december: 11,
  // German, Spanish, French, Portuguese spellings that differ from English
  januar: 0, februar: 1, märz: 2, mai: 4, juni: 5, juli: 6, okt: 9, oktober: 9, dez: 11, dezember: 11,
  ene: 0, enero: 0, febrero: 1, marzo: 2, abr: 3, abril: 3, mayo: 4, junio: 5, julio: 6, ago: 7, agosto: 7,
  septiembre: 8, setembro: 8, set: 8, octubre: 9, noviembre: 10, dic: 11, diciembre: 11,
  janv: 0, janvier: 0, févr: 1, février: 1, mars: 2, avr: 3, avril: 3, juin: 5, juil: 6, juillet: 6,
  août: 7, déc: 11, décembre: 11, octobre: 9, novembre: 10,
  fev: 1, fevereiro: 1, março: 2, maio: 4, junho: 5, julho: 6, out: 9, outubro: 9, dezembro: 11,
};

function valid(ms: number): number | undefined {
  if (!Number.isFinite(ms)) return undefined;
  const whole = Math.round(ms);
  return whole >= 0 && whole <= MAX_EPOCH_MS ? whole : undefined;
}

function fromEpochNumber(n: number): number | undefined {
  if (!Number.isFinite(n) || n < 0) return undefined;
  // Below 10^11 it is seconds (that is until year 5138); above, milliseconds.
  return valid(n < 1e11 ? n * 1000 : n);
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

function utc(year: number, month: number, day: number, h = 0, mi = 0, s = 0): number | undefined {
  if (month < 0 || month > 11 || day < 1 || day > 31 || h > 23 || mi > 59 || s > 60) return undefined;
  // 31 Feb is no date (counted, not by a Date object per call: X pages carry hundreds of dates).
  if (day > (DAYS_IN_MONTH[month] ?? 31) && !(month === 1 && day === 29 && isLeapYear(year))) return undefined;
  return valid(Date.UTC(year, month, day, h, mi, s));
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i;
const X_CREATED_AT = /^[a-z]{3} ([a-z]{3}) (\d{1,2}) (\d{2}):(\d{2}):(\d{2}) ([+-])(\d{2})(\d{2}) (\d{4})$/i;

function parseIso(text: string): number | undefined {
  const m = ISO.exec(text);
  if (!m) return undefined;
  const base = utc(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0));
  if (base === undefined) return undefined;
  const millis = m[7] ? Number(`0.${m[7]}`) * 1000 : 0;
  let offset = 0;
  const zone = m[8];
  if (zone && zone.toUpperCase() !== 'Z') {
    const sign = zone.startsWith('-') ? -1 : 1;
    const digits = zone.slice(1).replace(':', '');
    offset = sign * (Number(digits.slice(0, 2)) * HOUR + Number(digits.slice(2, 4)) * MINUTE);
  }
  return valid(base + millis - offset);
}

/** The three letters of an ASCII word at `from`, lower-cased into one number, or -1. */
function letters3At(text: string, from: number): number {
  let key = 0;
  for (let i = from; i < from + 3; i++) {
    const c = text.charCodeAt(i) | 0x20;
    if (c < 0x61 || c > 0x7a) return -1;
    key = key * 256 + c;
  }
  return key;
}

const ENGLISH_MONTHS = new Map(
  ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'].map((m, i) => [letters3At(m, 0), i]),
);

/** Digits at [from, from + n) as a number, or -1 when any is not an ASCII digit. */
function digitsAt(text: string, from: number, n: number): number {
  let value = 0;
  for (let i = from; i < from + n; i++) {
    const c = text.charCodeAt(i) - 0x30;
    if (c < 0 || c > 9) return -1;
    value = value * 10 + c;
  }
  return value;
}

const X_SPACES = [3, 7, 10, 19, 25];

/**
 * X's created_at as X always prints it, "Wed Oct 10 20:19:24 +0000 2018" (30 characters), read
 * by position: a timeline holds one per tweet and the regex (ten captures) cost more than the
 * rest of the tweet. Anything else goes to the regex.
 */
function parseXCreatedAtFixed(text: string): number | undefined {
  if (text.length !== 30) return undefined;
  for (const at of X_SPACES) if (text.charCodeAt(at) !== 0x20) return undefined;
  const zone = text.charCodeAt(20);
  const sign = zone === 0x2d ? -1 : zone === 0x2b ? 1 : 0;
  if (text.charCodeAt(13) !== 0x3a || text.charCodeAt(16) !== 0x3a || sign === 0 || letters3At(text, 0) < 0) return undefined;
  const month = ENGLISH_MONTHS.get(letters3At(text, 4));
  const day = digitsAt(text, 8, 2);
  const h = digitsAt(text, 11, 2);
  const mi = digitsAt(text, 14, 2);
  const sec = digitsAt(text, 17, 2);
  const zh = digitsAt(text, 21, 2);
  const zm = digitsAt(text, 23, 2);
  const year = digitsAt(text, 26, 4);
  if (month === undefined || day < 0 || h < 0 || mi < 0 || sec < 0 || zh < 0 || zm < 0 || year < 0) return undefined;
  const base = utc(year, month, day, h, mi, sec);
  if (base === undefined) return undefined;
  return valid(base - sign * (zh * HOUR + zm * MINUTE));
}

function parseXCreatedAt(text: string): number | undefined {
  const fixed = parseXCreatedAtFixed(text);
  if (fixed !== undefined) return fixed;
  const m = X_CREATED_AT.exec(text);
  if (!m) return undefined;
  const month = MONTHS[(m[1] ?? '').toLowerCase()];
  if (month === undefined) return undefined;
  const base = utc(Number(m[9]), month, Number(m[2]), Number(m[3]), Number(m[4]), Number(m[5]));
  if (base === undefined) return undefined;
  const offset = (m[6] === '-' ? -1 : 1) * (Number(m[7]) * HOUR + Number(m[8]) * MINUTE);
  return valid(base - offset);
}

function monthOf(word: string): number | undefined {
  return MONTHS[word.toLowerCase().replace(/\.$/, '')];
}

/** "Jan 5, 2024", "5 Jan 2024", "28. Aug. 2016", "5 de enero de 2024", "Jan 5" (X, this year). */
function parseMonthName(text: string, capturedAt: number): number | undefined {
  const cjk = /(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]?/u.exec(text);
  if (cjk) return utc(Number(cjk[1]), Number(cjk[2]) - 1, Number(cjk[3]));
  let m = /(\p{L}+)\.?\s+(\d{1,2}),?\s+(\d{4})/u.exec(text);
  if (m) {
    const month = monthOf(m[1] ?? '');
    if (month !== undefined) return utc(Number(m[3]), month, Number(m[2]));
  }
  m = /(\d{1,2})\.?\s+(?:de\s+)?(\p{L}+)\.?,?\s+(?:de\s+)?(\d{4})/u.exec(text);
  if (m) {
    const month = monthOf(m[2] ?? '');
    if (month !== undefined) return utc(Number(m[3]), month, Number(m[1]));
  }
  m = /^(\p{L}+)\.?\s+(\d{1,2})$/u.exec(text) ?? null;
  const dayFirst = m ? null : /^(\d{1,2})\.?\s+(\p{L}+)\.?$/u.exec(text);
  const monthWord = m ? m[1] : dayFirst?.[2];
  const dayText = m ? m[2] : dayFirst?.[1];
  if (monthWord && dayText) {
    const month = monthOf(monthWord);
    if (month === undefined) return undefined;
    // X prints "Jan 5" for this year's posts; a date ahead of the capture belongs to last year.
    const year = new Date(capturedAt).getUTCFullYear();
    const thisYear = utc(year, month, Number(dayText));
    if (thisYear !== undefined && thisYear <= capturedAt + DAY) return thisYear;
    return utc(year - 1, month, Number(dayText));
  }
  return undefined;
}

function parseRelative(text: string, capturedAt: number): number | undefined {
  if (/^(?:just now|now|jetzt|gerade eben|ahora|maintenant|agora)$/u.test(text)) return valid(capturedAt);
  if (/^(?:yesterday|gestern|ayer|hier|ontem)\b/u.test(text)) return valid(capturedAt - DAY);
  // "a day ago", "an hour ago", "einem Tag", "un día", "une heure"
  let article: string | undefined;
  for (const a of text.matchAll(/(?:^|\s)(?:a|an|one|einem|einer|un|una|une|um|uma)\s+(\p{L}+)/gu)) {
    if (a[1] !== undefined && UNITS[a[1]] !== undefined && !GLUED_ONLY.has(a[1])) {
      article = a[1];
      break;
    }
  }
  const m = /(\d+)\s*(\p{L}+)/u.exec(text);
  let amount: number | undefined;
  let unitWord: string | undefined;
  let glued = false;
  if (m) {
    amount = Number(m[1]);
    unitWord = m[2];
    glued = !/\s/.test(text.slice((m.index ?? 0) + (m[1]?.length ?? 0), (m.index ?? 0) + (m[1]?.length ?? 0) + 1));
  } else if (article) {
    amount = 1;
    unitWord = article;
  }
  if (amount === undefined || unitWord === undefined) return undefined;
  unitWord = unitWord.replace(/前$/u, '');
  const unit = UNITS[unitWord];
  if (unit === undefined) return undefined;
  if (GLUED_ONLY.has(unitWord)) {
    // "2h" alone is X/TikTok style; "2 m" is more likely "2 million" than two minutes.
    if (!glued || text.replace(/\s+ago$/, '') !== `${amount}${unitWord}`) return undefined;
  }
  return valid(capturedAt - amount * unit);
}

export function parseRelativeDate(input: unknown, capturedAt: number): number | undefined {
  if (!Number.isFinite(capturedAt)) return undefined;
  if (typeof input === 'number') return fromEpochNumber(input);
  if (typeof input !== 'string' || input.length === 0 || input.length > 200) return undefined;
  // APIs send machine dates (ISO 8601, X's created_at) as they are: read those before any
  // normalising copy of the text, since a timeline carries one per record.
  const first = input.charCodeAt(0);
  const machine = first >= 0x30 && first <= 0x39 ? parseIso(input) : parseXCreatedAt(input);
  if (machine !== undefined) return machine;
  const raw = normalizeDigits(input).replace(/[\u00a0\u202f\u2009]/g, ' ').trim();
  if (/^\d{9,13}$/.test(raw)) return fromEpochNumber(Number(raw));
  const iso = parseIso(raw);
  if (iso !== undefined) return iso;
  const x = parseXCreatedAt(raw);
  if (x !== undefined) return x;
  const text = raw
    .toLowerCase()
    .replace(/\((?:edited|bearbeitet|editado|modifié)\)/gu, '')
    .replace(/^(?:streamed live on|streamed live|streamed|premiered on|premiered|published on|updated|live)\s+/u, '')
    .trim();
  return parseMonthName(text, capturedAt) ?? parseRelative(text, capturedAt);
}
