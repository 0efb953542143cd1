import eld from 'eld/medium';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { eldDetect } from './eld-scores';

const RUNS = Number(process.env.FUZZ_RUNS ?? 200);

function viaEld(text: string) {
  const result = eld.detect(text);
  return { language: result.language, reliable: result.isReliable() };
}

describe('eldDetect answers as eld/medium detect() and isReliable()', () => {
  it.each([
    'This is such a great video, I learned so much about cooking pasta today',
    'Me encanta esta receta, la voy a preparar este fin de semana con mi familia',
    'Que vídeo incrível, adorei as dicas de maquiagem para o verão, obrigada',
    "Trop bien cette vidéo, merci pour tous les conseils, j'ai hâte d'essayer",
    'Super Video, danke für die Tipps zum Training, das probiere ich morgen aus',
    'Bellissimo video, grazie mille',
    'この動画本当に面白かったです。次の動画も楽しみにしています。',
    'Отличное видео, спасибо большое за советы',
    '정말 좋아요 최고예요',
    'สวยมากค่ะ ขอบคุณมาก',
    'مرحبا بكم في قناتي شكرا جزيلا',
    'नमस्ते दोस्तों आज का वीडियो बहुत अच्छा है',
    '我爱东京，这个视频太好看了',
    "don't stop ’til you get enough `quoted`",
    'a',
    'ab',
    'abc',
    'abcd abcde abcdef',
    '',
    '   ',
    '🔥🔥🔥 😍',
    '1234 5678',
    'x'.repeat(2000),
    'é'.repeat(400),
    'ж'.repeat(300) + ' ' + 'word '.repeat(100),
    '\ud800 lone \udc00 surrogates \ud83d',
  ])('%s', (text) => {
    expect(eldDetect(text)).toEqual(viaEld(text));
  });

  // The byte walk's edges (eld-byte-ngrams.test.ts has them all against eld's tokeniser; through
  // detect() only letters, quotes and single spaces reach it, so no surrogates or 4-byte chars).
  it.each([
    ['words of 1 to 5 bytes', 'a ab abc abcd abcde o é éa ça 中 中a 中é'],
    ['a word of 70, 71 and 72 bytes', ['b'.repeat(70), 'c'.repeat(71), 'd'.repeat(72)].join(' ')],
    ['long words, one tail repeated', `${'x'.repeat(80)}ing ${'y'.repeat(75)}ing ${'x'.repeat(80)}ing the end`],
    ['long words of 2- and 3-byte letters', `${'ж'.repeat(40)} что ${'中'.repeat(30)} это`],
    ['a long word of 3-byte letters, cut mid-character', '中'.repeat(130)],
    ['2-byte letters across both cuts', 'жж '.repeat(80)],
    ['3-byte letters across both cuts', '中文字 '.repeat(40)],
  ])('%s', (_label, text) => {
    expect(eldDetect(text)).toEqual(viaEld(text));
  });

  // Every alignment of words of 1- to 3-byte letters against the 350- and 380-byte cuts.
  it.each(['the', 'и', 'слово', '中文', 'été', 'ab'].flatMap((word) => [0, 1, 2, 3, 4, 5].map((shift) => [word, shift] as const)))(
    '%s, repeated after %i bytes',
    (word, shift) => {
      const text = 'q'.repeat(shift + 1) + ' ' + `${word} `.repeat(200);
      expect(eldDetect(text)).toEqual(viaEld(text));
    },
  );

  it('on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        expect(eldDetect(text)).toEqual(viaEld(text));
      }),
      { numRuns: RUNS },
    );
  });

  it('on arbitrary words of letters in several scripts', () => {
    const letters = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzáéíóúãõçñüößàèìòùâêîôûæøåłźżąęšžčřőűабвгдежзийклмнопрстуфхцчшщыэюяαβγδεζηθ'.split(''), ' ', ' ', ' ', "'");
    fc.assert(
      fc.property(fc.array(letters, { maxLength: 300 }), (chars) => {
        const text = chars.join('');
        expect(eldDetect(text)).toEqual(viaEld(text));
      }),
      { numRuns: RUNS },
    );
  });
});
