import type { VNode } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { readCatalogues } from '../../test/helpers/catalogue-source';
import { formatChromeMessage, placeholdersOf, type ChromeCatalogue } from './chrome-messages';
import { formatCompact, formatCount, formatCountRange, formatDateTime, formatPercent, formatPercentRange } from './format';
import { tParts } from './message-parts';
import { catalogueSource, setMessageSource, type MessageSource } from './source';
import { t, tp } from './t';

describe('Chrome’s substitution rules', () => {
  const entry = { message: 'Saved to “$Name$” ($1 of $2), $$5', placeholders: { name: { content: '$3' } } };
  it.each<[string, string[], string]>([
    ['named and positional', ['1', '4', 'Summer'], 'Saved to “Summer” (1 of 4), $5'],
    ['a missing substitution is empty', ['1'], 'Saved to “” (1 of ), $5'],
  ])('%s', (_label, subs, expected) => expect(formatChromeMessage(entry, subs)).toBe(expected));

  it('lists the placeholders a translation must keep', () => {
    expect(placeholdersOf(entry)).toEqual(['$1', '$2', 'name']);
    expect(placeholdersOf({ message: 'costs $$1' })).toEqual([]);
  });
});

describe('messages in the UI language, with the browser’s fallback to English', () => {
  const real = readCatalogues();
  const catalogues: Record<string, ChromeCatalogue> = {
    en: real.en!,
    pt_BR: {
      catalogueLocale: { message: 'pt-BR' },
      dashboard_lists_entries_one: { message: '$N$ criador', placeholders: { n: { content: '$1' } } },
      dashboard_lists_entries_many: { message: '$N$ de criadores', placeholders: { n: { content: '$1' } } },
      dashboard_lists_entries_other: { message: '$N$ criadores', placeholders: { n: { content: '$1' } } },
    },
    // French without its _many form: _other stands in.
    fr: {
      catalogueLocale: { message: 'fr' },
      dashboard_lists_entries_one: { message: '$1 créateur' },
      dashboard_lists_entries_other: { message: '$1 créateurs' },
    },
  };
  let previous: MessageSource | null = null;
  const use = (ui: string) => {
    previous ??= setMessageSource(catalogueSource(catalogues, ui));
    setMessageSource(catalogueSource(catalogues, ui));
  };
  afterEach(() => {
    if (previous) setMessageSource(previous);
    previous = null;
  });

  it.each<[string, number, string]>([
    ['pt-BR', 1, '1 criador'],
    ['pt-BR', 1_000_000, '1.000.000 de criadores'],
    ['pt-BR', 3, '3 criadores'],
    ['fr', 1_000_000, '1 000 000 créateurs'],
    ['fr', 1, '1 créateur'],
    ['en-US', 1, '1 creator'],
    ['en-US', 0, '0 creators'],
  ])('%s, %d: the plural category of the catalogue’s language', (ui, n, expected) => {
    use(ui);
    expect(tp('dashboard_lists_entries', n, formatCount(n)).replace(/\u202f/g, ' ')).toBe(expected);
  });

  it('a key the locale lacks comes from English; a region falls back to its language', () => {
    use('pt-BR');
    expect(t('report_followers')).toBe('Followers');
    use('fr-CA');
    expect(t('catalogueLocale')).toBe('fr');
  });

  it.each<[string, () => string, string]>([
    ['de', () => formatCount(1234), '1.234'],
    ['de', () => formatPercent(0.12), '12 %'],
    ['pt-BR', () => formatCompact(1_200_000), '1,2 mi'],
    ['en-US', () => formatCompact(1_200_000), '1.2M'],
    ['en-US', () => formatPercent(undefined), 'unknown'],
    ['de', () => formatDateTime(Date.UTC(2026, 11, 6, 4, 0)).slice(0, 10), '06.12.2026'],
    ['de', () => formatPercentRange(0.002, 0.003, 1), '0,2–0,3 %'],
    ['en-US', () => formatPercentRange(0.002, 0.003, 1), '0.2% – 0.3%'],
    ['es', () => formatCountRange(61, 80), '61-80'],
    ['en-US', () => formatCountRange(60.8, 61.2), '61'],
  ])('%s: numbers and dates in the UI language', (ui, format, expected) => {
    use(ui);
    expect(format().replace(/\u202f|\u00a0|\u2009/g, ' ')).toBe(expected);
  });
});

describe('a message around elements', () => {
  it('keeps the message’s word order and the elements in their places', () => {
    const comments = <b>66</b>;
    const posts = <b>6</b>;
    const pieces = tParts('report_sampleLine', comments, 'comments captured', posts, 'posts seen', '120').map((piece) => (piece as VNode<{ children: unknown }>).props.children);
    expect(pieces).toEqual(['Sample: ', comments, ' ', 'comments captured', ' on ', posts, ' ', 'posts seen', ' (posts on profile: ', '120', ')']);
  });
});
