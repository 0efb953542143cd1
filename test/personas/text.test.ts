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
