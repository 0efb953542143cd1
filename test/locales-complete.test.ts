/**
 * Every locale in public/_locales against the English catalogue: no key English lacks (bar the
 * plural forms its language has and English has not), the same placeholders with the same
 * contents, no empty message, and every plural category its Intl.PluralRules uses.
 *
 * A locale that lacks a key would show that message in English: a half-translated locale fails.
 */
import { describe, expect, it } from 'vitest';
import { placeholdersOf, type ChromeCatalogue, type ChromeMessage } from '../components/i18n/chrome-messages';
import { readCatalogues } from './helpers/catalogue-source';

const catalogues = readCatalogues();
const english = catalogues.en!;
const others = Object.keys(catalogues).filter((locale) => locale !== 'en');
const PLURAL = /^(.+)_(zero|one|two|few|many|other)$/;

const tagOf = (folder: string) => folder.replace('_', '-');
const categoriesOf = (folder: string): string[] => new Intl.PluralRules(tagOf(folder)).resolvedOptions().pluralCategories;

/** Plural bases of the English catalogue: every <base>_other. */
const pluralBases = new Set(Object.keys(english).flatMap((key) => (key.endsWith('_other') ? [key.slice(0, -'_other'.length)] : [])));
const baseOf = (key: string): string | null => {
  const match = PLURAL.exec(key);
  return match && pluralBases.has(match[1]!) ? match[1]! : null;
};

/** The placeholders a message may use and what each stands for ($1..), for a key of the English catalogue or a plural form of one of its bases. */
function englishPlaceholders(key: string): Map<string, string> | null {
  const base = baseOf(key);
  const entries: ChromeMessage[] = base ? Object.keys(english).filter((k) => baseOf(k) === base).map((k) => english[k]!) : english[key] ? [english[key]] : [];
  if (entries.length === 0) return null;
  const allowed = new Map<string, string>();
  for (const entry of entries) {
    for (const name of placeholdersOf(entry)) {
      allowed.set(name, name.startsWith('$') ? name : (entry.placeholders?.[name]?.content ?? Object.entries(entry.placeholders ?? {}).find(([n]) => n.toLowerCase() === name)?.[1].content ?? '?'));
    }
  }
  return allowed;
}

function placeholderContents(entry: ChromeMessage): Map<string, string> {
  const named = new Map(Object.entries(entry.placeholders ?? {}).map(([n, p]) => [n.toLowerCase(), p.content]));
  return new Map(placeholdersOf(entry).map((name) => [name, name.startsWith('$') ? name : (named.get(name) ?? 'undefined')]));
}

/** Problems of one locale's catalogue against English, as lines a translator can act on. */
function catalogueProblems(folder: string, catalogue: ChromeCatalogue, complete: boolean): string[] {
  const problems: string[] = [];
  const categories = categoriesOf(folder);
  for (const [key, entry] of Object.entries(catalogue)) {
    if (!entry.message?.trim()) problems.push(`${key}: empty message`);
    const allowed = englishPlaceholders(key);
    const base = baseOf(key);
    if (!allowed || (base && !categories.includes(PLURAL.exec(key)![2]!))) {
      problems.push(`${key}: not a key of the English catalogue${base ? ` (no plural category "${PLURAL.exec(key)![2]}" in ${tagOf(folder)})` : ''}`);
      continue;
    }
    for (const [name, content] of placeholderContents(entry)) {
      if (!allowed.has(name)) problems.push(`${key}: placeholder ${name} is not in English`);
      else if (allowed.get(name) !== content) problems.push(`${key}: placeholder ${name} stands for ${content}, in English for ${allowed.get(name)}`);
    }
    if (!base) {
      for (const name of allowed.keys()) if (!placeholderContents(entry).has(name)) problems.push(`${key}: lacks placeholder ${name}`);
    }
  }
  // A plural form may leave out the count ("one visit"), but the forms together keep every placeholder English's forms use.
  for (const base of pluralBases) {
    const forms = Object.keys(catalogue).filter((k) => baseOf(k) === base);
    if (forms.length === 0) continue;
    const used = new Set(forms.flatMap((k) => [...placeholderContents(catalogue[k]!).keys()]));
    for (const name of englishPlaceholders(`${base}_other`)!.keys()) if (!used.has(name)) problems.push(`${base}_*: no plural form uses placeholder ${name}`);
  }
  if (catalogue.catalogueLocale && catalogue.catalogueLocale.message !== tagOf(folder)) {
    problems.push(`catalogueLocale: "${catalogue.catalogueLocale.message}", should be "${tagOf(folder)}"`);
  }
  if (complete) {
    for (const key of Object.keys(english)) {
      if (!baseOf(key) && !catalogue[key]) problems.push(`${key}: missing`);
    }
    for (const base of pluralBases) {
      for (const category of categories) if (!catalogue[`${base}_${category}`]) problems.push(`${base}_${category}: missing plural form`);
    }
  }
  return problems;
}

describe('the English catalogue', () => {
  it('every message has a description for the translator and no empty text', () => {
    const lacking = Object.entries(english).filter(([, e]) => !e.message.trim() || !e.description?.trim()).map(([k]) => k);
    expect(lacking).toEqual([]);
  });

  it('every plural message has the forms English uses (one, other) and nothing else', () => {
    expect(catalogueProblems('en', english, true)).toEqual([]);
  });
});

describe.each(others)('the %s catalogue against English', (folder) => {
  it('no key English lacks, the same placeholders, no empty message', () => {
    expect(catalogueProblems(folder, catalogues[folder]!, false)).toEqual([]);
  });

  it('has every English key and every plural category of its language', () => {
    expect(catalogueProblems(folder, catalogues[folder]!, true)).toEqual([]);
  });
});

describe('what the check catches', () => {
  // Table-driven: the same check on small catalogues, one mistake each, after the correct one passes.
  const good: ChromeCatalogue = {
    ...english,
    catalogueLocale: { message: 'de' },
    dashboard_lists_entries_one: { message: '$N$ Beitrag', placeholders: { n: { content: '$1' } } },
    dashboard_lists_entries_other: { message: '$N$ Beiträge', placeholders: { n: { content: '$1' } } },
    shortlist_saved: { message: 'Gespeichert in „$NAME$“.', placeholders: { name: { content: '$1' } } },
  };
  const without = (key: string): ChromeCatalogue => Object.fromEntries(Object.entries(good).filter(([k]) => k !== key));

  it('a complete catalogue passes', () => expect(catalogueProblems('de', good, true)).toEqual([]));

  it.each<[string, ChromeCatalogue, string]>([
    ['a missing key', without('report_followers'), 'report_followers: missing'],
    ['a missing plural form', without('dashboard_lists_entries_one'), 'dashboard_lists_entries_one: missing plural form'],
    ['a key English lacks', { ...good, report_followerz: { message: 'Follower' } }, 'report_followerz: not a key of the English catalogue'],
    ['a plural form the language lacks', { ...good, dashboard_lists_entries_many: { message: '$1 Beiträge' } }, 'dashboard_lists_entries_many: not a key of the English catalogue (no plural category "many" in de)'],
    ['a lost placeholder', { ...good, shortlist_saved: { message: 'Gespeichert.' } }, 'shortlist_saved: lacks placeholder name'],
    ['an added placeholder', { ...good, report_followers: { message: 'Follower $1' } }, 'report_followers: placeholder $1 is not in English'],
    ['a placeholder standing for another value', { ...good, shortlist_saved: { message: '„$NAME$“', placeholders: { name: { content: '$2' } } } }, 'shortlist_saved: placeholder name stands for $2, in English for $1'],
    ['an empty message', { ...good, report_followers: { message: ' ' } }, 'report_followers: empty message'],
    ['a wrong catalogue locale', { ...good, catalogueLocale: { message: 'en' } }, 'catalogueLocale: "en", should be "de"'],
    ['plural forms that all drop the count', { ...good, dashboard_lists_entries_one: { message: 'ein Beitrag' }, dashboard_lists_entries_other: { message: 'Beiträge' } }, 'dashboard_lists_entries_*: no plural form uses placeholder n'],
  ])('%s', (_label, catalogue, problem) => {
    expect(catalogueProblems('de', catalogue, true)).toContain(problem);
  });
});
