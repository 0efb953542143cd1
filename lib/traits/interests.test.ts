import { describe, expect, it } from 'vitest';
import { INTEREST_CATEGORIES } from './interest-keywords';
import { inferInterests } from './interests';
import { normaliseHashtags, tokenize } from './tokens';

const interests = (text: string, tags: string[] = []) => {
  const t = tokenize(text);
  return inferInterests(t.words, normaliseHashtags([...t.hashtags, ...tags])).map((i) => i.category);
};

describe('inferInterests', () => {
  it.each([
    ['en', 'Which foundation and lipstick are you wearing here?', 'beauty'],
    ['es', 'Me encanta tu maquillaje, ¿qué labial usas?', 'beauty'],
    ['pt', 'Qual é a receita desse bolo? Parece delicioso', 'food'],
    ['fr', 'Super entraînement, la musculation me fait du bien', 'fitness'],
    ['de', 'Toller Urlaub, der Strand sieht traumhaft aus', 'travel'],
    ['en', 'My puppy does the same thing every morning', 'pets'],
    ['es', 'Qué golazo, el mejor partido de la liga', 'sports'],
    ['pt', 'Esse jogo é muito bom, zerei no fim de semana', 'gaming'],
    ['fr', 'Cette chanson me donne des frissons, quelle voix', 'music'],
    ['de', 'Mein neues Auto hat endlich einen stärkeren Motor', 'automotive'],
    ['en', 'hashtag run together', 'fitness', ['#fitnessmotivation']],
    ['en', 'phrase over two words', 'home-garden', ['homedecor']],
    ['fr', 'phrase of three words', 'beauty', [], 'mon rouge à lèvres préféré'],
    ['fr', "elided article: d'entraînement", 'fitness', [], "trois séances d'entraînement par semaine"],
    ['it', "elided article: l'allenamento is not needed, dell'arte is", 'art-design', [], "la storia dell'arte moderna"],
  ] as [string, string, string, string[]?, string?][])('%s: %s → %s', (_lang, text, category, tags = [], override) => {
    expect(interests(override ?? text, tags)).toContain(category);
  });

  it.each([
    ['nice pic 🔥'],
    ['I think so too, but what time is it?'],
    ['ahahah no way'],
    [''],
  ])('nothing for %j', (text) => {
    expect(interests(text)).toEqual([]);
  });

  it('scores hashtags above words and keeps evidence', () => {
    const t = tokenize('my workout today #gym');
    const [top] = inferInterests(t.words, t.hashtags);
    expect(top).toMatchObject({ category: 'fitness', evidence: expect.arrayContaining(['#gym', 'workout']) });
    expect(top!.score).toBeGreaterThan(0.7);
    expect(top!.score).toBeLessThan(1);
  });

  it('many hits never make an interest certain', () => {
    const [top] = inferInterests(['gym', 'workout', 'squat', 'cardio', 'reps', 'abs'], ['fitness', 'gym', 'workout', 'crossfit']);
    expect(top!.score).toBe(0.99);
  });

  it('the taxonomy has the twenty categories of issue 4', () => {
    expect(INTEREST_CATEGORIES).toHaveLength(20);
  });
});

describe('inferInterests in the languages of issue 15', () => {
  it.each([
    ['id', 'Resepnya gampang, besok aku coba masak', 'food'],
    ['it', 'Che partita ieri, la squadra ha giocato benissimo', 'sports'],
    // Turkish endings: a stem keyword ("yemek*") matches the inflected word.
    ['tr', 'Bu yemeklerin hepsi', 'food'],
    // Japanese has no spaces: keywords are found inside the run.
    ['ja', '今日の料理は本当に美味しかった', 'food'],
    // Korean particles glued to the word: 요리 + 를.
    ['ko', '이 요리를 꼭 해보고 싶어요', 'food'],
    ['hi', 'यह रेसिपी बहुत स्वादिष्ट है', 'food'],
    // Arabic prefixes: و + ال + طبخ.
    ['ar', 'والطبخ عندك دائما', 'food'],
  ])('%s: %s → %s', (_lang, text, category) => {
    expect(interests(text)).toContain(category);
  });

  it('does not take a short Latin word for a stem, nor a stem for a word it merely resembles', () => {
    expect(interests('Para mi hermana, con cariño')).toEqual([]);
    expect(interests('I switched to a Mac laptop for coding')).not.toContain('sports');
    // A stem matches only words longer than itself that begin with it.
    expect(interests('yemek')).toContain('food');
    expect(interests('yeme')).toEqual([]);
  });
});
