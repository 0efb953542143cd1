import { describe, expect, it } from 'vitest';
import { detectLanguage } from '.';
import { provesMacedonian } from './macedonian';

describe('provesMacedonian: Macedonian only where its own letters prove it', () => {
  it.each([
    ['sr', 'Ќе дојдам утре да ја видам изложбата', 'mk'],
    ['bg', 'Ѕвездите светат над градот', 'mk'],
    ['ru', 'Ѓорѓи пишува за својот град', 'mk'],
    // No letter only Macedonian writes: eld's answer stands.
    ['sr', 'Ова е многу добро видео за сите', 'sr'],
    // A Serbian letter beside one: not Macedonian.
    ['sr', 'Ћерка ќе дође сутра', 'sr'],
    // Bulgarian and Russian letters rule it out too.
    ['bg', 'Щом ќе дойде, ще видим', 'bg'],
    // A Latin-script answer is not touched.
    ['hr', 'ќe vidimo se sutra', 'hr'],
  ])('%s on %s → %s', (answer, text, want) => {
    expect(provesMacedonian(answer, text)).toBe(want === 'mk');
  });

  it('the engine answers mk for a Macedonian comment with ќе, and keeps Serbian Serbian', () => {
    expect(detectLanguage('Ова видео е одлично, сигурно ќе го гледам повторно').language).toBe('mk');
    expect(detectLanguage('Ово видео је одлично, сигурно ћу га гледати поново').language).toBe('sr');
  });
});
