/**
 * The language part of `npm run eval` on text nobody here wrote, read by no detector before the
 * report: the translated messages of programs whose catalogues nothing was trained or tuned on
 * (catalogue-text.ts' EVAL3_DOMAINS, the third fresh set) and the sentences of Debian's
 * translated manual pages (manpage-text.ts), per language and per confusable group, for the
 * engine and for eld, tinyld and franc-min as they come, beside what the engine got on the first
 * and second fresh sets when each was reported (both have been trained on since).
 */
import { franc } from 'franc-min';
import { detect as tinyld } from 'tinyld';
import { detectLanguage } from '../../lib/traits/language';
import { eldDetect } from '../../lib/traits/language/eld-scores';
import { CONFUSABLE_GROUPS, EVAL2_DOMAINS, EVAL3_DOMAINS, EVAL3_PACKAGES, eval3TextAvailable, EVAL_DOMAINS, EVAL_RULE, evalSamples, LOCALE_DIR, MODEL_DOMAINS, TRAINING_DOMAINS } from './catalogue-text';
import { pct, table } from './eval-format';
import { MAN_DIR, MAN_PACKAGES, manPageSamples, manPageTextAvailable } from './manpage-text';

// franc-min answers ISO 639-3; these are the codes it gives for the languages measured here.
const FRANC_TO_ISO1: Record<string, string> = {
  eng: 'en', spa: 'es', por: 'pt', fra: 'fr', deu: 'de', ita: 'it', nld: 'nl', pol: 'pl', tur: 'tr', rus: 'ru',
  ukr: 'uk', arb: 'ar', hin: 'hi', ind: 'id', vie: 'vi', jpn: 'ja', kor: 'ko', cmn: 'zh', swe: 'sv', ron: 'ro',
  ell: 'el', hun: 'hu', ces: 'cs', heb: 'he', pes: 'fa', tha: 'th', dan: 'da', fin: 'fi', nob: 'no', zlm: 'ms',
  bel: 'be', bul: 'bg', srp: 'sr', hrv: 'hr', bos: 'bs', slk: 'sk', urd: 'ur', cat: 'ca', glg: 'gl', mar: 'mr',
};

export const LANGUAGE_DETECTORS: readonly [name: string, detect: (text: string) => string][] = [
  ['engine', (t) => detectLanguage(t).language],
  ['eld medium', (t) => eldDetect(t).language || 'unknown'],
  ['tinyld', (t) => tinyld(t) || 'unknown'],
  ['franc-min', (t) => FRANC_TO_ISO1[franc(t)] ?? franc(t)],
];

export interface LanguageScores {
  languages: string[];
  /** detector → language → [right, total, wrong answers by language]. */
  byDetector: Map<string, Map<string, { right: number; total: number; wrong: Map<string, number> }>>;
}

/** A labelled text: the language it is written in, by where it was found. */
export interface LabelledText {
  language: string;
  text: string;
}

export function scoreLanguages(samples: readonly LabelledText[]): LanguageScores {
  const languages = [...new Set(samples.map((s) => s.language))];
  const byDetector = new Map<string, Map<string, { right: number; total: number; wrong: Map<string, number> }>>();
  for (const [name, detect] of LANGUAGE_DETECTORS) {
    const rows = new Map(languages.map((l) => [l, { right: 0, total: 0, wrong: new Map<string, number>() }]));
    for (const s of samples) {
      const row = rows.get(s.language)!;
      const got = detect(s.text);
      row.total++;
      if (got === s.language) row.right++;
      else row.wrong.set(got, (row.wrong.get(got) ?? 0) + 1);
    }
    byDetector.set(name, rows);
  }
  return { languages, byDetector };
}



/** Languages none of eld, tinyld and franc-min has a model for: only the group models name them. */
const UNMODELLED = ['gl', 'bs'];

export const LANGUAGE_GOALS = { overall: 0.97, id: 0.95, ms: 0.9 } as const;

/**
 * The engine's right answers out of 100 per language on each earlier fresh set, as reported on
 * 2026-12-06 (the commits named, docs/accuracy.md): a record, not a measurement of the engine as
 * it is now, whose group models have trained on those programs since.
 */
const SEEN_REPORTS = [
  {
    name: 'first fresh set',
    commit: '9614138',
    overall: '95.8%',
    perLanguage: { es: 99, pt: 97, gl: 89, ca: 100, fr: 100, de: 99, en: 99, it: 100, nl: 96, pl: 100, tr: 100, ro: 96, hu: 100, fi: 99, vi: 100, id: 87, ms: 92, no: 97, da: 97, sv: 100, cs: 99, sk: 100, sr: 91, hr: 77, bs: 45, ru: 100, uk: 100, be: 100, bg: 95, hi: 98, ur: 100, ar: 100, fa: 100, he: 94, el: 100, ja: 98, ko: 99, zh: 95, th: 100 } as Readonly<Record<string, number>>,
  },
  {
    name: 'second fresh set',
    commit: 'f75205f',
    overall: '96.5%',
    perLanguage: { es: 100, pt: 100, gl: 98, ca: 100, fr: 99, de: 98, en: 100, it: 99, nl: 99, pl: 100, tr: 99, ro: 98, hu: 100, fi: 100, vi: 100, id: 91, ms: 94, no: 97, da: 93, sv: 99, cs: 99, sk: 98, sr: 88, hr: 77, bs: 54, ru: 99, uk: 99, be: 100, bg: 99, hi: 100, ur: 100, ar: 100, fa: 99, he: 99, el: 100, ja: 95, ko: 95, zh: 97, th: 100 } as Readonly<Record<string, number>>,
  },
] as const;

/**
 * The single report on the two held-out sets (commit 4c6f986, 2026-12-06), per language in
 * percent: a record, since the engine has been changed knowing it (lib/traits/language/README.md).
 */
const HELD_OUT_REPORT = {
  commit: '4c6f986',
  third: { es: 99, pt: 99, gl: 94, ca: 100, fr: 100, de: 100, en: 100, it: 98, nl: 98, pl: 100, tr: 99, ro: 100, hu: 100, fi: 100, vi: 100, id: 96, ms: 89, no: 93, da: 99, sv: 99, cs: 100, sk: 99, sr: 96, hr: 76, bs: 55, ru: 98, uk: 100, be: 100, bg: 95, hi: 99, ur: 100, ar: 100, fa: 89, he: 100, el: 99, ja: 99, ko: 98, zh: 92, th: 99 } as Readonly<Record<string, number>>,
  manPages: { cs: 99, da: 96, de: 98, el: 100, es: 97, fi: 97, fr: 100, hu: 97, id: 94, it: 98, ja: 91, mk: 0, no: 88, nl: 97, pl: 98, pt: 98, ro: 96, ru: 97, sr: 99, sv: 99, tr: 100, uk: 99, vi: 98, zh: 88 } as Readonly<Record<string, number>>,
  goals: '- overall ≥ 97%: third set 96.3%, manual pages 93.8%: NOT met\n- Indonesian ≥ 95%: third set 96.0%, manual pages 94.0%: NOT met\n- Malay ≥ 90%: third set 89.0%, manual pages no text: NOT met',
} as const;

const reported = (record: Readonly<Record<string, number>>) => (l: string) => [record[l] === undefined ? '–' : `${record[l]}%`];

/** The engine's share of right answers over these languages' texts (NaN when none is present). */
export function engineShare(scores: LanguageScores, languages: readonly string[], detector = 'engine'): number {
  const rows = languages.map((l) => scores.byDetector.get(detector)?.get(l)).filter((r) => r !== undefined);
  return rows.reduce((a, r) => a + r.right, 0) / rows.reduce((a, r) => a + r.total, 0);
}

export interface GoalJudgement {
  goal: keyof typeof LANGUAGE_GOALS;
  /** Per held-out set, the engine's share, or undefined when the set has none of the goal's text. */
  values: (number | undefined)[];
  met: boolean;
}

/**
 * The rule, fixed before the third set and the manual pages were read: a goal is met only when
 * it is met on every held-out set that has text for it (overall: every set; Indonesian and
 * Malay: the sets with Indonesian or Malay text), and at least one set has.
 */
export function judgeLanguageGoals(sets: readonly LanguageScores[]): GoalJudgement[] {
  return (Object.keys(LANGUAGE_GOALS) as (keyof typeof LANGUAGE_GOALS)[]).map((goal) => {
    const values = sets.map((scores) => {
      const languages = goal === 'overall' ? scores.languages : scores.languages.filter((l) => l === goal);
      return languages.length === 0 ? undefined : engineShare(scores, languages);
    });
    const measured = values.filter((v) => v !== undefined);
    return { goal, values, met: measured.length > 0 && measured.every((v) => v >= LANGUAGE_GOALS[goal]) };
  });
}

/** Per language: messages, each detector's accuracy, what the engine answered instead. */
function languageRows(scores: LanguageScores, extra: (language: string) => string[] = () => []): (string | number)[][] {
  const engine = scores.byDetector.get('engine')!;
  const detectors = [...scores.byDetector.keys()];
  return scores.languages.map((l) => {
    const e = engine.get(l)!;
    const wrong = [...e.wrong].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([g, n]) => `${g} ${n}`).join(', ');
    return [l, e.total, ...detectors.map((d) => pct(engineShare(scores, [l], d))), wrong || '–', ...extra(l)];
  });
}

/** Per confusable group present: accuracy over the group's texts and answers naming another member. */
function groupRows(scores: LanguageScores): (string | number)[][] {
  const engine = scores.byDetector.get('engine')!;
  const detectors = [...scores.byDetector.keys()];
  return CONFUSABLE_GROUPS.filter((group) => group.filter((l) => engine.has(l)).length >= 2).map((group) => {
    const present = group.filter((l) => engine.has(l));
    const n = present.reduce((a, l) => a + engine.get(l)!.total, 0);
    // Within a group, an answer that names another member is the confusion this table is about.
    const confused = (d: string) =>
      present.reduce((a, l) => a + present.filter((o) => o !== l).reduce((b, o) => b + (scores.byDetector.get(d)!.get(l)!.wrong.get(o) ?? 0), 0), 0);
    return [group.join(' / '), present.length < group.length ? `${n} (no ${group.filter((l) => !present.includes(l)).join(', ')} text)` : n, ...detectors.map((d) => `${pct(engineShare(scores, present, d))} (${confused(d)} within)`)];
  });
}

/** What MODEL_DOMAINS holds, in words: which of the named lists, and how many programs besides. */
function modelPrograms(): string {
  const lists: [string, readonly string[]][] = [['the training programs', TRAINING_DOMAINS], ['the first fresh set', EVAL_DOMAINS], ['the second fresh set', EVAL2_DOMAINS]];
  const model = new Set(MODEL_DOMAINS);
  const named = lists.filter(([, list]) => list.every((d) => model.has(d))).map(([name]) => name);
  const inLists = new Set(lists.flatMap(([, list]) => list));
  const others = [...model].filter((d) => !inLists.has(d));
  return `${named.join(', ')}${others.length > 0 ? ` and ${others.length} more (${others.join(', ')})` : ''}: ${model.size} programs`;
}

export function catalogueLanguageSection(): string {
  if (!eval3TextAvailable() || !manPageTextAvailable()) {
    return `## Language on text nobody here wrote

Skipped: the evaluation's message catalogues or manual pages are not installed in ${LOCALE_DIR}
and ${MAN_DIR} (install the packages named in test/tools/catalogue-text.ts and
test/tools/manpage-text.ts and re-run).
`;
  }
  return languageReport(evalSamples('third'), manPageSamples());
}

/** The section, from the third fresh set's messages and the manual pages' sentences. */
export function languageReport(
  catalogue: readonly (LabelledText & { catalogue: string; folder: string })[],
  manPages: readonly (LabelledText & { page: string; folder: string })[],
): string {
  const third = scoreLanguages(catalogue);
  const man = scoreLanguages(manPages);
  const detectors = [...third.byDetector.keys()];
  const goals = judgeLanguageGoals([third, man]);
  const goalLine = (g: GoalJudgement) =>
    `${g.goal === 'overall' ? 'overall' : g.goal === 'id' ? 'Indonesian' : 'Malay'} ≥ ${LANGUAGE_GOALS[g.goal] * 100}%: third set ${g.values[0] === undefined ? 'no text' : pct(g.values[0])}, manual pages ${g.values[1] === undefined ? 'no text' : pct(g.values[1])}: ${g.met ? 'met' : 'NOT met'}`;
  const perProgram = new Map<string, number>();
  for (const s of catalogue) perProgram.set(s.catalogue, (perProgram.get(s.catalogue) ?? 0) + 1);
  const pages = new Set(manPages.map((s) => `${s.folder}/${s.page}`)).size;
  const modelled = (scores: LanguageScores) => scores.languages.filter((l) => !UNMODELLED.includes(l));

  return `## Language on text nobody here wrote

Data: two sets that were held out from everything the engine was built or tuned on, fixed on 2026-12-06
(the catalogue set at 09:11 UTC, commit e8c16e5; the manual pages at 09:18 UTC, commit 237c1b8)
while the engine was being changed knowing the two earlier fresh sets, and read by no detector
before the one report (commit 4c6f986); only their counts per language had been looked at
before it. Both are SEEN now.

- **The third fresh set:** the translated messages of ${EVAL3_DOMAINS.length} programs (GNU gettext catalogues under
  ${LOCALE_DIR}, written by the projects' volunteer translators and labelled by the folder they are
  installed in; English is the catalogues' source text): test/tools/catalogue-text.ts'
  EVAL3_DOMAINS (${EVAL3_DOMAINS.join(', ')}),
  installed (Debian 12) by \`apt-get install --no-install-recommends ${EVAL3_PACKAGES.join(' ')}\`,
  chosen only by which languages their catalogues cover, none a training, first- or second-set
  program nor a fork of one. Per language, up to ${EVAL_RULE.perLanguage} messages of ${EVAL_RULE.minChars}–${EVAL_RULE.maxChars} characters, taken in turn from each
  program (each program's in the order of a hash of their text), leaving out messages left in
  English, lists of names and any text that occurs in the catalogues the models train on or in
  the earlier sets (translated or source), a repeat counted once (${catalogue.length} messages; per program:
  ${[...perProgram].map(([p, n]) => `${p} ${n}`).join(', ')}). The Xfce
  programs (garcon, libxfce4ui, libxfce4util, tumbler, xfce4-power-manager, xfdesktop) share
  translators and words with one another and with Thunar (second set). Software messages, not
  comments.
- **Manual pages:** the sentences of the translated manual pages that
  \`apt-get install --no-install-recommends ${MAN_PACKAGES.join(' ')}\` installs
  (test/tools/manpage-text.ts states the rule: troff to text, sentences of ${EVAL_RULE.minChars}–${EVAL_RULE.maxChars} characters not in the
  English original nor in the catalogues above, boilerplate left out, up to ${EVAL_RULE.perLanguage} a language in turn from
  each page; ${manPages.length} sentences from ${pages} pages; manpages-sr writes Serbian in Cyrillic). The issue's
  own kind of text. Less held out than the catalogues: most of its sentences come from
  coreutils' pages, whose text is coreutils' --help text, and coreutils' catalogues are training
  data (a sentence equal to one of theirs is left out; a translation that differs a little stays).
  No manual pages here are in ${third.languages.filter((l) => !man.languages.includes(l)).join(', ')}.

The engine's group models train on MODEL_DOMAINS (${modelPrograms()}).

**The rule, fixed before either set was read:** a goal is met only when it is met on each of the
two sets that has text for it. As reported once (commit ${HELD_OUT_REPORT.commit}), with the engine as it was then:

${HELD_OUT_REPORT.goals}

With the engine as it is now (changed after that report, knowing it: lib/traits/language/README.md
says what and why), so no longer a held-out measurement:

${goals.map((g) => `- ${goalLine(g)}`).join('\n')}

For comparison only: over the ${modelled(third).length} languages eld models (without ${UNMODELLED.join(' and ')}: eld, tinyld and
franc-min have no Galician, eld and tinyld no Bosnian), the third set gives ${pct(engineShare(third, modelled(third)))}.

### The third fresh set

Accuracy = right answers over all messages (unknown counts as wrong), with the engine as it is
now; "as reported" is the single report's; the last columns are what the engine got on the
earlier fresh sets when each was reported (seen since, and trained on):

${table(['language', 'messages', ...detectors, 'engine answered instead', 'engine as reported', ...SEEN_REPORTS.map((r) => `engine, ${r.name} (seen)`)], languageRows(third, (l) => [...reported(HELD_OUT_REPORT.third)(l), ...SEEN_REPORTS.map((r) => (r.perLanguage[l] === undefined ? '–' : `${r.perLanguage[l]}%`))]))}

Per confusable group: accuracy over the group's messages, and how many answers named another
member of the group:

${table(['group', 'messages', ...detectors], groupRows(third))}

### Manual pages

${table(['language', 'sentences', ...detectors, 'engine answered instead', 'engine as reported'], languageRows(man, reported(HELD_OUT_REPORT.manPages)))}

${table(['group', 'sentences', ...detectors], groupRows(man))}

### The sets seen before

${SEEN_REPORTS.map((r) => `- The ${r.name} (commit ${r.commit}): overall ${r.overall}, Indonesian ${r.perLanguage.id}%, Malay ${r.perLanguage.ms}%, Bosnian ${r.perLanguage.bs}%, Croatian ${r.perLanguage.hr}%, Serbian ${r.perLanguage.sr}%.`).join('\n')}
- Before them, the training programs' catalogues were split by a hash of each message into a
  tuning and a held-out half; the held-out half was reported four times (among them Malay 79.0%,
  85% and 93%, Indonesian 96.0% and 94%, overall 93.7% and 96.5%) and is training data now.

The first set (EVAL_DOMAINS: ${EVAL_DOMAINS.join(', ')}) and the second
(EVAL2_DOMAINS: ${EVAL2_DOMAINS.join(', ')}) were each chosen
the same way and reported once; what was chosen after seeing each is in
lib/traits/language/README.md. A later run of \`npm run eval\` regenerates the tables above with
the engine as it then is; a change to the language engine made after this report was made
knowing these numbers.

How the engine combines the detectors: tinyld and franc-min are behind eld on nearly every
language, so eld stays the detector. When its answer (or the function-word pass's) falls in a
confusable group, \`lib/traits/language/close-groups.ts\` asks that group's naive Bayes model for
a second opinion (lib/traits/language/README.md). Answers outside the groups are eld's; Hindi /
Marathi keep the word lists.
`;
}
