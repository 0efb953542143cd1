/**
 * Small text heuristics for quotes and pain points. They run on the audience's own comments
 * in the browser, so they are word lists and patterns rather than a model: cheap, predictable,
 * and easy to extend per language. They cover English, German, Spanish, Portuguese and French,
 * the languages the presets target; other languages simply yield fewer pain points.
 */
import type { PainPoint } from './types';

/**
 * Words that disqualify a comment as a persona quote or example. A persona card is shown to a
 * brand: an insult or profanity would misrepresent the audience and embarrass the user, and a
 * missed quote costs nothing. Matched as word prefixes, case-insensitively.
 */
const TOXIC_PREFIXES = [
  // English
  'fuck', 'shit', 'bitch', 'asshole', 'bastard', 'cunt', 'dick', 'whore', 'slut', 'retard', 'idiot',
  'moron', 'stupid', 'dumbass', 'loser', 'kys', 'kill yourself', 'go die', 'ugly', 'trash', 'hate you',
  'nazi', 'porn', 'nude',
  // German
  'scheiß', 'scheiss', 'arschloch', 'fick', 'hurensohn', 'wichser', 'fotze', 'missgeburt', 'behindert',
  // Spanish
  'mierda', 'puta', 'puto', 'pendejo', 'idiota', 'estúpid', 'estupid', 'cabrón', 'cabron', 'gilipollas',
  // Portuguese
  'merda', 'porra', 'caralho', 'otário', 'otario', 'vagabund',
  // French
  'putain', 'merde', 'connard', 'connasse', 'salope', 'encul', 'pute',
];

const URL_RE = /\bhttps?:\/\/|www\.|\.com\b/i;
/** @mentions name third parties; a quote must not expose anyone's handle. */
const MENTION_RE = /(^|\s)@[\w.]+/;

const escapeRe = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** One regex for the whole list: a persona build may screen tens of thousands of comments. */
const TOXIC_RE = new RegExp(`(?:^|[^\\p{L}\\p{N}])(?:${TOXIC_PREFIXES.map(escapeRe).join('|')})`, 'iu');

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

const QUESTION_START =
  /^(how|what|why|where|when|which|who|can|could|do|does|did|is|are|will|would|should|wie|was|warum|wieso|wo|wann|welche|kann|gibt|cómo|como|qué|que|por qué|porque|dónde|onde|cuándo|quando|cuál|qual|comment|pourquoi|où|quand|quel|quelle|est-ce)\b/i;
const REQUEST_RE =
  /\b(please|pls|plz|can you|could you|would you|would love|do a video|make a video|next video|tutorial|part 2|bitte|kannst du|könntest du|mach mal|por favor|puedes|podrías|podrias|haz un|faz um|pode fazer|s'il te plaît|s'il vous plaît|stp|tu peux)\b/i;
const COMPLAINT_RE =
  /\b(bad|worse|worst|terrible|awful|horrible|hate|disappoint\w*|broken|boring|annoying|expensive|overpriced|scam|fake|problem|issue|doesn'?t work|not working|never arrived|refund|too long|too much|cringe|unfollow\w*|schlecht|enttäusch\w*|teuer|langweilig|nervig|kaputt|malo|mala|caro|cara|decepci\w*|aburrido|estafa|ruim|chato|golpe|nul|cher|déçu\w*|arnaque|ennuyeux)\b|👎|😡|🤬/iu;

export type CommentKind = PainPoint['kind'];

/** What a comment is, for pain points: a request beats a complaint beats a question. */
export function classifyComment(text: string): CommentKind | null {
  const t = text.trim();
  if (REQUEST_RE.test(t)) return 'request';
  if (COMPLAINT_RE.test(t)) return 'complaint';
  if (t.includes('?') || t.includes('¿') || QUESTION_START.test(t)) return 'question';
  return null;
}

/** Words too common to name a topic, in the five languages, plus the cue words above. */
const STOPWORDS = new Set(
  (
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
    'malo mala caro cara aburrido estafa ruim chato golpe cher arnaque ennuyeux'
  ).split(/\s+/),
);

export function keywords(text: string): string[] {
  const words = text.toLowerCase().match(/[\p{L}][\p{L}\p{N}'’-]{2,}/gu) ?? [];
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
