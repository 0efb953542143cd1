/**
 * Labelled text that nobody here wrote: the translated messages of the free software on this
 * machine (GNU gettext catalogues, /usr/share/locale/<language>/LC_MESSAGES/*.mo), written by
 * each project's volunteer translators and labelled by the folder they are installed in. Read
 * where they are installed, never copied into the project (their licences vary). Debian
 * installs them with the programs; `apt-get install libgtk-3-common libglib2.0-data
 * libpam-modules coreutils findutils tar gdk-pixbuf…` brings most of them (see LANGUAGES).
 *
 * The messages are split in two by a hash of their text: the tuning half is the only one
 * looked at while tuning the engine (test/tools/tune-language.ts), the held-out half is what
 * `npm run eval` reports.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mo } from 'gettext-parser';

export const LOCALE_DIR = '/usr/share/locale';

/** Catalogue folder → the ISO 639-1 code the engine answers for it. */
export const LANGUAGES: Record<string, string> = {
  es: 'es', pt: 'pt', pt_BR: 'pt', gl: 'gl', ca: 'ca', fr: 'fr', de: 'de', it: 'it', nl: 'nl',
  pl: 'pl', tr: 'tr', ro: 'ro', hu: 'hu', fi: 'fi', vi: 'vi', id: 'id', ms: 'ms',
  nb: 'no', da: 'da', sv: 'sv', cs: 'cs', sk: 'sk', sr: 'sr', 'sr@latin': 'sr', hr: 'hr', bs: 'bs',
  ru: 'ru', uk: 'uk', be: 'be', bg: 'bg', hi: 'hi', ur: 'ur', ar: 'ar', fa: 'fa', he: 'he', el: 'el',
  ja: 'ja', ko: 'ko', zh_CN: 'zh', th: 'th',
};

/** English comes from the source messages (msgid) of this folder's catalogues: programmers' English. */
const ENGLISH_FROM = 'de';

/** Language groups a detector confuses most, reported pair by pair. */
export const CONFUSABLE_GROUPS: readonly (readonly string[])[] = [
  ['id', 'ms'],
  ['es', 'pt', 'gl', 'ca'],
  ['no', 'da', 'sv'],
  ['cs', 'sk'],
  ['sr', 'hr', 'bs'],
  ['ru', 'uk', 'be'],
  ['hi', 'ur'],
];

// Names of countries, languages, currencies and keyboard layouts are lists of names, not text.
const NOT_TEXT = /^(iso_|xkeyboard-config)/;

// printf and Python formats, {0} and ${name} placeholders, markup, mnemonics, escapes.
const PLACEHOLDER = /%(\d+\$)?[-+ #0]*\d*(\.\d+)?(hh|h|ll|l|L|z|j|t|I64|I32)?[a-zA-Z%]|%\([a-z_]+\)[sd]|\{[^}]*\}|\$\{[^}]*\}|<[^>]*>|&[a-z]+;/g;
const MNEMONIC = /(^|[^\p{L}])[_&](?=\p{L})/gu;
const SPACES = /\s+/g;

export function cleanMessage(text: string): string {
  return text.replace(PLACEHOLDER, ' ').replace(MNEMONIC, '$1').replace(/\\[ntr]|[\\|]/g, ' ').replace(SPACES, ' ').trim();
}

/** FNV-1a of the text: a fixed split, the same on every machine. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

export type Half = 'tuning' | 'held-out';

export function halfOf(text: string): Half {
  return hash(text) % 2 === 0 ? 'tuning' : 'held-out';
}

export interface CatalogueSample {
  language: string;
  folder: string;
  catalogue: string;
  text: string;
}

/**
 * Up to `perLanguage` messages of `minChars` to `maxChars` characters per language, from one
 * half, in a fixed order (by hash), so every run reads the same ones. A message the translator
 * left in English (the same as its source), or that repeats, is left out.
 */
export function catalogueSamples(options: { half: Half; minChars: number; maxChars: number; perLanguage: number }): CatalogueSample[] {
  const out: CatalogueSample[] = [];
  const byLanguage = new Map<string, CatalogueSample[]>();
  const seen = new Set<string>();
  for (const [folder, language] of Object.entries(LANGUAGES)) {
    const dir = join(LOCALE_DIR, folder, 'LC_MESSAGES');
    if (!existsSync(dir)) continue;
    for (const file of readdirSync(dir).sort()) {
      if (!file.endsWith('.mo') || NOT_TEXT.test(file)) continue;
      let parsed;
      try {
        parsed = mo.parse(readFileSync(join(dir, file)));
      } catch {
        continue;
      }
      for (const context of Object.values(parsed.translations)) {
        for (const message of Object.values(context)) {
          const source = message.msgid;
          const translated = message.msgstr[0];
          if (!source || !translated || translated === source) continue;
          const texts: [string, string][] = [[language, cleanMessage(translated)]];
          if (folder === ENGLISH_FROM) texts.push(['en', cleanMessage(source)]);
          for (const [lang, text] of texts) {
            if (text.length < options.minChars || text.length > options.maxChars || (lang !== 'en' && text === cleanMessage(source))) continue;
            if (seen.has(text) || halfOf(text) !== options.half) continue;
            seen.add(text);
            const list = byLanguage.get(lang) ?? [];
            byLanguage.set(lang, list);
            list.push({ language: lang, folder, catalogue: file.replace(/\.mo$/, ''), text });
          }
        }
      }
    }
  }
  for (const list of byLanguage.values()) {
    list.sort((a, b) => hash(a.text) - hash(b.text) || (a.text < b.text ? -1 : 1));
    out.push(...list.slice(0, options.perLanguage));
  }
  return out;
}

export function catalogueTextAvailable(): boolean {
  return existsSync(join(LOCALE_DIR, 'id', 'LC_MESSAGES')) && existsSync(join(LOCALE_DIR, 'ms', 'LC_MESSAGES'));
}
