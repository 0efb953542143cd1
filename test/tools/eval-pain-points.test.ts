import { describe, expect, it } from 'vitest';
import { readPainPointSet, scorePainPoints } from './eval-pain-points';

describe('scorePainPoints', () => {
  it('counts precision and recall per kind, and the screen, per language and in all', () => {
    const { rows, mistakes } = scorePainPoints([
      { lang: 'en', text: 'Please make a video on lenses', kind: 'request' }, // right
      { lang: 'en', text: 'Where did you get the lens?', kind: 'request' }, // read as a question
      { lang: 'en', text: 'Such a shitty lens lol', kind: 'none', toxic: true }, // screened, no kind
      { lang: 'de', text: 'Viel zu teuer', kind: 'complaint' }, // right
    ]);
    const en = rows.find((r) => r.lang === 'en')!;
    expect(en.kinds.request).toEqual({ predicted: 1, right: 1, labelled: 2 });
    expect(en.kinds.question).toEqual({ predicted: 1, right: 0, labelled: 0 });
    expect([en.items, en.correct, en.toxic, en.toxicBlocked, en.clean, en.cleanBlocked]).toEqual([3, 2, 1, 1, 2, 0]);
    const all = rows.at(-1)!;
    expect([all.lang, all.items, all.correct, all.kinds.complaint.right]).toEqual(['all', 4, 3, 1]);
    expect(mistakes).toEqual(['en: "Where did you get the lens?" is request, read as question']);
  });

  it('reads a set of at least 40 comments per language with only known labels', () => {
    const items = readPainPointSet();
    const perLang = new Map<string, number>();
    for (const i of items) {
      expect(['request', 'complaint', 'question', 'none']).toContain(i.kind);
      perLang.set(i.lang, (perLang.get(i.lang) ?? 0) + 1);
    }
    expect([...perLang.keys()]).toEqual(['en', 'es', 'pt', 'fr', 'de', 'id', 'it', 'tr', 'ja', 'ko', 'hi', 'ar']);
    for (const n of perLang.values()) expect(n).toBeGreaterThanOrEqual(40);
  });
});
