/**
 * Labelled text that nobody here wrote: the translated messages of the free software on this
 * machine (GNU gettext catalogues, /usr/share/locale/<language>/LC_MESSAGES/<domain>.mo), written
 * by each project's volunteer translators and labelled by the folder they are installed in. Read
 * where they are installed, never copied into the project (their licences vary).
 *
 * Two sets, kept apart by program (gettext text domain), not by message:
 * - TRAINING_DOMAINS: what the group models were trained on and the engine was tuned on
 *   (train-language-groups.ts, tune-language.ts) until the first fresh set was reported; the
 *   models now train on MODEL_DOMAINS, these and EVAL_DOMAINS. Pinned by name, so installing more packages
 *   does not change the training data. Debian installs most of them with the base system and
 *   `apt-get install libgtk-3-common libglib2.0-data libpam-modules coreutils findutils tar
 *   gdk-pixbuf…`.
 * - EVAL_DOMAINS: the first fresh set, programs none of whose messages had been trained or
 *   tuned on, which `npm run eval` reported for language once (trained on since). Chosen, before any result on them was seen, by which
 *   languages their catalogues cover (Indonesian, Malay, Bosnian, Croatian, Serbian, Galician,
 *   Norwegian, Danish among them), from packages that hold translations and little else:
 *
 *     apt-get install --no-install-recommends atril-common caja-common engrampa-common
 *       evince-common gedit-common gimp-data gnome-control-center-data gnome-terminal-data
 *       gvfs-common mate-control-center-common mate-desktop-common nautilus-data pluma-common
 *       totem-common vlc-l10n
 *
 *   (Debian 12 versions; gnome-control-center's timezone catalogue is a list of city names and
 *   is left out.) The sample rule (evalSamples) was fixed with the list, before the first run.
 *   Reported once on 2026-12-06 and SEEN since: a validation set for choices from then on.
 * - EVAL2_DOMAINS: the second fresh set, fixed after the first had been seen and before any
 *   engine change made knowing it, by the same rule (which languages the catalogues cover,
 *   counted per language only; no program in training or in EVAL_DOMAINS, nor a fork of one:
 *   not nemo, mate-terminal or cinnamon-control-center), also leaving out any text that occurs
 *   in EVAL_DOMAINS:
 *
 *     apt-get install --no-install-recommends brasero-common cheese-common eom-common
 *       evolution-common gnome-shell-common gnome-software-common gnumeric-common gparted-common
 *       gthumb-data marco-common mate-panel-common mate-power-manager-common
 *       mate-settings-daemon-common mate-utils-common mutter-common pidgin-data rhythmbox-data
 *       shotwell-common thunar-data
 *
 *   (Debian 12 versions.)
 * - EVAL3_DOMAINS: the third fresh set, fixed while the engine was being changed knowing the
 *   second (both earlier sets SEEN), before the engine read it, by the same rule: packages chosen
 *   only by which languages their catalogues cover (`dpkg-deb -c` of the downloaded packages:
 *   Bosnian, Malay, Indonesian, Croatian, Serbian, Galician, Norwegian, Danish above all),
 *   no program in TRAINING_DOMAINS, EVAL_DOMAINS or EVAL2_DOMAINS nor a fork of one (no MATE,
 *   Cinnamon or X-Apps program, no file-roller, eog, metacity or gnome-panel), leaving out any
 *   text that occurs in the catalogues of those three lists (counted per language only):
 *
 *     apt-get install --no-install-recommends aptitude-common audacity-data claws-mail-i18n
 *       debconf-i18n e2fsprogs-l10n filezilla-common geany-common gnome-bluetooth-3-common
 *       gnome-session-common gnucash-common hexchat-common libgarcon-common libgoa-1.0-common
 *       libparted-i18n libxfce4ui-common libxfce4util-common lxpanel-data lxsession-data
 *       poedit-common remmina-common tilix-common tumbler-common util-linux-locales
 *       xfce4-power-manager-data xfdesktop4-data
 *
 *   (Debian 12 versions.) Held out: read by no detector until the lead's single report.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mo } from 'gettext-parser';

export const LOCALE_DIR = '/usr/share/locale';

/** The programs the group models are trained on: those installed when the eval set was chosen. */
export const TRAINING_DOMAINS: readonly string[] = [
  'Linux-PAM', 'PackageKit', 'adduser', 'appstream', 'apt', 'at-spi2-core', 'avahi', 'bash', 'bfd',
  'binutils', 'coreutils', 'cups-pk-helper', 'diffutils', 'dpkg', 'dpkg-dev', 'elfutils',
  'findutils', 'gas', 'gdk-pixbuf', 'gettext-runtime', 'gettext-tools', 'git', 'glib20', 'gnupg2',
  'gnutls30', 'gold', 'gprof', 'grep', 'gsettings-desktop-schemas', 'gstreamer-1.0', 'gtk20',
  'gtk20-properties', 'gtk30', 'gtk30-properties', 'initdb-15', 'ld', 'libapt-pkg6.0', 'libc',
  'libhandy', 'libidn2', 'libpq5-15', 'libsecret', 'make', 'man-db', 'man-db-gnulib', 'mit-krb5',
  'net-tools', 'notification-daemon', 'opcodes', 'pg_amcheck-15', 'pg_archivecleanup-15',
  'pg_basebackup-15', 'pg_checksums-15', 'pg_config-15', 'pg_controldata-15', 'pg_ctl-15',
  'pg_dump-15', 'pg_resetwal-15', 'pg_rewind-15', 'pg_test_fsync-15', 'pg_test_timing-15',
  'pg_upgrade-15', 'pg_verifybackup-15', 'pg_waldump-15', 'pgscripts-15', 'plpgsql-15', 'polkit-1',
  'popt', 'postgres-15', 'procps-ng', 'psmisc', 'psql-15', 'python-apt', 'sed', 'shadow',
  'shared-mime-info', 'software-properties', 'system-config-printer', 'systemd', 'tar', 'upower',
  'wget', 'wget-gnulib', 'xdg-user-dirs', 'xz', 'zvbi',
];

/** The Debian packages that install EVAL_DOMAINS' catalogues (the apt-get line above). */
export const EVAL_PACKAGES: readonly string[] = [
  'atril-common', 'caja-common', 'engrampa-common', 'evince-common', 'gedit-common', 'gimp-data',
  'gnome-control-center-data', 'gnome-terminal-data', 'gvfs-common', 'mate-control-center-common',
  'mate-desktop-common', 'nautilus-data', 'pluma-common', 'totem-common', 'vlc-l10n',
];

/** The programs the fresh evaluation reads: none of them is in TRAINING_DOMAINS. */
export const EVAL_DOMAINS: readonly string[] = [
  'atril', 'caja', 'engrampa', 'evince', 'gedit', 'gimp20', 'gimp20-python', 'gimp20-script-fu',
  'gimp20-std-plug-ins', 'gnome-control-center-2.0', 'gnome-terminal', 'gvfs',
  'mate-control-center', 'mate-desktop', 'nautilus', 'pluma', 'totem', 'vlc',
];

/** The Debian packages that install EVAL2_DOMAINS' catalogues (the second apt-get line above). */
export const EVAL2_PACKAGES: readonly string[] = [
  'brasero-common', 'cheese-common', 'eom-common', 'evolution-common', 'gnome-shell-common',
  'gnome-software-common', 'gnumeric-common', 'gparted-common', 'gthumb-data', 'marco-common',
  'mate-panel-common', 'mate-power-manager-common', 'mate-settings-daemon-common',
  'mate-utils-common', 'mutter-common', 'pidgin-data', 'rhythmbox-data', 'shotwell-common',
  'thunar-data',
];

/** The programs the second fresh evaluation reads: none in TRAINING_DOMAINS or EVAL_DOMAINS. */
export const EVAL2_DOMAINS: readonly string[] = [
  'brasero', 'cheese', 'eom', 'evolution', 'gnome-shell', 'gnome-software', 'gnumeric-1.12.55',
  'gparted', 'gthumb', 'marco', 'mate-panel', 'mate-power-manager', 'mate-settings-daemon',
  'mate-utils', 'mutter', 'pidgin', 'rhythmbox', 'shotwell', 'thunar',
];

/** The Debian packages that install EVAL3_DOMAINS' catalogues (the third apt-get line above). */
export const EVAL3_PACKAGES: readonly string[] = [
  'aptitude-common', 'audacity-data', 'claws-mail-i18n', 'debconf-i18n', 'e2fsprogs-l10n',
  'filezilla-common', 'geany-common', 'gnome-bluetooth-3-common', 'gnome-session-common',
  'gnucash-common', 'hexchat-common', 'libgarcon-common', 'libgoa-1.0-common', 'libparted-i18n',
  'libxfce4ui-common', 'libxfce4util-common', 'lxpanel-data', 'lxsession-data', 'poedit-common',
  'remmina-common', 'tilix-common', 'tumbler-common', 'util-linux-locales',
  'xfce4-power-manager-data', 'xfdesktop4-data',
];

/** The programs the third fresh evaluation reads: none in TRAINING_DOMAINS, EVAL_DOMAINS or EVAL2_DOMAINS. */
export const EVAL3_DOMAINS: readonly string[] = [
  'aptitude', 'audacity', 'claws-mail', 'debconf', 'e2fsprogs', 'filezilla', 'garcon', 'geany',
  'gnome-bluetooth-3.0', 'gnome-online-accounts', 'gnome-session-43', 'gnucash', 'hexchat',
  'libxfce4ui', 'libxfce4util', 'lxpanel', 'lxsession', 'parted', 'poedit', 'remmina', 'tilix',
  'tumbler', 'util-linux', 'xfce4-power-manager', 'xfdesktop',
];

/**
 * What the group models are trained on: the training programs and both fresh sets' programs,
 * each set trained on once it had been reported and seen (the first set's after a split of
 * its programs in halves, both sets' after the folds of test/tools/language-folds.ts; see
 * lib/traits/language/README.md). With both sets in training, those folds are the only
 * validation the committed models have.
 */
export const MODEL_DOMAINS: readonly string[] = [...TRAINING_DOMAINS, ...EVAL_DOMAINS, ...EVAL2_DOMAINS];


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

/** FNV-1a of the text: a fixed order, the same on every machine. */
export function textHash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

export interface CatalogueSample {
  language: string;
  folder: string;
  catalogue: string;
  text: string;
  /** The English source text (msgid), cleaned, of a translated message. */
  source?: string;
}

/**
 * Every translated message of these domains, cleaned, in folder and file order, with English
 * from the source text of ENGLISH_FROM's catalogues. A message the translator left in English
 * (the same as its source) is left out. `sources` receives every cleaned source text read.
 */
function readMessages(domains: readonly string[], sources?: Set<string>): CatalogueSample[] {
  const wanted = new Set(domains);
  const out: CatalogueSample[] = [];
  for (const [folder, language] of Object.entries(LANGUAGES)) {
    const dir = join(LOCALE_DIR, folder, 'LC_MESSAGES');
    if (!existsSync(dir)) continue;
    for (const file of readdirSync(dir).sort()) {
      const catalogue = file.replace(/\.mo$/, '');
      if (!file.endsWith('.mo') || NOT_TEXT.test(file) || !wanted.has(catalogue)) continue;
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
          const cleanSource = cleanMessage(source);
          sources?.add(cleanSource);
          const text = cleanMessage(translated);
          if (text !== cleanSource) out.push({ language, folder, catalogue, text, source: cleanSource });
          if (folder === ENGLISH_FROM) out.push({ language: 'en', folder, catalogue, text: cleanSource });
        }
      }
    }
  }
  return out;
}

/** Keeps messages of minChars to maxChars characters, each text once (under the first language that has it). */
function firstOfEach(messages: readonly CatalogueSample[], minChars: number, maxChars: number, exclude?: ReadonlySet<string>): CatalogueSample[] {
  const seen = new Set<string>();
  return messages.filter((m) => {
    if (m.text.length < minChars || m.text.length > maxChars || seen.has(m.text) || exclude?.has(m.text)) return false;
    seen.add(m.text);
    return true;
  });
}

/**
 * The training set: every message of minChars to maxChars characters of these programs
 * (MODEL_DOMAINS unless told), each text once. Until the fresh evaluation this was split by a
 * hash of the text into a tuning and a held-out half; the held-out half had been reported four
 * times and is training data now.
 */
export function trainingSamples(options: { minChars: number; maxChars: number }, domains: readonly string[] = MODEL_DOMAINS): CatalogueSample[] {
  return firstOfEach(readMessages(domains), options.minChars, options.maxChars);
}

/** Every cleaned text of these programs' catalogues, translated or source, of any length or language. */
export function catalogueTexts(domains: readonly string[]): Set<string> {
  const texts = new Set<string>();
  for (const m of readMessages(domains, texts)) texts.add(m.text);
  return texts;
}

/** The sample rule of the fresh evaluation, fixed before its first run. */
export const EVAL_RULE = { minChars: 40, maxChars: 400, perLanguage: 100 } as const;

/**
 * The fresh evaluation set: per language, up to EVAL_RULE.perLanguage messages of 40–400
 * characters from EVAL_DOMAINS, taken in turn from each domain that has any (domains by name,
 * each one's messages in hash order), so that no one program fills a language. Left out: a
 * message left in English, a text that occurs anywhere in the training domains (translated or
 * source, of any length and language), and a repeat (it counts once, under the first language).
 * The second set (EVAL2_DOMAINS) follows the same rule and also leaves out any text of EVAL_DOMAINS;
 * the third (EVAL3_DOMAINS) also leaves out any text of EVAL_DOMAINS and EVAL2_DOMAINS.
 */
export function evalSamples(which: 'first' | 'second' | 'third' = 'first'): CatalogueSample[] {
  // The second set leaves out the first set's texts too, and the third the second's and
  // whatever else the models train on: they have been seen.
  const leaveOut = {
    first: TRAINING_DOMAINS,
    second: [...TRAINING_DOMAINS, ...EVAL_DOMAINS],
    third: [...new Set([...TRAINING_DOMAINS, ...EVAL_DOMAINS, ...EVAL2_DOMAINS, ...MODEL_DOMAINS])],
  }[which];
  const read = { first: EVAL_DOMAINS, second: EVAL2_DOMAINS, third: EVAL3_DOMAINS }[which];
  return [...drawByProgram(read, leaveOut, EVAL_RULE.perLanguage).values()].flat();
}

/**
 * The evaluation's draw, per language: messages of EVAL_RULE's 40–400 characters of the `read`
 * programs, each text once (under the first language that has it), none that occurs in the
 * `leaveOut` programs' catalogues (translated or source, any length or language), up to
 * `perLanguage` taken in turn from each program (programs by name).
 */
export function drawByProgram(read: readonly string[], leaveOut: readonly string[], perLanguage: number): Map<string, CatalogueSample[]> {
  const kept = firstOfEach(readMessages(read), EVAL_RULE.minChars, EVAL_RULE.maxChars, catalogueTexts(leaveOut));
  const byLanguage = new Map<string, Map<string, CatalogueSample[]>>();
  for (const m of kept) {
    const programs = byLanguage.get(m.language) ?? new Map<string, CatalogueSample[]>();
    byLanguage.set(m.language, programs);
    const list = programs.get(m.catalogue) ?? [];
    programs.set(m.catalogue, list);
    list.push(m);
  }
  return new Map([...byLanguage].map(([language, programs]) => [language, takeInTurn([...programs.keys()].sort().map((p) => programs.get(p)!), perLanguage)]));
}

/**
 * Up to `count` texts taken in turn from each source (in the order given), each source's texts
 * in the order of a hash of their text: no one source fills the sample.
 */
export function takeInTurn<T extends { text: string }>(sources: readonly T[][], count: number): T[] {
  const queues = sources.map((q) => [...q].sort((a, b) => textHash(a.text) - textHash(b.text) || (a.text < b.text ? -1 : 1)));
  const taken: T[] = [];
  for (let round = 0; taken.length < count && queues.some((q) => q.length > round); round++) {
    for (const q of queues) if (round < q.length && taken.length < count) taken.push(q[round]!);
  }
  return taken;
}

export function catalogueTextAvailable(): boolean {
  return existsSync(join(LOCALE_DIR, 'id', 'LC_MESSAGES')) && existsSync(join(LOCALE_DIR, 'ms', 'LC_MESSAGES'));
}

/** Whether the eval packages are installed (one of their catalogues in Malay, the rarest language here). */
export function evalTextAvailable(): boolean {
  return existsSync(join(LOCALE_DIR, 'ms', 'LC_MESSAGES', 'gedit.mo'));
}

/** Whether the second set's packages are installed (one of their catalogues in Malay). */
export function eval2TextAvailable(): boolean {
  return existsSync(join(LOCALE_DIR, 'ms', 'LC_MESSAGES', 'brasero.mo'));
}

/** Whether the third set's packages are installed (one of their catalogues in Malay). */
export function eval3TextAvailable(): boolean {
  return existsSync(join(LOCALE_DIR, 'ms', 'LC_MESSAGES', 'xfdesktop.mo'));
}
