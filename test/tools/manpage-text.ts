/**
 * Labelled text that nobody here wrote, of another kind than software messages: the sentences of
 * Debian's translated manual pages (/usr/share/man/<language>/man<section>/<page>.gz), written by
 * the manpages-l10n translators and labelled by the folder they are installed in; only the pages
 * MAN_PACKAGES install (dpkg's file lists), not those other packages install there (dpkg's, apt's:
 * programs whose catalogues the models train on). Read where they are installed, never copied into
 * the project. Installed (Debian 12) with
 *
 *   apt-get install --no-install-recommends manpages-cs manpages-da manpages-de manpages-el
 *     manpages-es manpages-fi manpages-fr manpages-hu manpages-id manpages-it manpages-mk
 *     manpages-nb manpages-nl manpages-pl manpages-pt-br manpages-ro manpages-ru manpages-sr
 *     manpages-sv manpages-uk manpages-vi manpages-ja manpages-tr manpages-zh
 *
 * Labels: the folder's language (MAN_LANGUAGES): pt and pt_BR are 'pt', nb is 'no', zh_CN and
 * zh_TW are 'zh' (simplified and traditional characters), sr is 'sr' (manpages-sr writes Serbian
 * in Cyrillic; a Latin page there would be Serbian too).
 *
 * The rule, fixed on 2026-12-06 before any detector read these sentences:
 * - troff to plain text (troffParagraphs): comment lines and every request or macro line are
 *   dropped, except the font macros (.B, .I, .BR, .IR …), whose words are part of the running
 *   text; headings (.TH, .SH, .SS) are dropped; code, tables and macro definitions
 *   (.nf/.fi, .EX/.EE, .TS/.TE, .EQ/.EN, .de/.ig … ..) are dropped whole; the tag line after .TP
 *   and any line that starts with an option (-x, --xx) are dropped; font and size escapes, \-,
 *   \(xx, \[xx], \*(xx and the other escapes become their character or nothing; URLs and e-mail
 *   addresses are removed; a paragraph's lines are joined.
 * - sentences: each paragraph split by Intl.Segmenter (sentence granularity, the folder's
 *   language); kept when 40–400 characters long, not a sentence of the English original (the page
 *   of the same section and name in /usr/share/man/man<section>/; a page whose original is not
 *   installed is left out, as its untranslated paragraphs could not be told), and neither a text
 *   nor a sentence of a text of the TRAINING_DOMAINS, EVAL_DOMAINS or EVAL2_DOMAINS catalogues
 *   (catalogue-text.ts; translated or source); a repeat counts once, under the first language
 *   (folders in MAN_LANGUAGES' order); boilerplate is left out: a sentence that, with the page's
 *   name (ls of man1/ls.1.gz) taken out, is a sentence of 3 or more pages of its language.
 * - sample: per language up to EVAL_RULE.perLanguage sentences, taken in turn from each page
 *   (pages by folder, section and name; each page's sentences in the order of a hash of their
 *   text), as the catalogue sets do.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { catalogueTexts, EVAL2_DOMAINS, EVAL_DOMAINS, EVAL_RULE, MODEL_DOMAINS, takeInTurn, TRAINING_DOMAINS } from './catalogue-text';

export const MAN_DIR = '/usr/share/man';
const DPKG_INFO = '/var/lib/dpkg/info';

/** The Debian packages that install the translated pages (the apt-get line above). */
export const MAN_PACKAGES: readonly string[] = [
  'manpages-cs', 'manpages-da', 'manpages-de', 'manpages-el', 'manpages-es', 'manpages-fi',
  'manpages-fr', 'manpages-hu', 'manpages-id', 'manpages-it', 'manpages-mk', 'manpages-nb',
  'manpages-nl', 'manpages-pl', 'manpages-pt-br', 'manpages-ro', 'manpages-ru', 'manpages-sr',
  'manpages-sv', 'manpages-uk', 'manpages-vi', 'manpages-ja', 'manpages-tr', 'manpages-zh',
];

/** Man page folder → the ISO 639-1 code the engine answers for it. */
export const MAN_LANGUAGES: Record<string, string> = {
  cs: 'cs', da: 'da', de: 'de', el: 'el', es: 'es', fi: 'fi', fr: 'fr', gl: 'gl', hr: 'hr',
  hu: 'hu', id: 'id', it: 'it', ja: 'ja', ko: 'ko', mk: 'mk', nb: 'no', nl: 'nl', pl: 'pl',
  pt: 'pt', pt_BR: 'pt', ro: 'ro', ru: 'ru', sl: 'sl', sr: 'sr', sv: 'sv', tr: 'tr', uk: 'uk',
  vi: 'vi', zh_CN: 'zh', zh_TW: 'zh',
};

// Font macros: their arguments are words of the running text. The two-letter ones alternate
// fonts between arguments written without a space between them (.BR ls (1) is "ls(1)").
const FONT_MACROS = new Set(['B', 'I', 'SM', 'SB']);
const ALTERNATING_MACROS = new Set(['BR', 'BI', 'IB', 'IR', 'RB', 'RI']);
// Requests and macros that end a paragraph (man and mdoc); any other is dropped where it stands.
const BREAKS = new Set(['TH', 'SH', 'SS', 'PP', 'P', 'LP', 'TP', 'TQ', 'IP', 'HP', 'RS', 'RE', 'sp', 'br', 'bp', 'in', 'ti', 'Sh', 'Ss', 'Pp', 'It', 'Bl', 'El', 'Nd', 'Dd', 'Dt', 'Os']);
// Blocks dropped whole: request that opens → what closes it.
const BLOCKS: Record<string, RegExp> = {
  nf: /^[.'][ \t]*fi\b/, EX: /^[.'][ \t]*EE\b/, TS: /^[.'][ \t]*TE\b/, EQ: /^[.'][ \t]*EN\b/,
  PS: /^[.'][ \t]*PE\b/, Bd: /^[.'][ \t]*Ed\b/, de: /^[.'][ \t]*\.\s*$/, de1: /^[.'][ \t]*\.\s*$/,
  am: /^[.'][ \t]*\.\s*$/, ig: /^[.'][ \t]*\.\s*$/,
};

/** Special characters (\(xx, \[xx]) and strings (\*(xx) that stand for a character in text. */
const CHARACTERS: Record<string, string> = {
  em: '—', en: '–', hy: '-', lq: '“', rq: '”', oq: '‘', cq: '’', aq: "'", dq: '"', Fo: '«', Fc: '»',
  fo: '‹', fc: '›', bu: '•', co: '©', rg: '®', tm: '™', R: '®', Tm: '™', mu: '×', de: '°', ha: '^',
  ti: '~', rs: '\\', sl: '/', ga: '`', aa: '´', bq: '„', Bq: '„',
};
// groff's composite glyphs (\(:a, \['e], as Pod::Man writes accented letters): accent, then letter.
const ACCENTS: Record<string, string> = {
  "'": '\u0301', '`': '\u0300', '^': '\u0302', '~': '\u0303', ':': '\u0308', ',': '\u0327',
  o: '\u030a', v: '\u030c', '"': '\u030b', '-': '\u0304', '.': '\u0307', u: '\u0306',
};
const LETTERS: Record<string, string> = {
  ss: 'ß', ae: 'æ', AE: 'Æ', oe: 'œ', OE: 'Œ', '/o': 'ø', '/O': 'Ø', '/l': 'ł', '/L': 'Ł', '-D': 'Đ', Sd: 'ð', TP: 'Þ', Tp: 'þ', '.i': 'ı',
};
function character(name: string): string {
  if (CHARACTERS[name] !== undefined) return CHARACTERS[name];
  if (LETTERS[name] !== undefined) return LETTERS[name];
  const unicode = /^u([0-9A-F]{4,6})$/.exec(name);
  if (unicode) return String.fromCodePoint(parseInt(unicode[1]!, 16));
  const accent = name.length === 2 ? ACCENTS[name[0]!] : undefined;
  return accent && /\p{L}/u.test(name[1]!) ? (name[1]! + accent).normalize('NFC') : '';
}

/** A text line's escapes turned into the characters they print, or nothing. */
export function troffText(line: string): string {
  return line
    .replace(/\\[fF](\(..|\[[^\]]*\]|.)/g, '')
    .replace(/\\s(\[[^\]]*\]|\(\d\d|[-+]?\d)/g, '')
    .replace(/\\\*(\(..|\[[^\]]*\]|.)/g, (_, n: string) => character(n.replace(/^[([]|\]$/g, '')))
    .replace(/\\(\(..|\[[^\]]*\])/g, (_, n: string) => character(n.replace(/^[([]|\]$/g, '')))
    .replace(/\\[hvwXNlLoDbZSxR]'[^']*'/g, '')
    .replace(/\\[nmgkMY](\(..|\[[^\]]*\]|.)/g, '')
    .replace(/\\[-e]/g, (e) => (e === '\\-' ? '-' : '\\'))
    .replace(/\\[~ 0]/g, ' ')
    .replace(/\\(.)/g, (_, c: string) => ('&|^,/%:c)pdurta{}'.includes(c) ? '' : c));
}

/** Splits a request line's arguments, a quoted argument being one. */
function requestArguments(text: string): string[] {
  return [...text.matchAll(/"((?:[^"]|"")*)"?|(\S+)/g)].map((m) => (m[1] ?? m[2] ?? '').replace(/""/g, '"'));
}

// URLs (in angle brackets or bare) and e-mail addresses are not sentences' words.
const URL = /<?\b(?:https?|ftp|file):\/\/[^\s>]*>?|<?\bwww\.[^\s>]+>?|<?[\w.+-]+@[\w-]+(\.[\w-]+)+>?/g;

/** A man page's running text, as paragraphs of plain text (the module header's rule). */
export function troffParagraphs(source: string): string[] {
  const paragraphs: string[] = [];
  let current: string[] = [];
  const flush = () => {
    const text = current.join(' ').replace(URL, ' ').replace(/\s+/g, ' ').trim();
    if (text) paragraphs.push(text);
    current = [];
  };
  let closing: RegExp | undefined;
  let dropTag = false;
  for (const raw of source.split(/\r?\n/)) {
    // \" starts a comment, to the end of the line (a line that is only one is dropped whole).
    const line = raw.replace(/\\".*$/, '');
    if (closing) {
      if (closing.test(line)) closing = undefined;
      continue;
    }
    const request = /^[.'][ \t]*([^\s\\]*)[ \t]*(.*)$/.exec(line);
    let text: string;
    if (request) {
      const [, name = '', args = ''] = request;
      if (BLOCKS[name]) {
        closing = BLOCKS[name];
        flush();
        continue;
      }
      if (BREAKS.has(name)) {
        flush();
        dropTag = name === 'TP' || name === 'TQ';
        continue;
      }
      if (!FONT_MACROS.has(name) && !ALTERNATING_MACROS.has(name)) continue;
      // A font macro with no argument sets the font of the next line, which is read as text.
      if (!args.trim()) continue;
      text = requestArguments(args).join(ALTERNATING_MACROS.has(name) ? '' : ' ');
    } else {
      if (!line.trim()) {
        flush();
        continue;
      }
      text = line;
    }
    const plain = troffText(text).trim();
    if (dropTag) {
      dropTag = false;
      continue;
    }
    // A line that starts with an option is an option's tag or a command line, not a sentence.
    if (/^-/.test(plain)) continue;
    current.push(plain);
  }
  flush();
  return paragraphs;
}

const segmenters = new Map<string, Intl.Segmenter>();

/** A paragraph's sentences (Intl.Segmenter, sentence granularity, in this language). */
export function sentences(paragraph: string, language: string): string[] {
  let segmenter = segmenters.get(language);
  if (!segmenter) segmenters.set(language, (segmenter = new Intl.Segmenter(language, { granularity: 'sentence' })));
  return [...segmenter.segment(paragraph)].map((s) => s.segment.trim()).filter((s) => s.length > 0);
}

/** A page's sentences, each once. */
export function pageSentences(source: string, language: string): string[] {
  return [...new Set(troffParagraphs(source).flatMap((p) => sentences(p, language)))];
}

export interface ManPageSample {
  language: string;
  folder: string;
  /** man<section>/<file>, the page's place under its folder and under the English one. */
  page: string;
  text: string;
}

/** The command or topic a page is about: its file name before the section ("ls" of man1/ls.1.gz). */
const pageName = (page: string) => page.replace(/^.*\//, '').replace(/\.[^.]+\.gz$/, '');

function readPage(path: string): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(gunzipSync(readFileSync(path)));
  } catch {
    // Not gzip or not UTF-8: no sentence of it is read, rather than a wrongly decoded one.
    return undefined;
  }
}

/** Every page of a folder: man<section>/<file>.gz, sorted. */
function pagesOf(folder: string, installed: ReadonlySet<string>): string[] {
  const dir = join(MAN_DIR, folder);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((s) => /^man\w+$/.test(s))
    .sort()
    .flatMap((section) => readdirSync(join(dir, section)).filter((f) => f.endsWith('.gz') && installed.has(join(dir, section, f))).sort().map((f) => `${section}/${f}`));
}

/** The files MAN_PACKAGES installed, from dpkg's lists: other packages' translated pages are not read. */
function installedByManPackages(): Set<string> {
  const files = new Set<string>();
  for (const name of MAN_PACKAGES) {
    const list = join(DPKG_INFO, `${name}.list`);
    if (existsSync(list)) for (const line of readFileSync(list, 'utf8').split('\n')) files.add(line);
  }
  return files;
}

/** The catalogue texts the sample leaves out: each text and each of its sentences. */
function seenCatalogueText(): Set<string> {
  const seen = new Set<string>();
  for (const text of catalogueTexts([...new Set([...TRAINING_DOMAINS, ...EVAL_DOMAINS, ...EVAL2_DOMAINS, ...MODEL_DOMAINS])])) {
    seen.add(text);
    for (const s of sentences(text, 'en')) seen.add(s);
  }
  return seen;
}

/** The man-page evaluation set, by the module header's rule. */
export function manPageSamples(): ManPageSample[] {
  const seen = seenCatalogueText();
  const installed = installedByManPackages();
  const english = new Map<string, Set<string> | undefined>();
  const kept: ManPageSample[] = [];
  for (const [folder, language] of Object.entries(MAN_LANGUAGES)) {
    for (const page of pagesOf(folder, installed)) {
      if (!english.has(page)) {
        const original = existsSync(join(MAN_DIR, page)) ? readPage(join(MAN_DIR, page)) : undefined;
        english.set(page, original === undefined ? undefined : new Set(pageSentences(original, 'en')));
      }
      const original = english.get(page);
      if (!original) continue;
      const source = readPage(join(MAN_DIR, folder, page));
      if (source === undefined) continue;
      for (const text of pageSentences(source, language)) {
        if (text.length < EVAL_RULE.minChars || text.length > EVAL_RULE.maxChars || original.has(text) || seen.has(text)) continue;
        seen.add(text);
        kept.push({ language, folder, page, text });
      }
    }
  }
  // Boilerplate that generated pages repeat with only the command's name changed ("or available
  // locally via: info '(coreutils) ls invocation'"): a sentence whose template is in 3 or more
  // pages of its language is left out.
  const template = (s: ManPageSample) => `${s.language} ${s.text.split(pageName(s.page)).join('\0')}`;
  const pagesOfTemplate = new Map<string, Set<string>>();
  for (const s of kept) {
    const pages = pagesOfTemplate.get(template(s)) ?? new Set<string>();
    pagesOfTemplate.set(template(s), pages.add(`${s.folder}/${s.page}`));
  }
  const sentencesOf = kept.filter((s) => pagesOfTemplate.get(template(s))!.size < 3);
  const out: ManPageSample[] = [];
  for (const language of new Set(sentencesOf.map((s) => s.language))) {
    const byPage = new Map<string, ManPageSample[]>();
    for (const s of sentencesOf) {
      if (s.language !== language) continue;
      const key = `${s.folder}/${s.page}`;
      const list = byPage.get(key) ?? [];
      byPage.set(key, list);
      list.push(s);
    }
    out.push(...takeInTurn([...byPage.values()], EVAL_RULE.perLanguage));
  }
  return out;
}

/** Whether the man-page packages are installed (one page of manpages-id, the rarest language here). */
export function manPageTextAvailable(): boolean {
  return existsSync(join(MAN_DIR, 'id', 'man1', 'at.1.gz')) && existsSync(join(MAN_DIR, 'man1'));
}
