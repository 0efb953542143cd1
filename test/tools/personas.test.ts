import { describe, expect, it } from 'vitest';
import { generate, SCENARIOS } from './eval-personas';
import { InputError, parseLines, personasOfLines, resultOutput, toBatches } from './personas';

const scenario = (name: string) => SCENARIOS.find((s) => s.name === name)!;

describe('npm run personas: input', () => {
  it('reads the fields of the issue, with only handle, postId and text required', () => {
    const lines = parseLines(
      '\uFEFF{"handle":"ana","postId":"p1","text":"hola"}\n\n{"platform":"youtube","creator":"lena","postId":"p2","handle":"bo","name":"Bo","text":"hi","hashtags":["#x"]}\r\n{"handle":"cy","postId":"p3","text":"oi","name":null,"hashtags":null}',
    );
    expect(lines).toHaveLength(3);
    expect(lines[2]).toStrictEqual({ handle: 'cy', postId: 'p3', text: 'oi' });
    expect(lines[1]).toMatchObject({ creator: 'lena', hashtags: ['#x'] });
  });

  it.each([
    ['not JSON', '{"handle":', /line 1: not JSON/],
    ['a missing text', '{"handle":"a","postId":"p"}', /line 1: text:/],
    ['a missing handle on line 2', '{"handle":"a","postId":"p","text":"t"}\n{"postId":"p","text":"t"}', /line 2: handle:/],
    ['an unknown platform', '{"platform":"myspace","handle":"a","postId":"p","text":"t"}', /line 1: platform:/],
  ])('refuses %s with the line named', (_label, text, message) => {
    expect(() => parseLines(text)).toThrow(InputError);
    expect(() => parseLines(text)).toThrow(message);
  });

  it('refuses what the background would refuse (a handle with a space), and two creators in one file', () => {
    const ok = parseLines('{"handle":"ana","postId":"p1","text":"hola"}');
    expect(toBatches(ok, 1)).toHaveLength(1);
    expect(() => toBatches(parseLines('{"handle":"an a","postId":"p1","text":"hola"}'), 1)).toThrow(/line 1: authorHandle/);
    const two = parseLines('{"creator":"a","handle":"x","postId":"p","text":"t"}\n{"creator":"b","handle":"y","postId":"p","text":"t"}');
    expect(() => toBatches(two, 1)).toThrow(/one creator per file/);
  });
});

describe('npm run personas: output', () => {
  it('finds the two communities on the same posts, in the format of the issue', async () => {
    const { lines } = generate(scenario('same posts, differ by language and gender'), 3);
    const out = resultOutput(await personasOfLines(lines));
    expect(out.status).toBe('ok');
    expect(out.k).toBe(2);
    const byLanguage = new Map(out.personas.map((p) => [p.language.value, p]));
    expect(byLanguage.get('en')).toMatchObject({ gender: { value: 'female' }, share: 0.5, members: 150 });
    expect(byLanguage.get('es')).toMatchObject({ gender: { value: 'male' }, share: 0.5, members: 150 });
    for (const p of out.personas) {
      expect(Object.keys(p)).toEqual(['name', 'share', 'members', 'gender', 'language', 'region', 'ageBand', 'interests', 'definingPosts', 'quote', 'painPoints']);
      for (const id of p.definingPosts) expect(id).toMatch(/^v\d+$/);
      expect(lines.some((l) => l.text.trim() === p.quote)).toBe(true);
    }
  });

  it('leaves bots out: the genuine commenters are the sample', async () => {
    const s = scenario('bots mixed in');
    const { lines, truth } = generate(s, 2);
    const r = await personasOfLines(lines);
    expect(new Set(lines.map((l) => l.handle)).size).toBeGreaterThan(truth.size);
    expect(r.status).toBe('ok');
    expect(r.sample.members).toBe(truth.size);
  });

  it('says "insufficient" with a reason for too few commenters, and invents no persona', async () => {
    const out = resultOutput(await personasOfLines(generate(scenario('too few commenters'), 1).lines));
    expect(out).toMatchObject({ status: 'insufficient', reason: 'too-few-members', needed: 30, k: 0, personas: [] });
  });
});
