/**
 * Where messages come from. In the extension's pages it is browser.i18n (synchronous, in
 * Chromium and Firefox); unit tests run on WXT's fakeBrowser, which has no i18n, and plug in
 * the JSON catalogues instead (catalogueSource), with the browser's fallback to English.
 */
import { browser } from 'wxt/browser';
import { formatChromeMessage, type ChromeCatalogue } from './chrome-messages';

export interface MessageSource {
  /** The message in the UI's language (or English where that language lacks it); '' when no catalogue has it. */
  getMessage(key: string, substitutions: readonly string[]): string;
  /** The browser's UI language as a BCP 47 tag ("pt-BR"), for numbers and dates. */
  uiLanguage(): string;
}

// WXT types getMessage's key by the keys it generated at the last `wxt prepare`; t() has its own typed keys.
type UntypedI18n = { getMessage(key: string, substitutions?: string[]): string };

export const browserSource: MessageSource = {
  getMessage: (key, substitutions) => (browser.i18n as unknown as UntypedI18n).getMessage(key, [...substitutions]),
  uiLanguage: () => browser.i18n.getUILanguage(),
};

/**
 * Messages from parsed messages.json files, looked up as the browser does: the UI locale's
 * folder ("pt_BR"), then its language ("pt"), then the default locale ("en").
 */
export function catalogueSource(catalogues: Record<string, ChromeCatalogue>, uiLanguage: string, defaultLocale = 'en'): MessageSource {
  const folder = uiLanguage.replace('-', '_');
  const chain = [folder, folder.split('_')[0]!, defaultLocale].filter((locale, i, all) => all.indexOf(locale) === i);
  return {
    getMessage(key, substitutions) {
      for (const locale of chain) {
        const entry = catalogues[locale]?.[key];
        if (entry) return formatChromeMessage(entry, substitutions);
      }
      return '';
    },
    uiLanguage: () => uiLanguage,
  };
}

let current: MessageSource = browserSource;

/** Replaces where messages come from (unit tests, tools); returns the previous source. */
export function setMessageSource(source: MessageSource): MessageSource {
  const previous = current;
  current = source;
  return previous;
}

export function messageSource(): MessageSource {
  return current;
}
