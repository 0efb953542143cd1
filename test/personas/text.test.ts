import { describe, expect, it } from 'vitest';
import { candidateNames, distinctNames, personaName } from '../../lib/personas/names';
import { classifyComment, isQuotable, isToxic, keywords, painPoints } from '../../lib/personas/text';

describe('isToxic / isQuotable', () => {
  it.each([
    ['This looks amazing, where is it from?', false, true],
    ['you are such an idiot lol, worst video ever', true, false],
    ['Das ist echt Scheiße gemacht, sorry', true, false],
    ['qué mierda de video, no me gustó nada', true, false],
    ['Die Farbe steht dir richtig gut, wirklich!', false, true], // German article "die" is not toxic
    ['Short!', false, false], // under 20 characters
    ['x'.repeat(201), false, false], // over 200
    ['Check my page www.example.com for more tips', false, false], // links are not quotes
    ['@someone you have to see this outfit right now', false, false], // no third-party handles
    ['Classic Dickens novel vibes in this video', true, false], // prefix list over-blocks: the cheap mistake
  ])('%j → toxic %s, quotable %s', (text, toxic, quotable) => {
    expect(isToxic(text)).toBe(toxic);
    expect(isQuotable(text)).toBe(quotable);
  });
});

describe('classifyComment', () => {
  it.each([
    ['How long does shipping take?', 'question'],
    ['Wie lange dauert der Versand', 'question'],
    ['¿Dónde lo compraste?', 'question'],
    ['Please do a video on budget skincare', 'request'],
    ['Kannst du bitte mehr davon machen', 'request'],
    ['Por favor haz un tutorial', 'request'],
    ['The sound quality is terrible lately', 'complaint'],
    ['Viel zu teuer für das Geld', 'complaint'],
    ['Love this so much', null],
  ])('%j → %s', (text, kind) => {
    expect(classifyComment(text)).toBe(kind);
  });
});

describe('classifyComment in the languages of issue 15 (and the first five without ASCII \\b)', () => {
  // [language, text, kind]: one of each kind per language, and one that is none of them.
  it.each<[string, string, 'request' | 'complaint' | 'question' | null]>([
    ['id', 'Tolong bahas cara nabung buat anak kos', 'request'],
    ['id', 'Bikinin video masak nasi goreng dong', 'request'],
    ['id', 'Barangnya rusak pas dateng, kecewa banget', 'complaint'],
    ['id', 'Sepatunya beli di mana kak', 'question'],
    ['id', 'Kenapa warnanya beda sama di foto', 'question'],
    ['id', 'Mantap, sukses terus kak', null],
    ['it', 'Per favore fai una puntata sulla pasta fresca', 'request'],
    ['it', 'Potresti provare il nuovo telefono', 'request'],
    ['it', 'Che delusione, il colore è già sbiadito', 'complaint'],
    ['it', 'Perché non usi il treppiede', 'question'],
    ['it', 'Come sempre bravissima', null],
    ['tr', 'Lütfen kamp videosu da çekin', 'request'],
    ['tr', 'Makyaj rutinini anlatır mısın', 'request'],
    ['tr', 'Ürün çok pahalı ve kalitesiz', 'complaint'],
    ['tr', 'Bu ruj kalıcı mı', 'question'],
    ['tr', 'Ne kadar güzel olmuş', null],
    ['ja', 'キャンプ動画も作ってください', 'request'],
    ['ja', '音が小さくて残念', 'complaint'],
    ['ja', 'このリップはどこで買えますか', 'question'],
    ['ja', '色を教えてください', 'question'], // asking to be told is a question, though polite
    ['ja', 'いつも癒されてます', null], // いつも (always) is not いつ (when)
    ['ja', 'かなり良かった', null], // かなり (quite) is not the particle かな
    ['ko', '캠핑 영상도 만들어 주세요', 'request'],
    ['ko', '배송이 너무 늦고 포장도 별로예요', 'complaint'],
    ['ko', '이 립스틱 몇 호예요', 'question'],
    ['ko', '립 색상 알려주세요', 'question'],
    ['ko', '오늘도 잘 보고 갑니다', null],
    ['hi', 'कृपया कैंपिंग पर वीडियो बनाइए', 'request'],
    ['hi', 'क्वालिटी बहुत घटिया है', 'complaint'],
    ['hi', 'ये लिपस्टिक कहाँ मिलेगी', 'question'],
    ['hi', 'शेड का नाम बताइए', 'question'],
    ['hi', 'क्या बात है, शानदार', null], // "kya baat hai" praises
    ['hi', 'bhai please iphone ka review banao', 'request'],
    ['ar', 'من فضلك سوي حلقة عن التخييم', 'request'],
    ['ar', 'الشحن سيء والمنتج خربان', 'complaint'],
    ['ar', 'كيف أطلب من السعودية', 'question'],
    ['ar', 'المنتج متوفر في مصر؟', 'question'], // only the Arabic question mark says so
    ['ja', 'この色まだ在庫ある？', 'question'], // only the full-width question mark says so
    ['ar', 'ما شاء الله عليك', null],
    ['es', 'Qué bonito te quedó', null], // an exclamation, not a question
    ['es', 'Qué decepción de final', 'complaint'],
    ['pt', 'Que decepção, veio quebrado', 'complaint'], // ç is not an ASCII word character
    ['pt', 'Comprei faz um mês e ainda não chegou', 'complaint'], // "faz um mês" is "a month ago"
    ['pt', 'Faz um vídeo de maquiagem', 'request'],
    ['fr', 'Où tu as trouvé ce pull', 'question'], // "où" starts with a non-ASCII letter
    ['fr', 'Continue comme ça, bravo', null], // encouragement, not a request
    ['de', 'Was für ein schönes Video', null],
    ['en', 'What a beautiful place', null],
    ['en', 'How cute is that puppy', null],
    ['en', 'How do you edit your videos', 'question'],
    ['en', 'What app is that', 'question'],
    ['de', 'Ich bin so enttäuscht von der Qualität', 'complaint'],
  ])('%s: %j → %s', (_lang, text, kind) => {
    expect(classifyComment(text)).toBe(kind);
  });
});

describe('isToxic in the languages of issue 15', () => {
  // [language, text, toxic]: an insult per language, and a harmless word that starts or
  // contains the same letters, which the screen must let through.
  it.each<[string, string, boolean]>([
    ['id', 'Dasar goblok, videonya sampah', true],
    ['id', 'Babi guling di Bali enak banget', true], // the word is also food: over-blocking is the cheap mistake
    ['id', 'Bayinya lucu, babies are the best', false],
    ['it', 'Sei uno stronzo', true],
    ['it', 'Che panorama stupendo sul lago', false],
    ['tr', 'Siktir git buradan', true],
    ['tr', 'Bok gibi bir video', true],
    ['tr', 'Bokeh efekti çok güzel olmuş', false],
    ['ja', 'ブスは黙ってろ', true],
    ['ja', 'カスタムPCの紹介ありがとう', false],
    ['ko', '병신 같은 영상', true],
    ['ko', '시작점부터 멋지네요', false],
    ['hi', 'तू हरामी है', true],
    ['hi', 'सालाना सब्सक्रिप्शन कितना है', false],
    ['ar', 'انت حمار', true],
    ['ar', 'التصوير خرافي والإضاءة رائعة', false], // خرافي (fabulous) starts like خرا
    ['ar', 'كاميرا نيكون ممتازة', false], // Nikon starts like an obscenity
    ['tr', 'Amina çok tatlı bir isim', false], // a name, not the Turkish insult amına
  ])('%s: %j → %s', (_lang, text, toxic) => {
    expect(isToxic(text)).toBe(toxic);
  });
});

describe('painPoints', () => {
  const comments = [
    { memberKey: 'a', text: 'How long does shipping take to Canada?' },
    { memberKey: 'b', text: 'Is shipping free for orders this size?' },
    { memberKey: 'b', text: 'Shipping to Europe possible?' }, // same member again: counted once
    { memberKey: 'c', text: 'The shipping was terrible, waited six weeks' },
    { memberKey: 'd', text: 'Shipping is way too expensive honestly' },
    { memberKey: 'e', text: 'Love the colours!' },
    { memberKey: 'f', text: 'What camera do you use?' },
  ];

  it('groups recurring points by topic and counts distinct members', () => {
    expect(painPoints(comments)).toEqual([
      { kind: 'complaint', topic: 'shipping', count: 2, example: 'Shipping is way too expensive honestly' },
      { kind: 'question', topic: 'shipping', count: 2, example: 'Shipping to Europe possible?' },
    ]);
  });

  it('folds topics below minMembers into a generic point, and drops what stays below it', () => {
    const pts = painPoints(comments, { minMembers: 3 });
    expect(pts.map((p) => [p.kind, p.topic, p.count])).toEqual([['question', null, 3]]);
    expect(painPoints(comments, { minMembers: 4 })).toEqual([]);
  });

  it('never uses a toxic comment as the example', () => {
    const pts = painPoints([
      { memberKey: 'a', text: 'shipping is shit and terrible' },
      { memberKey: 'b', text: 'Shipping was terrible, took forever to arrive' },
    ]);
    expect(pts[0]!.example).toBe('Shipping was terrible, took forever to arrive');
  });

  it.each<[string, { memberKey: string; text: string }[], string]>([
    // The cue word ("tolong", "lütfen", "कृपया") says the kind; the topic is what they ask about.
    ['id', [{ memberKey: 'a', text: 'Mohon bahas kopi susu' }, { memberKey: 'b', text: 'Mohon review kopi lokal' }], 'kopi'],
    ['tr', [{ memberKey: 'a', text: 'Lütfen kamp yapın' }, { memberKey: 'b', text: 'Lütfen bir kamp vlogu' }], 'kamp'],
    ['hi', [{ memberKey: 'a', text: 'कृपया कैमरा पर वीडियो बनाइए' }, { memberKey: 'b', text: 'कृपया अपने कैमरा वाला वीडियो बनाइए' }], 'कैमरा'],
    ['it', [{ memberKey: 'a', text: 'Potresti fare la pasta?' }, { memberKey: 'b', text: 'Potresti provare questa pasta' }], 'pasta'],
  ])('%s: names the topic, not the cue word', (_lang, comments, topic) => {
    expect(painPoints(comments).map((p) => [p.kind, p.topic])).toEqual([['request', topic]]);
  });

  it('extracts topic words without stopwords', () => {
    expect(keywords('Where can I buy this palette? Is it available?')).toEqual(['buy', 'palette', 'available'].filter((w) => w.length >= 4));
  });
});

describe('names', () => {
  it.each([
    ['female', 'DE', 'de', 'Anna'],
    ['male', 'MX', 'es', 'Santiago'],
    ['female', 'unknown', 'pt', 'Ana'],
    ['male', 'ZZ', 'xx', 'David'],
    ['female', 'unknown', 'unknown', 'Anna'],
    ['unknown', 'US', 'en', 'Alex'],
  ] as const)('%s / %s / %s draws from a list containing %s', (gender, region, language, expected) => {
    expect(candidateNames(gender, region, language)).toContain(expected);
    expect(candidateNames(gender, region, language)).toContain(personaName(gender, region, language, 7));
  });

  it('is deterministic by seed and gives distinct names to personas of the same group', () => {
    expect(personaName('female', 'US', 'en', 3, 'x')).toBe(personaName('female', 'US', 'en', 3, 'x'));
    const names = distinctNames([0, 1, 2].map(() => ({ gender: 'female' as const, region: 'US', language: 'en' })), 5);
    expect(new Set(names).size).toBe(3);
  });
});
