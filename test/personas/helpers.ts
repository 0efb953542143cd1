/** Shared helpers for persona tests: seeded synthetic matrices and factor matching. */
import { matrix, type Matrix } from '../../lib/personas/nmf';
import { mulberry32 } from '../../lib/personas/random';

export interface Planted {
  V: Matrix;
  W0: Matrix;
  H0: Matrix;
}

/**
 * V = W0·H0 (+ noise) where each post (column) belongs mainly to one factor and each group
 * (row) mainly to one factor: the separable structure under which NMF's factors are
 * identifiable, so "recovered" has a meaning.
 */
export function plantedMatrix(n: number, m: number, k: number, seed: number, noise = 0): Planted {
  const rng = mulberry32(seed);
  const W0 = matrix(n, k);
  const H0 = matrix(k, m);
  for (let i = 0; i < n; i++) {
    const main = i % k;
    for (let t = 0; t < k; t++) W0.data[i * k + t] = t === main ? 1 + 4 * rng() : rng() < 0.15 ? 0.3 * rng() : 0;
  }
  for (let j = 0; j < m; j++) {
    const main = j % k;
    for (let t = 0; t < k; t++) H0.data[t * m + j] = t === main ? 1 + 9 * rng() : rng() < 0.1 ? 0.5 * rng() : 0;
  }
  const V = matrix(n, m);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < m; j++) {
      let s = 0;
      for (let t = 0; t < k; t++) s += W0.data[i * k + t]! * H0.data[t * m + j]!;
      V.data[i * m + j] = s + noise * rng();
    }
  }
  return { V, W0, H0 };
}

export function rowCosine(A: Matrix, a: number, B: Matrix, b: number): number {
  let dot = 0, na = 0, nb = 0;
  for (let j = 0; j < A.cols; j++) {
    const x = A.data[a * A.cols + j]!;
    const y = B.data[b * B.cols + j]!;
    dot += x * y;
    na += x * x;
    nb += y * y;
  }
  return na > 0 && nb > 0 ? dot / Math.sqrt(na * nb) : 0;
}

/** Best one-to-one matching of rows (brute force over permutations; k ≤ 7). Returns each matched cosine. */
export function matchRows(found: Matrix, truth: Matrix): number[] {
  const k = truth.rows;
  let best: number[] = [];
  let bestSum = -Infinity;
  const perm = Array.from({ length: k }, (_, i) => i);
  const permute = (start: number): void => {
    if (start === k) {
      const cos = perm.map((p, t) => rowCosine(found, p, truth, t));
      const s = cos.reduce((a, b) => a + b, 0);
      if (s > bestSum) {
        bestSum = s;
        best = cos;
      }
      return;
    }
    for (let i = start; i < k; i++) {
      [perm[start], perm[i]] = [perm[i]!, perm[start]!];
      permute(start + 1);
      [perm[start], perm[i]] = [perm[i]!, perm[start]!];
    }
  };
  permute(0);
  return best;
}

export function transpose(M: Matrix): Matrix {
  const T = matrix(M.cols, M.rows);
  for (let i = 0; i < M.rows; i++) for (let j = 0; j < M.cols; j++) T.data[j * M.rows + i] = M.data[i * M.cols + j]!;
  return T;
}

import type { AudienceMember, Engagement, PersonaComment, PersonaInput, PersonaPost } from '../../lib/personas/types';

export interface SegmentSpec {
  gender: AudienceMember['gender'];
  language: string;
  region: string;
  interest: string;
  /** A neighbouring interest that is dominant for some members, so a segment spans several groups. */
  secondary: string;
  hashtag: string;
  members: number;
  comments: string[];
}

/** Three planted audience segments, each engaging mostly with its own block of posts. */
export const PLANTED_SEGMENTS: SegmentSpec[] = [
  {
    gender: 'female', language: 'en', region: 'US', interest: 'beauty', secondary: 'fashion', hashtag: 'makeup', members: 60,
    comments: [
      'This foundation shade looks amazing on you, so glowy!',
      'Where can I buy this palette? Is it available in stores?',
      'Where did you get the lipstick? Need the shade name!',
      'Please do a tutorial on the eyeliner look next time',
    ],
  },
  {
    gender: 'male', language: 'de', region: 'DE', interest: 'gaming', secondary: 'tech', hashtag: 'gaming', members: 45,
    comments: [
      'Das Spiel sieht richtig gut aus, freue mich schon drauf',
      'Welche Grafikkarte nutzt du für das Spiel? Läuft flüssig?',
      'Die Grafikkarte ist viel zu teuer für die Leistung',
      'Kannst du bitte mehr Let’s Plays vom neuen Spiel machen?',
    ],
  },
  {
    gender: 'female', language: 'es', region: 'MX', interest: 'fitness', secondary: 'health', hashtag: 'fitness', members: 35,
    comments: [
      'Me encanta esta rutina de piernas, la hago cada semana',
      '¿Cuántas series de sentadillas recomiendas para empezar?',
      'Por favor sube una rutina de abdomen para principiantes',
      'Esta rutina de piernas es increíble, gracias por compartir',
    ],
  },
];

export function plantedAudience(seed: number, postsPerSegment = 10, segments = PLANTED_SEGMENTS): PersonaInput & { truth: Map<string, number> } {
  const rng = mulberry32(seed);
  const members: AudienceMember[] = [];
  const engagements: Engagement[] = [];
  const comments: PersonaComment[] = [];
  const posts: PersonaPost[] = [];
  const truth = new Map<string, number>();
  segments.forEach((seg, s) => {
    for (let p = 0; p < postsPerSegment; p++) posts.push({ id: `p${s}-${p}`, hashtags: [seg.hashtag, p % 2 ? 'daily' : 'new'] });
  });
  segments.forEach((seg, s) => {
    for (let i = 0; i < seg.members; i++) {
      const key = `m${s}-${i}`;
      truth.set(key, s);
      const main = rng() < 0.75;
      members.push({
        key,
        gender: rng() < 0.15 ? 'unknown' : seg.gender,
        language: seg.language,
        regions: [{ region: seg.region, p: 0.8 }, { region: 'OTHER', p: 0.2 }],
        interests: [
          { category: seg.interest, score: main ? 0.6 + 0.4 * rng() : 0.3 },
          { category: seg.secondary, score: main ? 0.2 * rng() : 0.5 + 0.3 * rng() },
        ],
        ageBand: rng() < 0.5 ? '18-24' : '25-34',
      });
      for (let p = 0; p < postsPerSegment; p++) {
        if (rng() < 0.5) engagements.push({ memberKey: key, postId: `p${s}-${p}`, count: 1 + Math.floor(3 * rng()) });
      }
      // A little cross-over so the matrix is not block-diagonal.
      const other = (s + 1) % segments.length;
      if (rng() < 0.2) engagements.push({ memberKey: key, postId: `p${other}-0`, count: 1 });
      const text = seg.comments[i % seg.comments.length]!;
      comments.push({ memberKey: key, postId: `p${s}-${i % postsPerSegment}`, text });
    }
  });
  return { members, engagements, comments, posts, truth };
}
