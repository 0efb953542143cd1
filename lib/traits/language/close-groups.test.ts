import { describe, expect, it } from 'vitest';
import { tokenize } from '../tokens';
import { GROUP_LANGUAGES, groupAnswerPrecision, groupLanguage, groupScores, MARKER_WEIGHT, OVERRIDE_MARGIN, useGroupModel } from './close-groups';
import { GROUP_MODEL } from './group-model';
import { detectLanguage } from './index';

const look = (answer: string, text: string) => groupLanguage(answer, text, tokenize(text).words);

describe('groupLanguage', () => {
  it.each([
    // [answer so far, text, expected]: comments written for this test, not catalogue text.
    ['ms', 'Aku gak bisa buka aplikasinya, udah dicoba berkali-kali tapi tetap error', 'id'],
    ['ms', 'Saya tak boleh buka aplikasi ni, dah cuba banyak kali tapi masih ralat', 'ms'],
    ['pt', 'Non sei se xa descargaches o ficheiro, pero eu non o atopo en ningunha parte', 'gl'],
    ['es', 'Non sei se xa descargaches o ficheiro, pero eu non o atopo en ningunha parte', 'gl'],
    ['es', 'Não sei se você já baixou o arquivo, mas eu não o encontro em lugar nenhum', 'pt'],
    ['pt', 'No sé si ya descargaste el archivo, pero yo no lo encuentro en ninguna parte', 'es'],
    ['es', 'No sé si ja has descarregat el fitxer, però jo no el trobo enlloc', 'ca'],
    ['da', 'Jeg vet ikke om du allerede har lastet ned fila, men jeg finner den ikke noe sted', 'no'],
    ['no', 'Jeg ved ikke om du allerede har hentet filen, men jeg kan ikke finde den nogen steder', 'da'],
    ['no', 'Jag vet inte om du redan har laddat ner filen, men jag hittar den ingenstans', 'sv'],
    ['cs', 'Neviem, či si už stiahol ten súbor, ale ja ho nikde nemôžem nájsť', 'sk'],
    ['sk', 'Nevím, jestli už jsi stáhl ten soubor, ale já ho nikde nemůžu najít', 'cs'],
    ['hr', 'Ne znam da li si već preuzeo datoteku, ali ja je nigde ne mogu pronaći, nema je ni u sistemu', 'sr'],
    ['sr', 'Ne znam jesi li već preuzeo datoteku, ali je nigdje ne mogu pronaći u sustavu', 'hr'],
    ['hr', 'Да ли сте већ преузели датотеку', 'sr'],
    ['ru', 'Я не знаю, чи ти вже завантажив цей файл, але я ніде не можу його знайти', 'uk'],
    ['uk', 'Я не знаю, ты уже скачал этот файл, но я нигде не могу его найти', 'ru'],
    ['ru', 'Я не ведаю, ці ты ўжо спампаваў гэты файл, але я нідзе не магу яго знайсці', 'be'],
  ])('%s, "%s" → %s', (answer, text, expected) => {
    expect(look(answer, text)).toBe(expected);
  });

  it('changes no answer outside the groups', () => {
    expect(look('en', 'Non sei se xa descargaches o ficheiro')).toBe('en');
    expect(look('it', 'Saya tak boleh buka aplikasi ni')).toBe('it');
    expect(groupScores('en', 'anything')).toBeNull();
  });

  it("keeps the answer on a near tie, except that eld's Malay becomes Indonesian", () => {
    // No word or piece of the text is in any model ("zzz" is, since vlc's messages): only the speakers' shares differ.
    expect(look('pt', 'ǂǂǂ ǁǁǁ')).toBe('pt');
    expect(look('es', 'ǂǂǂ ǁǁǁ')).toBe('es');
    expect(look('ms', 'ǂǂǂ ǁǁǁ')).toBe('id');
    expect(look('id', 'ǂǂǂ ǁǁǁ')).toBe('id');
    // …and a Malay lead of any size is Malay.
    expect(look('ms', 'ǂǂǂ ǁǁǁ boleh')).toBe('ms');
  });

  it(`lets another member win only by ${OVERRIDE_MARGIN} nats or more`, () => {
    const text = 'Non sei se xa descargaches o ficheiro, pero eu non o atopo en ningunha parte';
    const { members, scores } = groupScores('es', text, tokenize(text).words)!;
    const gl = scores[members.indexOf('gl')]!;
    const es = scores[members.indexOf('es')]!;
    expect(gl - es).toBeGreaterThan(OVERRIDE_MARGIN);
    // A text whose best member is ahead by less keeps the answer it came with.
    const close = '¿Dónde compraste ese vestido? Está precioso';
    const near = groupScores('es', close, tokenize(close).words)!;
    const lead = Math.max(...near.scores) - near.scores[near.members.indexOf('es')]!;
    expect(lead).toBeLessThan(OVERRIDE_MARGIN);
    expect(look('es', close)).toBe('es');
  });

  it(`adds ${MARKER_WEIGHT} nats per distinctive word of close-pairs.ts`, () => {
    const text = 'zzz qqq';
    const plain = groupScores('ms', text, tokenize(text).words)!;
    const marked = groupScores('ms', text, tokenize('zzz qqq boleh').words)!;
    const ms = plain.members.indexOf('ms');
    expect(marked.scores[ms]! - plain.scores[ms]!).toBeCloseTo(MARKER_WEIGHT);
  });

  it('reads Cyrillic text in the Serbian group as Serbian: Croatian and Bosnian are written in Latin letters', () => {
    expect(look('hr', 'Време је за нови систем')).toBe('sr');
    expect(look('bs', 'Време је за нови систем')).toBe('sr');
  });

  it('covers the groups the issue names', () => {
    expect([...GROUP_LANGUAGES].sort()).toEqual(['be', 'bs', 'ca', 'cs', 'da', 'es', 'gl', 'hr', 'id', 'ms', 'no', 'pt', 'ru', 'sk', 'sr', 'sv', 'uk']);
  });
});

describe('detectLanguage with the second opinion', () => {
  it.each([
    // Comments of the languages the groups hold, each first answered by eld or the function words.
    ['Hice la receta ayer y quedó deliciosa, gracias por compartir', 'es'],
    ['Fiz essa receita no almoço e todo mundo amou', 'pt'],
    ['Grazas polo vídeo, non sabía que era tan doado facer isto na casa', 'gl'],
    ['Aku suka banget sama video ini, makasih ya kak udah berbagi tipsnya', 'id'],
    ['Saya sangat suka video ini, terima kasih kerana berkongsi, memang best sangat', 'ms'],
    ['Отличное видео, спасибо большое, жду продолжения', 'ru'],
    ['Дуже дякую за відео, чекаю на продовження', 'uk'],
  ])('"%s" → %s', (text, expected) => {
    expect(detectLanguage(text).language).toBe(expected);
  });
});

describe('the probability attached to a second opinion', () => {
  it.each([
    // [text, answer]: the detector's usual probability, capped by how often the model's answers were right.
    ['Ne znam jesi li već preuzeo datoteku, ali je nigdje ne mogu pronaći u sustavu', 'hr'],
    ['Hice la receta ayer y quedó deliciosa, gracias por compartir', 'es'],
    ['Grazas polo vídeo, non sabía que era tan doado facer isto na casa', 'gl'],
  ])('"%s" → %s, p no more than its measured precision', (text, language) => {
    const guess = detectLanguage(text);
    expect(guess.language).toBe(language);
    expect(guess.p).toBe(Math.min(0.97, groupAnswerPrecision(language)));
  });

  it('is lower for Serbian, Croatian and Bosnian answers than for the languages the detector tells apart', () => {
    for (const language of ['sr', 'hr', 'bs']) expect(groupAnswerPrecision(language)).toBeLessThan(0.97);
    expect(groupAnswerPrecision('en')).toBe(1);
    // Outside the groups nothing is capped.
    expect(detectLanguage('I tried this recipe last night and my kids asked for seconds').p).toBe(0.97);
  });
});

describe('useGroupModel (for test/tools/language-folds.ts)', () => {
  it('reads the models it is given, and refuses other groups', () => {
    const text = 'Pemutar musik ini menampilkan sampul album di samping daftar lagu';
    expect(look('ms', text)).toBe('id');
    // The id / ms model with each feature's two weights swapped reads Indonesian as Malay (it
    // outweighs the comment words of close-pairs.ts the text has).
    const swap = (weights: string) => {
      const bytes = Uint8Array.from(atob(weights), (c) => c.charCodeAt(0));
      for (let i = 0; i < bytes.length; i += 2) [bytes[i], bytes[i + 1]] = [bytes[i + 1]!, bytes[i]!];
      return btoa(String.fromCharCode(...bytes));
    };
    try {
      useGroupModel(GROUP_MODEL.map((g, i) => (i === 0 ? { ...g, weights: swap(g.weights) } : g)));
      expect(look('ms', text)).toBe('ms');
    } finally {
      useGroupModel(GROUP_MODEL);
    }
    expect(look('ms', text)).toBe('id');
    expect(() => useGroupModel(GROUP_MODEL.slice(1))).toThrow(/other groups/);
  });
});
