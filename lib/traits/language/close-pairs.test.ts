import { describe, expect, it } from 'vitest';
import { tokenize } from '../tokens';
import { closePairLanguage } from './close-pairs';
import { detectLanguage } from './index';

const words = (text: string) => tokenize(text).words;

describe('closePairLanguage', () => {
  it.each([
    // [answer so far, text, expected]
    ['ms', 'Kak aku gak bisa nonton videonya, udah dicoba berkali-kali', 'id'],
    ['ms', 'Saya tak boleh tengok video ni, dah cuba banyak kali, kenapa jadi macam ni', 'ms'],
    ['ms', 'Sama ada anda mahu simpan fail ini', 'ms'],
    ['no', 'Jeg kan ikke finde filen, hvad gør jeg nu', 'da'],
    ['da', 'Jeg finner ikke fila, hva gjør jeg nå', 'no'],
    ['hr', 'Da li je ovo vreme za novi sistem', 'sr'],
    ['sr', 'Je li ovo vrijeme za novi sustav', 'hr'],
    ['pt', 'Non hai unha maneira de facer isto xa', 'gl'],
    ['es', 'Non hai unha maneira de facer isto xa', 'gl'],
    ['gl', 'Não há uma maneira de fazer isso com você', 'pt'],
    ['mr', 'यह वीडियो बहुत अच्छा है और मुझे पसंद नहीं', 'hi'],
    ['hi', 'हा व्हिडिओ खूप छान आहे आणि मला आवडला नाही', 'mr'],
  ])('%s, "%s" → %s', (answer, text, expected) => {
    expect(closePairLanguage(answer, words(text))).toBe(expected);
  });

  it("keeps the answer when the words do not decide, or when it is in no group", () => {
    expect(closePairLanguage('da', words('hej med dig'))).toBe('da');
    expect(closePairLanguage('pt', words('obrigado pelo video'))).toBe('pt');
    // A tie: one Danish sign ("af"), one Norwegian ("av").
    expect(closePairLanguage('no', words('af og av'))).toBe('no');
    // English has no group: Malay words change nothing.
    expect(closePairLanguage('en', words('boleh tak fail mahu'))).toBe('en');
  });

  it("turns eld's Malay into Indonesian when the words do not decide: eld cannot tell them apart", () => {
    expect(closePairLanguage('ms', words('dengan yang ini itu'))).toBe('id');
    // …but Malay signs win.
    expect(closePairLanguage('ms', words('dengan yang ini itu mahu'))).toBe('ms');
  });

  it('counts a two-word sign only when its words follow each other', () => {
    expect(closePairLanguage('ms', words('sama ada'))).toBe('ms');
    expect(closePairLanguage('ms', words('ada sama'))).toBe('id');
  });
});

describe('detectLanguage on the pairs eld confuses', () => {
  it.each([
    ['Aku suka banget sama video ini, makasih ya kak udah berbagi tipsnya', 'id'],
    ['Saya sangat suka video ini, terima kasih kerana berkongsi, memang best sangat', 'ms'],
    ['Grazas polo vídeo, non sabía que era tan doado facer isto na casa', 'gl'],
    ['Jeg synes virkelig godt om denne video, tak fordi du delte den med os', 'da'],
  ])('"%s" → %s', (text, expected) => {
    expect(detectLanguage(text).language).toBe(expected);
  });
});

describe('closePairLanguage and web addresses', () => {
  it('does not read ".com" as Portuguese "com"', () => {
    expect(detectLanguage('¿Dónde compraste ese vestido? Está precioso https://example.com/x').language).toBe('es');
  });
});

describe('Han without kana', () => {
  it.each([
    ['这个视频太好看了，我每天都看', 'zh'],
    ['用法： [选项]... [文件]... 或： [选项]... --files0-from=F', 'zh'],
    // Kana among the Han: Japanese.
    ['この動画は本当に面白かったです', 'ja'],
  ])('%s → %s', (text, expected) => {
    expect(detectLanguage(text).language).toBe(expected);
  });
});
