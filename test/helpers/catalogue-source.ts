/**
 * Unit tests run on WXT's fakeBrowser, which has no i18n: components read the catalogue files
 * in public/_locales instead, with the browser's fallback (locale → en).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ChromeCatalogue } from '../../components/i18n/chrome-messages';
import { catalogueSource, type MessageSource } from '../../components/i18n/source';

export const LOCALES_DIR = path.resolve(import.meta.dirname, '../../public/_locales');

/** Every catalogue in public/_locales, by folder name (en, pt_BR, …). */
export function readCatalogues(): Record<string, ChromeCatalogue> {
  return Object.fromEntries(
    readdirSync(LOCALES_DIR).map((locale) => [locale, JSON.parse(readFileSync(path.join(LOCALES_DIR, locale, 'messages.json'), 'utf8')) as ChromeCatalogue]),
  );
}

/** The messages a browser whose UI language is `uiLanguage` ("en-US", "pt-BR") would show. */
export function fileSource(uiLanguage = 'en-US'): MessageSource {
  return catalogueSource(readCatalogues(), uiLanguage);
}
