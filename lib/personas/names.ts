/**
 * Typical first names for a persona, by gender and region (falling back to language, then to
 * a gender-neutral list). Personas are composites, so they get a plausible common name for
 * their group, never a real commenter's name. The lists are common given names of recent
 * decades in each place (as national birth-name statistics publish them), a few per pair so
 * that two personas of the same group can differ.
 */
import { hashString, mulberry32 } from './random';
import type { Gender } from './types';

type Names = { female: readonly string[]; male: readonly string[] };

/** By ISO 3166-1 alpha-2 region. */
const BY_REGION: Record<string, Names> = {
  US: { female: ['Emily', 'Madison', 'Ashley', 'Olivia'], male: ['Michael', 'Tyler', 'Ethan', 'Jacob'] },
  GB: { female: ['Olivia', 'Amelia', 'Emily', 'Chloe'], male: ['Oliver', 'Harry', 'Jack', 'George'] },
  IE: { female: ['Aoife', 'Sarah', 'Ciara'], male: ['Conor', 'Seán', 'Jack'] },
  CA: { female: ['Emma', 'Olivia', 'Chloé'], male: ['Liam', 'Noah', 'William'] },
  AU: { female: ['Charlotte', 'Isla', 'Mia'], male: ['Oliver', 'Jack', 'Noah'] },
  DE: { female: ['Anna', 'Lena', 'Hannah', 'Lea'], male: ['Lukas', 'Leon', 'Finn', 'Jonas'] },
  AT: { female: ['Anna', 'Lena', 'Sophie'], male: ['Lukas', 'Tobias', 'David'] },
  CH: { female: ['Mia', 'Emma', 'Lara'], male: ['Noah', 'Luca', 'Leon'] },
  FR: { female: ['Léa', 'Chloé', 'Manon', 'Camille'], male: ['Lucas', 'Hugo', 'Louis', 'Théo'] },
  ES: { female: ['Lucía', 'María', 'Paula', 'Sofía'], male: ['Hugo', 'Daniel', 'Pablo', 'Álvaro'] },
  MX: { female: ['Sofía', 'Valentina', 'Ximena', 'Regina'], male: ['Santiago', 'Diego', 'Emiliano', 'Mateo'] },
  AR: { female: ['Sofía', 'Martina', 'Catalina'], male: ['Santiago', 'Benjamín', 'Joaquín'] },
  CO: { female: ['Valentina', 'Mariana', 'Daniela'], male: ['Santiago', 'Samuel', 'Sebastián'] },
  CL: { female: ['Sofía', 'Isidora', 'Florencia'], male: ['Agustín', 'Benjamín', 'Vicente'] },
  BR: { female: ['Ana', 'Júlia', 'Beatriz', 'Larissa'], male: ['Gabriel', 'Lucas', 'Pedro', 'Matheus'] },
  PT: { female: ['Beatriz', 'Inês', 'Mariana'], male: ['João', 'Rodrigo', 'Tiago'] },
  IT: { female: ['Giulia', 'Sofia', 'Chiara', 'Martina'], male: ['Francesco', 'Alessandro', 'Lorenzo', 'Matteo'] },
  NL: { female: ['Emma', 'Sanne', 'Lotte'], male: ['Daan', 'Sem', 'Lucas'] },
  PL: { female: ['Julia', 'Zuzanna', 'Maja'], male: ['Jakub', 'Antoni', 'Szymon'] },
  TR: { female: ['Zeynep', 'Elif', 'Ecrin'], male: ['Yusuf', 'Emir', 'Mustafa'] },
  IN: { female: ['Priya', 'Ananya', 'Aditi', 'Sneha'], male: ['Rahul', 'Arjun', 'Rohan', 'Aarav'] },
  ID: { female: ['Putri', 'Siti', 'Dewi'], male: ['Budi', 'Rizky', 'Aditya'] },
  PH: { female: ['Maria', 'Angel', 'Nicole'], male: ['John', 'Mark', 'Angelo'] },
  JP: { female: ['Yui', 'Haruka', 'Aoi'], male: ['Haruto', 'Ren', 'Sota'] },
  KR: { female: ['Seo-yeon', 'Ji-woo', 'Min-seo'], male: ['Min-jun', 'Seo-jun', 'Ji-ho'] },
  RU: { female: ['Anastasia', 'Maria', 'Daria'], male: ['Alexander', 'Maxim', 'Artyom'] },
  UA: { female: ['Sofia', 'Anastasiia', 'Yulia'], male: ['Oleksandr', 'Maksym', 'Dmytro'] },
  SA: { female: ['Noura', 'Sara', 'Lama'], male: ['Mohammed', 'Abdullah', 'Faisal'] },
  EG: { female: ['Mariam', 'Nour', 'Salma'], male: ['Mohamed', 'Youssef', 'Omar'] },
  NG: { female: ['Chioma', 'Aisha', 'Ngozi'], male: ['Chinedu', 'Emeka', 'Tunde'] },
};

/** By ISO 639-1 language, when the region is unknown or not in the table. */
const BY_LANGUAGE: Record<string, Names> = {
  en: { female: ['Emma', 'Olivia', 'Sophie'], male: ['James', 'Liam', 'Noah'] },
  de: BY_REGION.DE!,
  fr: BY_REGION.FR!,
  es: { female: ['Sofía', 'Lucía', 'Valentina'], male: ['Mateo', 'Santiago', 'Diego'] },
  pt: BY_REGION.BR!,
  it: BY_REGION.IT!,
  nl: BY_REGION.NL!,
  pl: BY_REGION.PL!,
  tr: BY_REGION.TR!,
  hi: BY_REGION.IN!,
  id: BY_REGION.ID!,
  ja: BY_REGION.JP!,
  ko: BY_REGION.KR!,
  ru: BY_REGION.RU!,
  uk: BY_REGION.UA!,
  ar: { female: ['Mariam', 'Nour', 'Sara'], male: ['Mohamed', 'Omar', 'Youssef'] },
};

/** Names commonly given to any gender, for unknown gender or unknown everything. */
const NEUTRAL = ['Alex', 'Sam', 'Robin', 'Charlie', 'Jordan', 'Kim'] as const;

/**
 * Gendered names common across many languages, for a persona whose gender is stated but
 * whose region and language are not: a name from one country's list would claim a place.
 */
const INTERNATIONAL: Names = { female: ['Anna', 'Maria', 'Sara', 'Nina'], male: ['David', 'Daniel', 'Adam', 'Leo'] };

/**
 * The candidate list for a persona, most specific first (region, then language, then a
 * gendered name typical of no one place, then neutral). Callers pass 'unknown' for whatever
 * the persona does not state, so the name claims no more than the card does.
 */
export function candidateNames(gender: Gender, region: string, language: string): readonly string[] {
  if (gender === 'unknown') return NEUTRAL;
  const table = BY_REGION[region.toUpperCase()] ?? BY_LANGUAGE[language.toLowerCase()] ?? INTERNATIONAL;
  return table[gender];
}

/**
 * A deterministic pick: the same seed and salt (e.g. the persona's index) always give the same
 * name, so a persona keeps its name across popup openings.
 */
export function personaName(gender: Gender, region: string, language: string, seed: number, salt = ''): string {
  const names = candidateNames(gender, region, language);
  const rng = mulberry32((seed ^ hashString(`${gender}|${region}|${language}|${salt}`)) >>> 0);
  return names[Math.floor(rng() * names.length)]!;
}

/**
 * Picks distinct names for several personas when the table allows it: two personas from
 * the same group should not both be called Anna.
 */
export function distinctNames(
  specs: readonly { gender: Gender; region: string; language: string }[],
  seed: number,
): string[] {
  const used = new Set<string>();
  return specs.map((s, i) => {
    const names = candidateNames(s.gender, s.region, s.language);
    const first = personaName(s.gender, s.region, s.language, seed, String(i));
    const start = names.indexOf(first);
    for (let j = 0; j < names.length; j++) {
      const name = names[(start + j) % names.length]!;
      if (!used.has(name)) {
        used.add(name);
        return name;
      }
    }
    used.add(first);
    return first;
  });
}
