import { describe, expect, it } from 'vitest';
import { detectLanguage, MIN_LETTERS, stripForDetection } from './index';

describe('detectLanguage', () => {
  it.each([
    ['en', 'This is such a great video, I learned so much about cooking pasta today'],
    ['es', 'Me encanta esta receta, la voy a preparar este fin de semana con mi familia'],
    ['pt', 'Que vídeo incrível, adorei as dicas de maquiagem para o verão, obrigada'],
    ['fr', "Trop bien cette vidéo, merci pour tous les conseils, j'ai hâte d'essayer"],
    ['de', 'Super Video, danke für die Tipps zum Training, das probiere ich morgen aus'],
    ['it', 'Che bella ricetta, la proverò sicuramente questo fine settimana con gli amici'],
    ['ja', 'この動画本当に面白かったです。次の動画も楽しみにしています。'],
    ['ru', 'Отличное видео, спасибо большое за советы, обязательно попробую завтра'],
  ])('%s', (language, text) => {
    const guess = detectLanguage(text);
    expect(guess.language).toBe(language);
    expect(guess.p).toBeGreaterThan(0.9);
    expect(guess.p).toBeLessThan(1);
  });

  it.each([
    ['ko', '정말 좋아요'],
    ['ja', 'かわいい！'],
    ['th', 'สวยมากค่ะ'],
    ['he', 'מדהים, תודה'],
    ['el', 'Τέλειο βίντεο'],
  ])('a script only %s writes answers with a few letters', (language, text) => {
    expect(detectLanguage(text)).toEqual({ language, p: 0.97 });
  });

  it.each([
    ['Han alone is Chinese or Japanese', '我爱东京'],
    ['a Greek letter in English is not Greek', 'the α and β versions are both great value for money'],
  ])('no shortcut when %s', (_label, text) => {
    expect(detectLanguage(text).language).not.toBe('el');
    expect(detectLanguage(text).language).not.toBe('ja');
  });

  it.each([
    ['too short', 'love it'],
    ['emoji only', '🔥🔥🔥😍😍😍🙌🙌🙌🔥🔥🔥😍😍😍🙌🙌🙌'],
    ['mentions and links only', '@someone @another https://example.com/a/very/long/path #tag'],
    ['digits', '1234567890 1234567890 1234567890'],
    ['empty', ''],
  ])('unknown for %s', (_label, text) => {
    expect(detectLanguage(text)).toEqual({ language: 'unknown', p: 0 });
  });

  it('needs MIN_LETTERS letters, not characters', () => {
    const short = 'a b c d e f g h i j k l m n'.slice(0, MIN_LETTERS * 2 - 3);
    expect(detectLanguage(short).language).toBe('unknown');
  });
});

describe('stripForDetection', () => {
  it.each([
    ['@anna look at this https://x.com/a #fun 🔥', 'look at this'],
    ['hello   world', 'hello world'],
  ])('%s → %s', (input, stripped) => {
    expect(stripForDetection(input)).toBe(stripped);
  });
});
