import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inferTraits, profileAuthenticity, type Traits } from './index';

const unknownTraits = {
  gender: 'unknown',
  language: 'unknown',
  regions: [],
  interests: [],
  age: null,
} satisfies Partial<Traits>;

describe('inferTraits', () => {
  it('reads a name by its ending only for someone writing in a language whose names mark gender so', () => {
    const italian = inferTraits({ name: 'Pancrazio Rossi', text: 'Bellissimo video, grazie mille per la ricetta della nonna' });
    expect(italian).toMatchObject({ language: 'it', gender: 'male' });
    const english = inferTraits({ name: 'Pancrazio Rossi', text: 'Great video, thanks a lot for sharing the recipe with us' });
    expect(english).toMatchObject({ language: 'en', gender: 'unknown' });
  });

  it('reads every trait from one comment', () => {
    const traits = inferTraits({
      name: 'Anna Smith 🌸',
      handle: 'anna_smith92',
      text: 'As a 40 year old mom, this skincare routine is exactly what I needed! Love from London 🇬🇧',
      hashtags: ['skincare'],
    });
    expect(traits).toMatchObject({
      gender: 'female',
      language: 'en',
      age: { band: '35-44' },
      authenticity: { suspicious: false, flags: [] },
    });
    expect(traits.regions[0]?.region).toBe('GB');
    expect(traits.interests[0]?.category).toBe('beauty');
  });

  const zalgo = 'H̸̢̛̛e̵͇͗l̷̰̿l̶̙̈́o̸͚͝ ̵̱̈w̷͉̌o̴̲͠r̷̘̿l̶͎̓d̵̰̀ this is a long zalgo comment about makeup';
  it.each([
    ['zalgo', { name: 'Ą̷̢̛n̸̡̛n̸a̵͙', text: zalgo }],
    ['right-to-left override', { name: '\u202Eanna', text: '\u202Ethis is a long comment about fitness and the gym' }],
    ['a 1 MB text', { text: 'I love makeup and skincare '.repeat(40_000) }],
    ['lone surrogates', { name: '\uD800', handle: '\uDC00', text: '\uD800\uDC00\uDFFF\uD800' }],
    ['nothing', {}],
    ['not an object', null],
    ['wrong types', { name: 5, handle: [], text: {}, hashtags: 'gym' }],
    ['hashtags of the wrong kind', { hashtags: [null, 5, '', '#'.repeat(200)] }],
  ])('%s: unknown, and no throw', (_label, input) => {
    const traits = inferTraits(input as never);
    expect(traits).toMatchObject(unknownTraits);
    expect(traits.genderP).toBe(0);
    expect(traits.languageP).toBe(0);
  });

  it('never throws and always answers in shape, whatever the strings', () => {
    // UTF-16 code units at random, so lone surrogates, marks and controls all turn up.
    const anyUnits = fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 200 }).map((u) => String.fromCharCode(...u));
    const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), anyUnits);
    fc.assert(
      fc.property(anyText, anyText, anyText, fc.array(anyText, { maxLength: 5 }), (name, handle, text, hashtags) => {
        const traits = inferTraits({ name, handle, text, hashtags });
        expect(['female', 'male', 'unknown']).toContain(traits.gender);
        expect(traits.genderP).toBeGreaterThanOrEqual(0);
        expect(traits.genderP).toBeLessThan(1);
        expect(traits.languageP).toBeLessThan(1);
        expect(traits.regions.reduce((sum, r) => sum + r.p, 0)).toBeLessThanOrEqual(1);
        for (const i of traits.interests) expect(i.score).toBeLessThan(1);
        expect(traits.authenticity.score).toBeLessThan(1);
      }),
      { numRuns: 300 },
    );
  });

  it('a million hashtags cost no more than a hundred', () => {
    const t0 = performance.now();
    inferTraits({ text: 'x', hashtags: Array.from({ length: 1_000_000 }, () => 'gym') });
    expect(performance.now() - t0).toBeLessThan(1_000);
  });

  it('only RLM/LRM marks around Hebrew are writing, not an attack', () => {
    expect(inferTraits({ text: '\u200Fזה סרטון נהדר, תודה רבה על ההסבר המפורט\u200F' }).language).toBe('he');
  });

  it('keeps the output compact', () => {
    const traits = inferTraits({
      name: 'María',
      text: 'Hola desde México 🇲🇽 me encanta tu maquillaje y tus recetas, tengo 28 años #makeup #receta #viaje #gym',
    });
    expect(JSON.stringify(traits).length).toBeLessThan(800);
  });
});

describe('profileAuthenticity', () => {
  it.each([
    [
      'one account pasting the same text under several posts',
      [
        { handle: 'a', postId: '1', text: 'Amazing content, keep going!!' },
        { handle: 'a', postId: '2', text: 'amazing content keep going' },
        { handle: 'b', postId: '1', text: 'Where is this beach?' },
      ],
      [true, true, false],
    ],
    [
      'many accounts posting the same long text',
      [
        { handle: 'a', postId: '1', text: 'This changed my life, thank you so much' },
        { handle: 'b', postId: '1', text: 'This changed my life, thank you so much' },
        { handle: 'c', postId: '2', text: 'This changed my life, thank you so much!' },
        { handle: 'd', postId: '2', text: 'I disagree with the second point' },
      ],
      [true, true, true, false],
    ],
    [
      'a short text under two posts is a fan, under three a habit of bots',
      [
        { handle: 'fan', postId: '1', text: '🔥🔥' },
        { handle: 'fan', postId: '2', text: '🔥🔥' },
        { handle: 'bot', postId: '1', text: 'so nice' },
        { handle: 'bot', postId: '2', text: 'so nice' },
        { handle: 'bot', postId: '3', text: 'so nice' },
      ],
      [false, false, true, true, true],
    ],
    [
      'short praise repeated by strangers is not a campaign',
      [
        { handle: 'a', postId: '1', text: 'wow' },
        { handle: 'b', postId: '1', text: 'wow' },
        { handle: 'c', postId: '1', text: 'wow' },
      ],
      [false, false, false],
    ],
  ])('%s', (_label, comments, expected) => {
    const result = profileAuthenticity(comments);
    expect(result.comments.map((c) => c.suspicious)).toEqual(expected);
    const share = expected.filter(Boolean).length / expected.length;
    expect(result.suspiciousShare).toBeCloseTo(share, 2);
  });

  it('uses memberKey when given, so different handles of one key are one account', () => {
    const result = profileAuthenticity([
      { memberKey: 'k1', postId: '1', text: 'Follow for more great content' },
      { memberKey: 'k1', postId: '2', text: 'Follow for more great content' },
    ]);
    expect(result.flagCounts['repeated-across-posts']).toBe(2);
  });

  it.each([[[]], [null], [[{ text: 5 }, null, { postId: '1' }]]])('never throws: %j', (input) => {
    expect(() => profileAuthenticity(input as never)).not.toThrow();
  });
});
