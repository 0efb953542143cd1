/**
 * Age only where the writer states it or states something that implies it ("as a 40 year old",
 * "my grandkids", "tengo 23 años"). Everything else is unknown: we never guess an age from style.
 */
export const AGE_BANDS = ['13-17', '18-24', '25-34', '35-44', '45-54', '55-64', '65+'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

export interface AgeEvidence {
  band: AgeBand;
  /** The words the band rests on, as written (folded). */
  evidence: string;
}

export function bandOf(age: number): AgeBand | null {
  if (!Number.isInteger(age) || age < 13 || age > 110) return null;
  if (age <= 17) return '13-17';
  if (age <= 24) return '18-24';
  if (age <= 34) return '25-34';
  if (age <= 44) return '35-44';
  if (age <= 54) return '45-54';
  if (age <= 64) return '55-64';
  return '65+';
}

const DECADES: Record<string, number> = {
  twenties: 25, thirties: 35, forties: 45, fifties: 55, sixties: 65, seventies: 75,
  '20s': 25, '30s': 35, '40s': 45, '50s': 55, '60s': 65, '70s': 75,
};

// Stated ages. The number is group 1 in each; text is lowercase and accent-folded.
const STATED_AGE: RegExp[] = [
  // en: "as a 40 year old", "I'm 23 years old", "40yo", "i am 16 and"
  /\b(\d{2}) ?(?:-| )?(?:years?|yrs?)[ -]old\b/,
  /\b(?:i'?m|i am|im) (\d{2}) ?(?:yo|y\/o|y\.o\.)?(?=$|[\s,.!?;:)]+(?:$|and\b|&|but\b|now\b|here\b|too\b|myself\b|[^\w\s]))/,
  /\b(\d{2}) ?(?:yo|y\/o)\b/,
  /\b(?:turning|turned|just turned) (\d{2})\b/,
  // es / pt: "tengo 40 años" (folded to anos), "tenho 23 anos", "a mis 40 años"
  /\b(?:tengo|tenho|con mis|com meus|aos|a mis) (\d{2}) anos\b/,
  /\b(?:yo|eu) (?:con|com) (\d{2}) anos\b/,
  // fr: "j'ai 40 ans", "à 52 ans" is too loose (talks about anyone); keep the first person.
  /\bj'ai (\d{2}) ans\b/,
  // de: "ich bin 40 (jahre alt)", "mit meinen 40 jahren"
  /\bich bin (\d{2})(?: jahre alt)?\b(?! (?:minuten|stunden|tage|euro|kilo|kg|cm|prozent|%))/,
  /\bmit meinen (\d{2}) jahren\b/,
];
const DECADE = /\b(?:in my|in meinen|en mis|nos meus) (twenties|thirties|forties|fifties|sixties|seventies|20s|30s|40s|50s|60s|70s)\b/;

// Life stages that imply a band: most grandparents are past 55, most pupils under 18.
const LIFE_STAGE: [RegExp, AgeBand][] = [
  [/\bmy (?:grandkids|grandchildren|grandson|granddaughter|grandbaby|grandbabies)\b|\bmis nietos?\b|\bmeus netos?\b|\bminha neta\b|\bmes petits[- ]enfants\b|\bmeine enkel(?:kinder|in)?\b/, '55-64'],
  [/\b(?:since i|now that i'?m|as a) retired?\b|\b(?:estoy jubilad[oa]|sou aposentad[oa]|je suis a la retraite|ich bin in rente|ich bin rentner(?:in)?)\b/, '65+'],
  [/\b(?:i'?m|i am|im) in (?:high school|middle school|(?:9th|10th|11th|12th) grade)\b|\bmy (?:high school|middle school) (?:teacher|class)\b|\bestoy en (?:la )?secundaria\b|\bestou no ensino medio\b|\bje suis au lycee\b|\bich bin in der (?:\d+\.? )?klasse\b/, '13-17'],
  [/\b(?:i'?m|i am|im) (?:a )?(?:college|uni|university) (?:student|freshman|sophomore)\b|\bmy (?:freshman|sophomore) year\b/, '18-24'],
];

// Every pattern below needs two ASCII digits in a row or one of these words: most comments have
// none, and one scan spares them the patterns.
const AGE_WORD =
  /grand|niet|neto|neta|petits|enkel|retire|jubilad|aposentad|retraite|rente|rentner|school|grade|secundaria|ensino|lycee|klasse|college|uni|freshman|sophomore|twenties|thirties|forties|fifties|sixties|seventies/;
// One scan for "any of them", then the patterns in order for the first that holds.
// Each stated-age pattern starts at a word boundary: one \b in front of the group is tested once
// per position, instead of once per pattern.
const ANY_STATED_AGE = new RegExp(
  String.raw`\b(?:` +
    STATED_AGE.map((r) => {
      if (!r.source.startsWith(String.raw`\b`)) throw new Error(`stated age pattern without a leading \\b: ${r.source}`);
      return `(?:${r.source.slice(2)})`;
    }).join('|') +
    ')',
);
const ANY_LIFE_STAGE = new RegExp(LIFE_STAGE.map(([r]) => `(?:${r.source})`).join('|'));

/** 0 without an ASCII digit, 1 with digits but never two in a row, 2 with two in a row. */
function digitsInARow(text: string): 0 | 1 | 2 {
  let found: 0 | 1 = 0;
  let previous = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const digit = c >= 48 && c <= 57;
    if (digit && previous) return 2;
    if (digit) found = 1;
    previous = digit;
  }
  return found;
}

export function inferAge(foldedLower: string): AgeEvidence | null {
  if (foldedLower.length < 6) return null;
  const digits = digitsInARow(foldedLower);
  // Read only when needed: a comment with digits may be told by them alone.
  let named = digits === 0 ? AGE_WORD.test(foldedLower) : undefined;
  if (digits === 0 && !named) return null;
  // Each stated age is two digits: a comment whose only number is "5" skips those patterns.
  if (digits === 2 && ANY_STATED_AGE.test(foldedLower)) {
    for (const pattern of STATED_AGE) {
      const m = pattern.exec(foldedLower);
      if (m?.[1]) {
        const band = bandOf(Number(m[1]));
        if (band) return { band, evidence: m[0].trim() };
      }
    }
  }
  const decade = DECADE.exec(foldedLower);
  if (decade?.[1]) {
    const band = bandOf(DECADES[decade[1]] ?? 0);
    if (band) return { band, evidence: decade[0] };
  }
  named ??= AGE_WORD.test(foldedLower);
  if (!named) return null;
  if (!ANY_LIFE_STAGE.test(foldedLower)) return null;
  for (const [pattern, band] of LIFE_STAGE) {
    const m = pattern.exec(foldedLower);
    if (m) return { band, evidence: m[0] };
  }
  return null;
}
