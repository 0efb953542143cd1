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
