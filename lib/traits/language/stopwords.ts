/**
 * A first pass before the n-gram detector: most comments under Western creators are in a few
 * Latin-script languages whose function words give them away ("the", "que", "não", "und").
 * When one language's function words clearly dominate, that is the answer, at the cost of a
 * few Map lookups instead of eld's n-gram scoring (about 5-10x dearer). Anything less clear
 * goes to eld. The eval in docs/accuracy.md measures the two together.
 */
const LISTS: Record<string, string> = {
  en: `the and is are was were this that these you your with for have has it's i'm what my of to in so but not just be we
    they how it me do can on at from all will would there about i he she him her them our their an very been what's don't`,
  es: `el la los las que y en es por para con una un muy mi tu pero como esta este eso lo se me te yo no mas del al hay son fue
    gracias tambien porque cuando donde todo hoy estoy tengo ella ellos nosotros usted siempre nunca bien`,
  pt: `o os as que e em um uma com para por nao muito meu minha voce isso esse essa eu ele ela do da dos das no na mais mas ja
    tambem obrigado obrigada tudo sao foi porque quando aqui agora estou tenho vc pra ta ne`,
  fr: `le la les de des du et est un une que qui pour pas avec dans sur je tu il elle nous vous ce cette c'est j'ai mais tres
    trop merci bien sont au aux mon ma ton ta plus tout suis ai fait`,
  de: `der die das und ist nicht ich du er sie wir ein eine mit fur auf den dem zu von auch aber wie noch sehr danke mein meine
    dein deine bin hast hat war schon was wer ja nur mal wenn`,
  it: `il lo la gli le di e che per con una un non sono mi ti ma molto questo questa anche grazie come piu del della nel alla
    io tu ho hai sempre troppo ciao`,
  nl: `de het een en van ik je is niet dat die met voor op maar ook zijn wat heel mooi dank bedankt jij we hij zij`,
  // Catalan is here so that its many words shared with Spanish end in a tie (and go to eld)
  // rather than in a Spanish answer.
  ca: `el la els les i de del dels que es per amb una un molt pero tambe aquest aquesta seva seu esta son si no al com o`,
};

const LANGUAGES = Object.keys(LISTS);
export const STOPWORD_LANGUAGES: readonly string[] = LANGUAGES;
const WORDS = new Map<string, number>(); // word → bit mask of languages
LANGUAGES.forEach((lang, bit) => {
  for (const word of (LISTS[lang] ?? '').split(/\s+/)) {
    if (word) WORDS.set(word, (WORDS.get(word) ?? 0) | (1 << bit));
  }
});

// Reused between calls (the pass is synchronous).
const HITS = new Int32Array(LANGUAGES.length);

/** Fewer hits than this and a coincidence is too likely ("a", "de", "me" are in several lists). */
const MIN_HITS = 3;
/** The winner must have at least this many times the runner-up's hits. */
const MIN_LEAD = 2;
/**
 * In real text of these languages a third or more of the words are function words; text in
 * another language (Danish, Romanian, Tagalog …) hits a list only here and there.
 */
const MIN_SHARE = 0.3;
const MIN_WORDS = 4;

/** The language whose function words clearly dominate, or null to ask the n-gram detector. */
export function stopwordLanguage(words: readonly string[]): string | null {
  const n = Math.min(words.length, 60);
  if (n < MIN_WORDS) return null;
  const hits = HITS.fill(0);
  for (let i = 0; i < n; i++) {
    const mask = WORDS.get(words[i] as string);
    if (mask === undefined) continue;
    for (let bit = 0; bit < LANGUAGES.length; bit++) if (mask & (1 << bit)) hits[bit]! += 1;
  }
  let best = -1;
  let top = 0;
  let second = 0;
  for (let bit = 0; bit < hits.length; bit++) {
    const h = hits[bit]!;
    if (h > top) {
      second = top;
      top = h;
      best = bit;
    } else if (h > second) second = h;
  }
  if (best < 0 || top < MIN_HITS || top < MIN_LEAD * second || top < MIN_SHARE * n) return null;
  return LANGUAGES[best] ?? null;
}
