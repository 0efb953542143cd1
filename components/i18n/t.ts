/**
 * t(): every word the interface shows, from the message catalogue (public/_locales/<locale>/
 * messages.json). Keys are typed from the English catalogue, so a key English lacks does not
 * compile. Plurals are one key per CLDR category (<base>_one, <base>_other, and _few/_many where
 * a language has them), chosen by the catalogue language's Intl.PluralRules.
 */
import { messageSource } from './source';

type English = typeof import('../../public/_locales/en/messages.json');
export type MessageKey = keyof English & string;
/** Bases of plural messages: every <base>_other in the catalogue. */
export type PluralKey = MessageKey extends infer K ? (K extends `${infer Base}_other` ? Base : never) : never;

type Substitution = string | number;

/** The message for a key with its substitutions ($1..$9, in order) filled in. */
export function t(key: MessageKey, ...substitutions: Substitution[]): string {
  // A key no catalogue has would come back empty; showing the key beats showing nothing.
  return messageSource().getMessage(key, substitutions.map(String)) || key;
}

const pluralRules = new Map<string, Intl.PluralRules>();

/**
 * The plural rules of the catalogue the messages come from (its "catalogueLocale" message), not
 * of the UI: a browser in Russian reads the English catalogue and must choose English forms.
 */
function rulesOfCatalogue(): Intl.PluralRules {
  const locale = t('catalogueLocale');
  let rules = pluralRules.get(locale);
  if (!rules) {
    try {
      rules = new Intl.PluralRules(locale);
    } catch {
      rules = new Intl.PluralRules('en');
    }
    pluralRules.set(locale, rules);
  }
  return rules;
}

/** The plural form of <base> for the count n, falling back to <base>_other; substitutions as t(). */
export function tp(base: PluralKey, n: number, ...substitutions: Substitution[]): string {
  const category = rulesOfCatalogue().select(n);
  const source = messageSource();
  const subs = substitutions.map(String);
  return source.getMessage(`${base}_${category}`, subs) || source.getMessage(`${base}_other`, subs) || base;
}

/** The UI language (BCP 47) numbers and dates are written in. */
export function uiLocale(): string {
  return messageSource().uiLanguage();
}
