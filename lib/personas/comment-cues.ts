/**
 * The words that make a comment a request, a complaint or a question, and the words that keep
 * it off a persona card, per language, each kind compiled into one regex (a persona build may
 * screen tens of thousands of comments, so each comment costs one test per kind).
 *
 * Entries are regex sources, case-insensitive; most are plain words. JavaScript's \b knows
 * only ASCII letters, even with the u flag, so word edges here are "no letter, mark or digit
 * on that side" (marks matter: Devanagari vowel signs are marks, not letters). Japanese and
 * Korean do not put spaces between words, so their cues match anywhere in the text.
 */

export interface Cues {
  /** Whole words or phrases: not part of a longer word on either side. */
  words?: readonly string[];
  /** Word starts: "disappoint" also catches "disappointing", "enttäusch" "enttäuschend". */
  stems?: readonly string[];
  /** Anywhere in the text: for scripts written without spaces between words. */
  anywhere?: readonly string[];
}

export type CueLanguage = 'en' | 'es' | 'pt' | 'fr' | 'de' | 'id' | 'it' | 'tr' | 'ja' | 'ko' | 'hi' | 'ar';
export type CueTable = Readonly<Record<CueLanguage, Cues>>;

const EDGE = '[\\p{L}\\p{M}\\p{N}]';

// Characters with a meaning in a regex, and those that repeat the character before them.
const SPECIAL = new Set('\\^$.|?*+()[]{}');
const QUANTIFIER = new Set('?*+{');

interface Branch {
  /** The entry's leading literal characters, not yet placed in the trie. */
  chars: string[];
  /** The rest of the entry's source, after its literal start. */
  rest: string;
}

function branch(source: string): Branch {
  const cps = Array.from(source);
  let i = 0;
  while (i < cps.length && !SPECIAL.has(cps[i]!) && !QUANTIFIER.has(cps[i + 1] ?? '')) i++;
  return { chars: cps.slice(0, i), rest: cps.slice(i).join('') };
}

/**
 * The entries as one alternation that shares their literal starts ("por favor|porfa" becomes
 * "por(?: favor|fa)"): the regex engine tries alternatives one by one at every position, and a
 * few hundred flat ones made each comment several times slower to classify than a trie of them.
 * It matches exactly what the flat alternation matches.
 */
function trie(branches: readonly Branch[]): string {
  const alternatives: string[] = [];
  const byFirst = new Map<string, Branch[]>();
  for (const b of branches) {
    if (b.chars.length === 0) {
      alternatives.push(b.rest);
      continue;
    }
    const group = byFirst.get(b.chars[0]!) ?? [];
    group.push({ chars: b.chars.slice(1), rest: b.rest });
    byFirst.set(b.chars[0]!, group);
  }
  for (const [first, group] of byFirst) {
    alternatives.push(group.length === 1 ? first + trie(group) : `${first}(?:${trie(group)})`);
  }
  return alternatives.join('|');
}

/**
 * The regex source for every language's cues of one or more tables, as alternatives of one
 * pattern (compile with the flags "iu"). Anchored: a word or stem must open the comment, after
 * spaces and opening punctuation.
 */
export function cueSource(tables: readonly CueTable[], { anchored = false }: { anchored?: boolean } = {}): string {
  const words: string[] = [];
  const stems: string[] = [];
  const anywhere: string[] = [];
  for (const table of tables) {
    for (const cues of Object.values(table) as Cues[]) {
      words.push(...(cues.words ?? []));
      stems.push(...(cues.stems ?? []));
      anywhere.push(...(cues.anywhere ?? []));
    }
  }
  const start = anchored ? '^[\\s¿¡"“(]*' : `(?<!${EDGE})`;
  const alternation = (entries: readonly string[]) => `(?:${trie(entries.map(branch))})`;
  const parts: string[] = [];
  if (words.length) parts.push(`${start}${alternation(words)}(?!${EDGE})`);
  if (stems.length) parts.push(`${start}${alternation(stems)}`);
  if (anywhere.length) parts.push(`${anchored ? start : ''}${alternation(anywhere)}`);
  return parts.join('|');
}

/** The cues of these tables that are single plain words, lower-cased: "tolong", not "per favore". */
export function cueWords(tables: readonly CueTable[]): string[] {
  const out: string[] = [];
  for (const table of tables) {
    for (const cues of Object.values(table) as Cues[]) {
      for (const entry of [...(cues.words ?? []), ...(cues.stems ?? [])]) if (/^[\p{L}\p{M}]+$/u.test(entry)) out.push(entry.toLowerCase());
    }
  }
  return out;
}

// "Keep it up" is praise, not a request for a series: continue/continua/sigue/mach weiter
// are requests only when something other than "like this" follows.
const NOT_SO = '(?!\\s+(?:comme [cç]a|assim|así|asi|così|cosi|so\\b))';

export const REQUEST_CUES: CueTable = {
  en: {
    words: ['please', 'pls', 'plz', 'pleaseee*', 'can you', 'could you', 'would you', 'will you', 'would love', "i['’]?d (?:really )?(?:love|like) to see", 'i want to see', 'we want', 'we need', 'you should', 'do a video', 'make a video', 'do one', 'make one', 'next video', 'next time', 'part 2', 'part two', 'follow[- ]up', 'sequel', 'drop the', 'more videos', 'more of these'],
    stems: ['tutorial'],
  },
  es: {
    words: ['por favor', 'porfa', 'porfavor', 'puedes', 'podrías', 'podrias', 'haz', 'hazme', 'hagan', 'sube', 'deberías', 'deberias', 'me encantaría', 'me encantaria', 'queremos', 'quiero ver', 'ojalá', 'ojala', '(?:estaría|estaria|sería|seria) (?:genial|bueno|increíble|top|bien)', 'segunda parte', 'parte 2', `sigue${NOT_SO}`, 'siguiente video', 'próximo video', 'proximo video', 'te lo pido'],
  },
  pt: {
    words: ['por favor', 'pfv', 'pfvr', 'faz(?!\\s+(?:uma?\\s+)?(?:m[eê]s|meses|anos?|dias?|semanas?|tempo|horas?|\\d))', 'faça', 'faca um', 'traz', 'traga', 'posta', 'grava', 'bora', 'seria (?:incrível|incrivel|legal|top|ótimo|otimo|massa)', 'queria (?:muito )?ver', 'quero ver', 'queremos', 'você pode', 'voce pode', 'pode fazer', 'poderia', `continua${NOT_SO}`, 'parte 2', 'próximo vídeo', 'proximo video', 'fala sobre'],
  },
  fr: {
    words: ["s['’]il te plaît", "s['’]il vous plaît", "s['’]il te plait", "s['’]il vous plait", 'stp', 'svp', 'tu peux', 'tu pourrais', 'vous pourriez', 'peux-tu', 'pourrais-tu', '(?<!je |tu )fais', 'faites', 'refais', "j['’]aimerais", 'on veut', 'on aimerait', 'je veux voir', 'vivement', 'partie 2', 'tuto', 'tutoriel', 'prochaine vidéo', 'prochaine fois', '(?:ce )?serait (?:top|cool|génial|genial|super|bien)', `continue${NOT_SO}`],
  },
  de: {
    words: ['bitte', 'kannst du', 'könntest du', 'koenntest du', 'könnt ihr', 'mach mal', 'mach doch', 'dreh doch', 'dreh mal', 'wir wollen', 'ich will mehr', 'wünsche mir', 'würde mich freuen', 'wäre (?:\\p{L}+ )?(?:cool|super|toll|geil|hammer|klasse|spannend|interessant|nice)', 'teil 2', 'teil zwei', 'nächstes mal', 'nächste mal', 'nächstes video', `mach (?:unbedingt )?weiter${NOT_SO}`, 'probier mal'],
    stems: ['tutorial'],
  },
  id: {
    words: ['tolong', 'mohon', 'minta', 'request', 'req', 'plis', 'pliss', 'dong', 'bikinin', 'buatin', '(?:bikin|buat) (?:video|konten)', 'ditunggu', 'part 2', 'part dua', 'lanjut', 'lanjutin', 'lanjutkan', 'semoga ada', 'coba', 'kapan-kapan', 'bahas', 'next video', 'video selanjutnya'],
  },
  it: {
    words: ['per favore', 'per piacere', 'perfavore', 'ti prego', 'vi prego', 'potresti', 'potreste', 'puoi', 'fai (?:un|una|il|la|dei|delle)', 'fate (?:un|una|il|la)', 'rifai', 'mi piacerebbe', 'ci piacerebbe', 'vorrei vedere', 'vogliamo', 'aspettiamo', 'seconda parte', 'parte 2', 'prossimo video', 'prossima volta', 'sarebbe (?:\\p{L}+ )?(?:top|bello|utile|fantastico|interessante|carino|figo|bellissimo)', `continua${NOT_SO}`],
    stems: ['tutorial'],
  },
  tr: {
    // "yapar mısın", "gösterir misin": a verb's -r form asked with mı/mi ("would you …").
    // Written from its literal "r m" so the engine does not scan every word for it.
    anywhere: ['r m(?=[ıiuü]s[ıiuü]n)(?<=\\p{L}[aeıiuü]r m)'],
    words: ['lütfen', 'lutfen', 'rica ediyorum', 'rica etsem', 'bekliyoruz', 'bekliyorum', 'istiyoruz', 'gelsin', 'devamı', 'devam et', 'devam edin', 'çekin', 'yapın', 'yapsana', 'anlatsana', '(?:harika|güzel|iyi|süper|çok iyi) olur', 'bir dahakine', 'bir dahaki', 'sonraki video', 'ikinci bölüm', 'bölüm 2', 'part 2'],
  },
  ja: {
    anywhere: ['ください', '下さい', 'てほしい', 'て欲しい', 'でほしい', 'お願いします', 'おねがいします', 'お願い', '希望です', '希望します', 'リクエスト', '待ってます', '続編', '第2弾', '第二弾', '次回', '次は', 'してみて', 'やってみて', '作って', '動画にして', '載せて', '増やして', '続けて', '紹介して', 'あったら嬉しい', 'あると嬉しい', '見たいです'],
  },
  ko: {
    anywhere: ['(?<!알려\\s?)주세요', '주실 수', '주시면', '줘요', '부탁', '제발', '기다릴게요', '기다려요', '기다립니다', '2탄', '다음 영상', '다음엔', '다음에는', '보고 싶어요', '보고싶어요', '해줘', '올려줘'],
  },
  hi: {
    words: ['कृपया', 'प्लीज़', 'प्लीज', 'kripya', 'बनाइए', 'बनाइये', 'बनाएं', 'बनाओ', 'बना दो', 'बना दीजिए', 'लाइए', 'लाओ', 'डालो', 'डालिए', 'डाल दो', 'दिखाइए', 'दिखाओ', 'दिखा दो', 'करिए', 'कीजिए', 'जारी रखिए', 'जारी रखें', 'जारी रखो', 'पार्ट 2', 'भाग 2', 'अगला वीडियो', 'अगली वीडियो', 'अगली बार', 'इंतज़ार', 'इंतजार', 'चाहिए', 'ट्यूटोरियल', 'banao', 'bana do', 'banaiye', 'dalo', 'daalo', 'dikhao', 'chahiye'],
  },
  ar: {
    words: ['من فضلك', 'من فضلكم', 'لو سمحت', 'لو سمحتي', 'لو سمحتم', 'رجاء', 'الرجاء', 'ارجو', 'أرجو', 'ياريت', 'يا ريت', 'ممكن', 'نتمنى', 'اتمنى', 'أتمنى', 'نبي', 'نبغى', 'نبغي', 'نريد', 'ننتظر', 'بانتظار', 'الجزء الثاني', 'جزء ثاني', 'بارت 2', 'سوي', 'اعمل', 'اعملي', 'جرب', 'جربي', 'كمل', 'كملي', 'المرة الجاية', 'المرة القادمة', 'الفيديو الجاي', 'الفيديو القادم'],
  },
};

/**
 * Asking to be told something ("please tell me the brand") is a question, not a request for
 * content, whatever polite word carries it.
 */
export const TELL_ME_CUES: CueTable = {
  en: { words: ['tell me', 'tell us', 'let me know', 'let us know'] },
  es: { words: ['dime', 'dinos', 'me dices'] },
  pt: { words: ['me fala', 'me diz', 'me conta'] },
  fr: { words: ['dis-moi', 'dites-moi', 'dis moi'] },
  de: { words: ['sag mir', 'sagt mir', 'verrat mir'] },
  id: { words: ['kasih tau', 'kasih tahu', 'infoin', 'spill'] },
  it: { words: ['dimmi', 'ditemi', 'fammi sapere', 'fateci sapere'] },
  tr: { words: ['söyler misin', 'söyleyebilir misin', 'söyler misiniz'] },
  ja: { anywhere: ['教えて', '知りたい'] },
  ko: { anywhere: ['알려'] },
  hi: { words: ['बताइए', 'बताइये', 'बताओ', 'बता दो', 'बताएं', 'बताये', 'बताना', 'batao', 'bataiye', 'bata do'] },
  ar: { words: ['قولي', 'قول لي', 'قل لي', 'قلي', 'خبرني', 'أخبرني', 'اخبرني', 'ممكن أعرف', 'ممكن اعرف', 'عطني', 'عطوني'] },
};

export const COMPLAINT_CUES: CueTable = {
  en: {
    words: ['bad', 'worse', 'worst', 'terrible', 'awful', 'horrible', 'hate', 'broken', 'broke', 'boring', 'expensive', 'overpriced', 'scam', 'fake', 'problem', 'issue', "doesn['’]?t work", 'does not work', "don['’]?t work", 'not working', 'stopped working', 'never arrived', "hasn['’]?t arrived", 'still not', 'refund', 'too long', 'too much', 'too many', 'too quiet', 'so quiet', 'too loud', "can['’]?t hear", 'headache', 'cringe', 'waste of', 'letdown', 'let down', 'rip ?off', 'misleading', 'clickbait', 'laggy', 'useless', 'garbage', 'sucks?', 'returned it'],
    stems: ['disappoint', 'unfollow', 'unsubscrib', 'frustrat', 'annoy'],
    anywhere: ['👎', '😡', '🤬', '😤', '🙄', '😴'],
  },
  es: {
    words: ['malo', 'mala', 'malísimo', 'fatal', 'horrible', 'terrible', 'peor', 'pésimo', 'pesimo', 'caro', 'muy cara', 'demasiado cara', 'carísimo', 'carisimo', 'carísima', 'estafa', 'estafaron', 'timo', 'no funciona', 'no sirve', 'no llegó', 'no llego', 'nunca llegó', 'nunca llego', 'se rompió', 'se rompio', 'roto', 'demasiados anuncios', 'demasiada publicidad', 'demasiado largo', 'no me gustó', 'no me gusto', 'no me gusta', 'no lo recomiendo', 'fraude', 'basura'],
    stems: ['decepci', 'aburrid'],
  },
  pt: {
    words: ['ruim', 'péssimo', 'pessimo', 'horrível', 'horrivel', 'terrível', 'terrivel', 'pior', 'chato', 'chata', 'chatos', 'chatas', 'caro', 'muito cara', 'caríssimo', 'carissimo', 'golpe', 'não funciona', 'nao funciona', 'não chegou', 'nao chegou', 'não presta', 'nao presta', 'quebrou', 'quebrado', 'muita propaganda', 'propaganda demais', 'não gostei', 'nao gostei', 'desisti', 'enganação', 'enganacao', 'fraude', 'lixo', 'muito baixo'],
    stems: ['decep'],
  },
  fr: {
    words: ['mauvais', 'mauvaise', 'nul', 'nulle', 'cher', 'chère', 'déçu', 'déçue', 'décevant', 'decevant', 'déception', 'arnaque', 'chiant', 'ne marche pas', 'marche pas', 'ne fonctionne pas', 'fonctionne pas', 'toujours rien', 'jamais reçu', 'pas reçu', 'cassé', 'cassée', 'trop de pubs?', 'trop long', "j['’]aime pas", "je n['’]aime pas", 'je ne recommande pas', 'horrible'],
    stems: ['ennuy', 'arnaq'],
  },
  de: {
    words: ['schlecht', 'schlechter', 'teuer', 'zu teuer', 'nervig', 'nervt', 'kaputt', 'funktioniert nicht', 'geht nicht', 'klappt nicht', 'nicht angekommen', 'nie angekommen', 'immer noch nichts?', 'zu viel werbung', 'viel zu viel', 'zu lang', 'mies', 'schrecklich', 'furchtbar', 'gefällt mir (?:gar |überhaupt )?nicht', 'schade', 'leider', 'betrug'],
    stems: ['enttäusch', 'enttaeusch', 'langweil', 'abzock'],
  },
  id: {
    words: ['jelek', 'buruk', 'kecewa', 'mengecewakan', 'mahal', 'kemahalan', 'penipu', 'penipuan', 'nipu', 'palsu', 'rusak', '(?:gak|ga|gk|nggak|ngga|enggak|tidak|tdk) (?:bisa dibuka|berfungsi|jalan|nyala|sampai|sampe|dateng|datang|muncul|kedengeran|jelas)', 'belum (?:sampai|sampe|dateng|datang)', 'lemot', 'lelet', 'ribet', 'bosen', 'bosan', 'membosankan', 'ngebosenin', 'males', 'malas', 'kebanyakan', 'terlalu (?:mahal|lama|panjang|banyak)', 'zonk', 'refund', 'lama banget'],
  },
  it: {
    words: ['brutto', 'brutta', 'pessimo', 'pessima', 'deludente', 'delusione', 'deluso', 'delusa', 'troppo car[oa]', 'costoso', 'costosa', 'carissimo', 'carissima', 'truffa', 'fregatura', 'schifo', 'non funziona', 'non va', 'rotto', 'rotta', 'non è (?:ancora )?arrivato', 'mai arrivato', 'troppa pubblicità', 'troppo lungo', 'non mi piace', 'non mi è piaciuto', 'peggio', 'peggiore', 'problema', 'problemi', 'fastidioso', 'inutile', 'sconsiglio', 'non lo consiglio', 'non la consiglio'],
    stems: ['noios'],
  },
  tr: {
    words: ['kötü', 'kotu', 'berbat', 'rezalet', 'rezil', 'sıkıcı', 'sikici', 'pahalı', 'pahali', 'sahte', 'çalışmıyor', 'calismiyor', 'çalışmadı', 'açılmıyor', 'acilmiyor', 'bozuk', 'bozuldu', 'hayal kırıklığı', 'hayal kirikligi', 'sorun', 'problem', 'iade', 'gelmedi', 'ulaşmadı', 'saçma', 'sacma', 'değmez', 'degmez', 'tavsiye etmem', 'sevmedim', 'beğenmedim', 'begenmedim', '(?:çok|fazla) reklam'],
    stems: ['dolandırıcı', 'dolandirici'],
  },
  ja: {
    anywhere: ['最悪', 'ひどい', '酷い', 'がっかり', '残念', 'つまらな', 'つまんな', '高すぎ', '詐欺', '偽物', '壊れ', '動かない', '使えない', '開けない', '開かない', '届かない', '届いてない', '届きません', '問題', 'うざい', 'ウザい', '微妙', '返金', '長すぎ', '多すぎ', '退屈', '期待外れ', '期待はずれ', '不満', '不良', '聞き取りにくい', '見にくい', '見づらい', '聞こえない', '好きじゃない', '嫌い', 'おすすめしません', 'オススメしません', '飽きた'],
  },
  ko: {
    anywhere: ['별로', '최악', '실망', '비싸', '지루', '노잼', '사기', '가짜', '고장', '안 돼', '안돼', '안 열려', '안열려', '작동 안', '안 왔', '안왔', '문제', '짜증', '환불', '너무 길', '너무 작', '광고가 너무', '광고 너무', '불편', '구려', '비추', '아쉽', '아쉬워', '안 들려', '안들려', '싫어'],
  },
  hi: {
    words: ['बेकार', 'खराब', 'ख़राब', 'बकवास', 'घटिया', 'महंगा', 'महँगा', 'महंगी', 'धोखा', 'धोखाधड़ी', 'फर्जी', 'फ़र्ज़ी', 'नकली', 'समस्या', 'दिक्कत', 'परेशानी', 'निराश', 'बोरिंग', 'टूट गया', 'टूट गई', 'काम नहीं', 'नहीं आया', 'नहीं पहुंचा', 'नहीं खुल', 'पसंद नहीं', 'लायक नहीं', 'रिफंड', 'धीमी', 'धीमा', 'ज़्यादा ऐड', 'ज्यादा ऐड', 'bekar', 'bekaar', 'bakwas', 'ghatiya', 'kharab'],
    stems: ['मत खरीद'],
  },
  ar: {
    words: ['سيء', 'سيئ', 'سيئة', 'سيئه', 'زفت', 'ممل', 'مملة', 'غالي', 'غالية', 'غاليه', 'نصب', 'احتيال', 'مزيف', 'مزيفة', 'خربان', 'خربانة', 'خرب', 'معطل', 'عطلان', 'مشكلة', 'مشكله', 'مشاكل', 'خيبة', 'محبط', 'مخيب', 'أسوأ', 'اسوأ', 'فاشل', 'فاشلة', 'ما اشتغل', 'ما يشتغل', 'لا يعمل', 'ما يفتح', 'ما وصل', 'لم يصل', 'استرجاع', 'بايخ', 'بايخة', 'واطي', 'ما عجبني', 'ما عجبتني', '(?:ال)?[إا]علانات كثير\\p{L}*', 'لا أنصح', 'لا انصح', 'ما انصح'],
  },
};

// "Qué bonito", "que lindo", "was für ein", "wie schön", "what a", "how cute": exclamations,
// not questions.
const NOT_EXCLAIMING = '(?!\\s+(?:bonit|lind|hermos|bell|guap|maravill|incr[ií]v|incre[ií]bl|ric[oa]|delici|foda|top|legal|massa|fof[oa]|perfeit|perfect|buen|bom|boa|genial|orgulho|orgullo|saudade|vontade|ganas|fome|hambre)\\p{L}*)';

// "Como siempre", "come sempre": as always, not how.
const NOT_ALWAYS = '(?!\\s+(?:siempre|sempre))';

/** Question words that open a question (the first five put them first). */
export const QUESTION_START_CUES: CueTable = {
  en: { words: ['how(?!\\s+(?:cute|beautiful|pretty|cool|amazing|sweet|lovely|awesome|funny|adorable|gorgeous)(?!\\p{L}))', 'what(?!\\s+an?\\s)', "what['’]s", 'whats', 'why', 'where', "where['’]s", 'when', 'which', 'who', 'can', 'could', 'do', 'does', 'did', 'is', 'are', 'will', 'would', 'should', 'anyone', 'anybody', 'has anyone'] },
  es: { words: ['cómo', `como${NOT_ALWAYS}`, `qu[eé]${NOT_EXCLAIMING}`, 'por qué', 'porqué', 'dónde', 'donde', 'cuándo', 'cuando', 'cuál', 'cual', 'cuánto', 'cuanto', 'cuánta', 'cuántos', 'cuantos', 'alguien', 'sirve', 'se puede', 'tienes', 'quién', 'quien'] },
  pt: { words: ['onde', 'quando', 'qual', 'quais', 'porque', 'por que', 'quanto', 'quanta', 'quantos', 'alguém', 'alguem', 'serve', 'dá pra', 'da pra', 'tem como', 'cadê', 'cade'] },
  fr: { words: ['comment', 'pourquoi', 'où', 'quand', 'quel', 'quelle', 'quels', 'quelles', 'combien', 'qui', 'est-ce', "c['’]est quoi", "quelqu['’]un"] },
  de: { words: ['wie(?!\\s+(?:schön|geil|cool|toll|süß|krass|immer))', 'was(?!\\s+f[üu]r\\s+ein)', 'warum', 'wieso', 'weshalb', 'wo', 'woher', 'wann', 'welche', 'welcher', 'welches', 'kann', 'gibt', 'weiß jemand', 'weiss jemand', 'hat jemand', 'wieviel', 'wie viel', 'ist', 'sind', 'hast du', 'habt ihr', 'geht das'] },
  id: { words: ['apakah', 'boleh'] },
  it: { words: [`come${NOT_ALWAYS}`, 'cosa', 'che cosa', 'perché', 'perche', 'dove', 'quando', 'quale', 'qual', 'quanto', 'quanta', 'quanti', 'quante', 'chi', 'si può', 'si puo', 'posso', "c['’]è", 'ci sono', 'qualcuno', 'è possibile'] },
  tr: { words: ['neden', 'niye', 'niçin', 'hangi'] },
  ja: {},
  ko: {},
  hi: {},
  ar: { words: ['هل', 'أي'] },
};

/**
 * Question words and particles that sit anywhere: Indonesian leaves them in place ("pakai
 * kamera apa"), Turkish, Japanese, Korean and Hindi put them late or end on a particle.
 * Spanish and Italian "mi" (my, me) is why Turkish "mi" counts only at the end.
 */
export const QUESTION_ANYWHERE_CUES: CueTable = {
  en: {},
  es: {},
  pt: {},
  fr: { words: ["c['’]est (?:quoi|quel|quelle)"] },
  de: {},
  id: { words: ['apa', 'kenapa', 'mengapa', 'bagaimana', 'gimana', 'gmn', 'dimana', 'di mana', 'kapan', 'berapa', 'brp', 'siapa', 'kok', 'ada (?:yang|yg) (?:tau|tahu)', 'boleh (?:tau|tahu)'] },
  it: {},
  tr: { words: ['nasıl', 'nasil', 'nerede', 'nereden', 'nereye', 'ne zaman', 'ne kadar(?!\\s+(?:güzel|tatlı|tatli|iyi|harika|şirin|sirin|mutlu))', 'nedir', 'kaç', 'kac', 'kimin', 'kime', 'kim(?=\\s*[?!.]*$)', 'm[ıuü](?:s[ıiuü]n(?:[ıiuü]z)?|y[ıiuü]m|d[ıiuü]r|yd[ıiuü])?', 'mi(?:s[ıi]n(?:[ıi]z)?|y[ıi]m|d[ıi]r|yd[ıi])', 'mi(?=\\s*[?!.]*$)', 'ne(?=\\s*[?!.]*$)'] },
  ja: { anywhere: ['ですか', 'ますか', 'でしょうか', 'ましたか', 'でしたか', '(?<!な)かな(?![りか])', 'どこ', 'どうやって', 'どうすれば', 'どうして', 'どうです', 'どんな', 'どれ', 'どの', '何を', '何が', '何の', '何色', 'なに', 'なんで', 'なぜ', 'いつ(?!も)', 'いくら', '誰', 'だれ', 'わかる人', '分かる人', '知ってる人'] },
  ko: { anywhere: ['어디', '뭐', '뭔', '무엇', '무슨', '어떻게', '어떤', '왜', '언제', '얼마', '누구', '몇', '나요', '까요', '인가요', '아시는 ?분', '아는 사람'] },
  hi: { words: ['क्या(?!\\s+बात)', 'कैसे', 'कैसा', 'कैसी', 'कहाँ', 'कहां', 'कब', 'क्यों', 'क्यूँ', 'कितना', 'कितने', 'कितनी', 'कौन', 'कौनसा', 'किस', 'kya', 'kaise', 'kahan', 'kyun', 'kyu', 'kitna', 'kitne', 'kaun'] },
  ar: { words: ['كيف', 'ليش', 'لماذا', 'ليه', 'متى', 'وين', 'أين', 'اين', 'فين', 'كم', 'ماذا', 'شو', 'ايش', 'إيش', 'وش', 'مين', 'أحد يعرف', 'احد يعرف', 'حد يعرف'] },
};

/**
 * Words that disqualify a comment as a persona quote or example: insults, profanity, slurs. A
 * persona card is shown to a brand; a missed quote costs nothing, so stems over-block
 * ("Dickens", Indonesian "anjing" for a real dog) rather than let an insult through.
 */
export const TOXIC_CUES: CueTable = {
  en: { stems: ['fuck', 'shit', 'bitch', 'asshole', 'bastard', 'cunt', 'dick', 'whore', 'slut', 'retard', 'idiot', 'moron', 'stupid', 'dumbass', 'loser', 'kys', 'kill yourself', 'go die', 'ugly', 'trash', 'hate you', 'nazi', 'porn', 'nude', 'fraud', 'clown', 'shut up', 'liar'] },
  de: { stems: ['scheiß', 'scheiss', 'arschloch', 'fick', 'hurensohn', 'wichser', 'fotze', 'missgeburt', 'behindert'] },
  es: { stems: ['mierda', 'puta', 'puto', 'pendejo', 'idiota', 'estúpid', 'estupid', 'cabrón', 'cabron', 'gilipollas'] },
  pt: { stems: ['merda', 'porra', 'caralho', 'otário', 'otario', 'vagabund'] },
  fr: { stems: ['putain', 'merde', 'connard', 'connasse', 'salope', 'encul', 'pute'] },
  id: {
    stems: ['anjing', 'bangsat', 'bajingan', 'kontol', 'memek', 'ngentot', 'goblok', 'goblog', 'tolol', 'bego', 'kampret', 'brengsek', 'taik', 'jancok', 'jancuk', 'pelacur', 'lonte', 'sialan', 'keparat', 'bacot'],
    words: ['tai', 'asu', 'babi'],
  },
  it: { stems: ['cazz', 'stronz', 'vaffanculo', 'fanculo', 'puttan', 'troia', 'coglion', 'minchia', 'porco dio', 'deficiente', 'cretin', 'imbecill', 'frocio', 'scem'] },
  tr: {
    stems: ['amk', 'amına', 'amcık', 'orospu', 'piç', 'siktir', 'sikerim', 'sikeyim', 'sikik', 'yavşak', 'yavsak', 'ibne', 'pezevenk', 'gerizekal', 'salak', 'aptal', 'şerefsiz', 'serefsiz', 'kahpe', 'kaltak', 'ananı', 'boktan', 'aminakoy', 'amina koy'],
    words: ['aq', 'göt', 'bok'],
  },
  ja: { anywhere: ['死ね', '氏ね', '殺す', 'ころす', 'くそ', 'クソ', 'ブス', 'ブサイク', 'ぶさいく', 'きもい', 'キモい', 'キモ', 'きしょ', '馬鹿', 'バカ', 'ばか', 'アホ', 'あほ', 'カス(?!タ|テラ)', 'ゴミ', '消えろ', 'ちんこ', 'まんこ', 'ビッチ', 'ハゲ'] },
  ko: { anywhere: ['씨발', '시발', 'ㅅㅂ', '씨바', '병신', 'ㅂㅅ', '개새', '새끼', '지랄', 'ㅈㄹ', '좆', '존나', 'ㅈㄴ', '닥쳐', '꺼져', '미친놈', '미친년', '또라이', '멍청', '한남', '한녀', '걸레', '창녀', '애미', '느금'] },
  hi: { stems: ['बहनचोद', 'बहन चोद', 'भेनचोद', 'मादरचोद', 'चूतिय', 'चुतिय', 'गांडू', 'गांड', 'कमीन', 'हरामी', 'हरामज़ाद', 'हरामजाद', 'कुत्ते', 'कुत्ती', 'रंडी', 'भोसड़', 'भोसड', 'लौड़', 'लौड', 'लोडा', 'chutiy', 'madarchod', 'behenchod', 'bhenchod', 'bhosd', 'bsdk', 'gandu', 'harami', 'saala'],
    // साला is also the start of सालाना (yearly).
    words: ['randi', 'kamina', 'kamine', 'साला', 'साले'],
  },
  ar: {
    stems: ['كلب', 'كلاب', 'حمار', 'حمير', 'شرموط', 'قحب', 'منيك', 'كسم', 'كس ام', 'كس أم', 'يلعن', 'لعنة', 'غبي', 'اغبى', 'أغبى', 'حقير', 'عرص', 'معرص', 'طيز', 'ابن الكلب', 'متخلف', 'وسخ'],
    // Whole words only: as stems these begin زبدة (butter), نيكون (Nikon), خرافي (fabulous),
    // حيوانات (animals), تفوق (excellence), خولة (a name).
    words: ['زب', 'نيك', 'خرا', 'خرة', 'حيوان', 'تفو', 'خول'],
  },
};
