/**
 * Small text heuristics for quotes and pain points. They run on the audience's own comments
 * in the browser, so they are word lists and patterns rather than a model: cheap, predictable,
 * and easy to extend per language (comment-cues.ts: English, Spanish, Portuguese, French, German,
 * Indonesian, Italian, Turkish, Japanese, Korean, Hindi and Arabic); other languages simply
 * yield fewer pain points.
 */
import { COMPLAINT_CUES, cueSource, cueWords, QUESTION_ANYWHERE_CUES, QUESTION_START_CUES, REQUEST_CUES, TELL_ME_CUES, TOXIC_CUES } from './comment-cues';
import type { PainPoint } from './types';

const URL_RE = /\bhttps?:\/\/|www\.|\.com\b/i;
/** @mentions name third parties; a quote must not expose anyone's handle. */
const MENTION_RE = /(^|\s)@[\w.]+/;

const TOXIC_RE = new RegExp(cueSource([TOXIC_CUES]), 'iu');

/**
 * Prefix match at a word start: "shitty" is caught, and so is "Dickens"; over-blocking a
 * quote is the cheap mistake here.
 */
export function isToxic(text: string): boolean {
  return TOXIC_RE.test(text);
}

/** A comment we may show as a quote: non-toxic, 20–200 characters, no links, no @handles. */
export function isQuotable(text: string): boolean {
  const t = text.trim();
  return t.length >= 20 && t.length <= 200 && !isToxic(t) && !URL_RE.test(t) && !MENTION_RE.test(t);
}

const REQUEST_RE = new RegExp(cueSource([REQUEST_CUES]), 'iu');
const TELL_ME_RE = new RegExp(cueSource([TELL_ME_CUES]), 'iu');
const COMPLAINT_RE = new RegExp(cueSource([COMPLAINT_CUES]), 'iu');
// Spanish opens a question with ¿, Arabic and Persian close it with ؟, Japanese and Chinese
// with a full-width ？.
const QUESTION_RE = new RegExp(
  ['[?¿؟？]', cueSource([QUESTION_START_CUES], { anchored: true }), cueSource([QUESTION_ANYWHERE_CUES, TELL_ME_CUES])].join('|'),
  'iu',
);

export type CommentKind = PainPoint['kind'];

/** What a comment is, for pain points: a request beats a complaint beats a question. */
export function classifyComment(text: string): CommentKind | null {
  const t = text.trim();
  if (REQUEST_RE.test(t) && !TELL_ME_RE.test(t)) return 'request';
  if (COMPLAINT_RE.test(t)) return 'complaint';
  if (QUESTION_RE.test(t)) return 'question';
  return null;
}

/**
 * Words too common to name a topic: function words of the languages the cues cover, and every
 * one-word cue (a request's "tolong" or a complaint's "mahal" says what kind it is, not what
 * it is about).
 */
const STOPWORDS = new Set([
  ...(
    'the this that these those with from have has had what when where which while will would could should ' +
    'about there their they them then than your yours just like really very much more most some any been ' +
    'being into over also only even still make made does doing done know think want need good great love ' +
    'please video videos post content thanks thank here come can you how why who are for and not but all ' +
    'look time need name where next really today always every another other people thing things ' +
    'das der die und ist nicht mit auf ein eine einen dem den des sich auch noch wie was warum wann kann ' +
    'bitte mehr sehr schon aber oder wenn dann hast habe mal video danke viel welche kannst könntest ' +
    'immer heute wieder richtig einfach ' +
    'que los las una uno por para con como pero más muy esto esta este eso hay tiene puedes podrías gracias ' +
    'cada siempre hoy todo todos ' +
    'você voce isso essa esse uma não nao com para mais muito obrigado pode fazer ' +
    'les des une est pas pour avec mais plus très tres cette ça vous merci comment pourquoi ' +
    'bad worse worst hate issue problem disappointed boring annoying expensive tutorial next part would ' +
    'terrible awful horrible broken scam fake cringe refund teuer schlecht langweilig nervig kaputt ' +
    'malo mala caro cara aburrido estafa ruim chato golpe cher arnaque ennuyeux ' +
    'yang dan ini itu untuk buat dengan sama juga banget sudah udah bisa kalau kalo tapi atau dari karena ' +
    'lagi kakak abang videonya aja deh sih terus makasih terima kasih ' +
    'della delle degli dello questo questa questi sono anche molto tutto tutti grazie sempre ancora fare ' +
    'nella nello alla alle perché più ' +
    'için daha gibi ama olan olarak teşekkürler sonra kadar bunu şimdi çok ' +
    'और है हैं का की के में से को पर भी यह ये वो बहुत वीडियो भाई आप आपका आपकी नहीं ' +
    'في من على عن هذا هذه الله فيديو جدا مرة انت ما لا مع بس'
  ).split(/\s+/),
  ...cueWords([REQUEST_CUES, TELL_ME_CUES, COMPLAINT_CUES, QUESTION_START_CUES, QUESTION_ANYWHERE_CUES]),
]);

export function keywords(text: string): string[] {
  // Marks too: Devanagari vowel signs are marks, and a Hindi word is cut at each without them.
  const words = text.toLowerCase().match(/[\p{L}][\p{L}\p{M}\p{N}'’-]{2,}/gu) ?? [];
  const out = new Set<string>();
  for (const w of words) {
    const word = w.replace(/['’-]+$/u, '');
    if (word.length >= 4 && !STOPWORDS.has(word)) out.add(word);
  }
  return [...out];
}

// Ties in count: complaints first, then questions, then requests; a named topic before "other".
const KIND_ORDER: Record<CommentKind, number> = { complaint: 0, question: 1, request: 2 };

function example(texts: readonly string[]): string {
  const quotable = texts.filter(isQuotable);
  // The shortest quotable one is usually the clearest statement of the point.
  const pick = [...quotable].sort((a, b) => a.length - b.length || (a < b ? -1 : 1))[0];
  if (pick) return pick.trim();
  const clean = texts.filter((t) => !isToxic(t) && !URL_RE.test(t) && !MENTION_RE.test(t));
  const fallback = clean.sort((a, b) => a.length - b.length)[0];
  if (!fallback) return '';
  const t = fallback.trim();
  return t.length > 200 ? `${t.slice(0, 199)}…` : t;
}

/**
 * Recurring questions, complaints and requests among one persona's comments. A point is
 * "recurring" when at least `minMembers` distinct members raised it; each comment counts
 * towards one topic only (its keyword that most members share), so counts do not double up.
 */
export function painPoints(
  comments: readonly { memberKey: string; text: string }[],
  { minMembers = 2, limit = 5 }: { minMembers?: number; limit?: number } = {},
): PainPoint[] {
  const byKind = new Map<CommentKind, { memberKey: string; text: string; words: string[] }[]>();
  for (const c of comments) {
    const kind = classifyComment(c.text);
    if (!kind) continue;
    const list = byKind.get(kind) ?? [];
    list.push({ memberKey: c.memberKey, text: c.text, words: keywords(c.text) });
    byKind.set(kind, list);
  }
  const points: PainPoint[] = [];
  for (const [kind, list] of byKind) {
    const membersByWord = new Map<string, Set<string>>();
    for (const c of list) {
      for (const w of c.words) {
        const set = membersByWord.get(w) ?? new Set<string>();
        set.add(c.memberKey);
        membersByWord.set(w, set);
      }
    }
    const topics = new Map<string, { members: Set<string>; texts: string[] }>();
    for (const c of list) {
      let best: string | null = null;
      let bestCount = 0;
      for (const w of c.words) {
        const n = membersByWord.get(w)!.size;
        // Ties go to the longer word, which tends to be the more specific one.
        if (n > bestCount || (n === bestCount && best !== null && (w.length > best.length || (w.length === best.length && w < best)))) {
          best = w;
          bestCount = n;
        }
      }
      const topic = best !== null && bestCount >= minMembers ? best : '';
      const entry = topics.get(topic) ?? { members: new Set<string>(), texts: [] };
      entry.members.add(c.memberKey);
      entry.texts.push(c.text);
      topics.set(topic, entry);
    }
    for (const [topic, { members, texts }] of topics) {
      if (members.size < minMembers) continue;
      const ex = example(texts);
      if (!ex) continue;
      points.push({ kind, topic: topic || null, count: members.size, example: ex });
    }
  }
  return points
    .sort(
      (a, b) =>
        b.count - a.count ||
        KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
        Number(a.topic === null) - Number(b.topic === null) ||
        (a.topic ?? '').localeCompare(b.topic ?? ''),
    )
    .slice(0, limit);
}
