/**
 * The page's language and title from the catalogue. index.html says lang="en" and an English
 * title for the moment before the script runs; the language is that of the catalogue the words
 * come from (a browser in Russian reads English here), so screen readers pronounce them right.
 */
import { t, type MessageKey } from './t';

export function localiseDocument(title: MessageKey): void {
  document.documentElement.lang = t('catalogueLocale');
  document.title = t(title);
}
