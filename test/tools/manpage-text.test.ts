import { describe, expect, it } from 'vitest';
import { EVAL_RULE } from './catalogue-text';
import { MAN_DIR, MAN_LANGUAGES, manPageSamples, manPageTextAvailable, pageSentences, troffParagraphs, troffText } from './manpage-text';

// Made-up troff, written for these tests: no real page is copied here.
describe('troff to plain text (test/tools/manpage-text.ts)', () => {
  it.each([
    ['\\fBfoo\\fR macht \\fIdas\\fP', 'foo macht das'],
    ['ein \\f(CWcode\\f[] Wort', 'ein code Wort'],
    ['a \\-\\-b \\(em c \\(lqd\\(rq', 'a --b — c “d”'],
    ['\\*(lqzitat\\*(rq und \\*[R]', '“zitat” und ®'],
    ['f\\(:ur \\[\'e]t\\[\'e] gar\\(,con \\(ss \\[u00E5]', 'für été garçon ß å'],
    ['x\\&.y\\|z\\ w\\~v', 'x.yz w v'],
    ['\\s-1KLEIN\\s0 und \\e', 'KLEIN und \\'],
  ])('prints %j as %j', (line, text) => {
    expect(troffText(line)).toBe(text);
  });

  it.each([
    ['requests and headings are dropped, a paragraph\'s lines joined', '.TH FOO 1\n.SH NAME\nfoo \\- tut etwas\n.SH BESCHREIBUNG\nDieser Satz geht\nüber zwei Zeilen.\n.PP\nNeuer Absatz.', ['foo - tut etwas', 'Dieser Satz geht über zwei Zeilen.', 'Neuer Absatz.']],
    ['comments are dropped', '.\\" ein Kommentar\nText hier \\" und ein Kommentar am Ende\n\'\\" noch einer', ['Text hier']],
    ['font macros keep their words, alternating ones without spaces', 'Siehe\n.BR ls (1)\nund\n.B "zwei Wörter"\nhier.', ['Siehe ls(1) und zwei Wörter hier.']],
    ['the tag after .TP and lines of options are dropped', '.TP\n\\fB\\-a\\fR, \\fB\\-\\-all\\fR\nzeigt alles an.\n.TP\n.B \\-v\nredet mehr.\n.TP\n\\fIDATEI\\fR\nist die Datei.\n.PP\n\\-x schaltet um', ['zeigt alles an.', 'redet mehr.', 'ist die Datei.']],
    ['code, tables and macro definitions are dropped whole', 'Vorher.\n.nf\ncode hier\n.fi\n.EX\n$ ls \\-l\n.EE\n.TS\nl l.\nA\tB\n.TE\n.de XX\nText im Makro\n..\nNachher.', ['Vorher.', 'Nachher.']],
    ['URLs and mail addresses are removed', 'Fehler an <https://example.org/bugs> oder a.b@example.org melden.', ['Fehler an oder melden.']],
    ['a blank line ends a paragraph', 'eins\n\nzwei', ['eins', 'zwei']],
  ])('%s', (_, source, paragraphs) => {
    expect(troffParagraphs(source)).toEqual(paragraphs);
  });

  it('splits paragraphs into sentences, each once', () => {
    expect(pageSentences('.PP\nErster Satz. Zweiter Satz? Erster Satz.\n.PP\n最初の文。二番目の文。', 'de')).toEqual(['Erster Satz.', 'Zweiter Satz?', '最初の文。', '二番目の文。']);
  });

  it.skipIf(!manPageTextAvailable())(`draws the man-page set by its rule (reads ${MAN_DIR})`, () => {
    const samples = manPageSamples();
    // Counted, never printed: this set is held out until the single report.
    const perLanguage = new Map<string, number>();
    for (const s of samples) perLanguage.set(s.language, (perLanguage.get(s.language) ?? 0) + 1);
    expect(new Set(samples.map((s) => s.text)).size).toBe(samples.length);
    expect(samples.filter((s) => s.text.length < EVAL_RULE.minChars || s.text.length > EVAL_RULE.maxChars || MAN_LANGUAGES[s.folder] !== s.language).length).toBe(0);
    expect(Math.max(...perLanguage.values())).toBeLessThanOrEqual(EVAL_RULE.perLanguage);
    // Indonesian, the language this set is for above all, has a full sample.
    expect(perLanguage.get('id')).toBe(EVAL_RULE.perLanguage);
    expect(perLanguage.size).toBeGreaterThanOrEqual(20);
  }, 300_000);
});
