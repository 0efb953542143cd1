/**
 * The manifest's name and description in the browser's language (public/_locales): every locale
 * has both, and the summary fits the Chrome Web Store's 132 characters. That every locale has
 * every key of the English catalogue is test/locales-complete.test.ts's job.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const DIR = path.resolve(import.meta.dirname, '../public/_locales');
const catalogue = (locale: string) => JSON.parse(readFileSync(path.join(DIR, locale, 'messages.json'), 'utf8')) as Record<string, { message: string }>;
const locales = readdirSync(DIR);

describe('manifest locales', () => {
  it('has English and the locales of the interface issue (es, pt_BR, de, fr)', () => {
    expect(locales.sort()).toEqual(['de', 'en', 'es', 'fr', 'pt_BR']);
  });

  it.each(locales)('%s: a name, and a summary of at most 132 characters', (locale) => {
    const messages = catalogue(locale);
    for (const key of ['extName', 'extDescription']) expect(messages[key]?.message.trim().length).toBeGreaterThan(0);
    expect(messages.extDescription!.message.length).toBeLessThanOrEqual(132);
  });

  it('the manifest takes its name and description from the catalogue', () => {
    const config = readFileSync(path.resolve(import.meta.dirname, '../wxt.config.ts'), 'utf8');
    expect(config).toContain("name: '__MSG_extName__'");
    expect(config).toContain("description: '__MSG_extDescription__'");
    expect(config).toContain("default_locale: 'en'");
  });
});
