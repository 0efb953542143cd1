/**
 * Target personas: the audiences a brand is after. Brands define their own, starting from a
 * preset; `TargetPersonaSchema` validates what the user typed (it becomes stored settings).
 */
import { z } from 'zod';
import type { TargetPersona } from './types';

/**
 * Named region groups a target may use, expanded to the codes the traits engine emits
 * (ISO 3166-1 alpha-2, plus its own named buckets such as 'LATAM' for Spanish speakers it
 * cannot place in one country).
 */
export const REGION_GROUPS: Record<string, readonly string[]> = {
  LATAM: ['LATAM', 'MX', 'AR', 'CO', 'CL', 'PE', 'VE', 'EC', 'GT', 'CU', 'BO', 'DO', 'HN', 'PY', 'SV', 'NI', 'CR', 'PA', 'UY', 'PR', 'BR'],
  DACH: ['DE', 'AT', 'CH'],
  ANGLO: ['US', 'GB', 'CA', 'AU', 'NZ', 'IE'],
};

export function expandRegions(regions: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const r of regions) {
    const code = r.toUpperCase();
    for (const c of REGION_GROUPS[code] ?? [code]) out.add(c);
  }
  return out;
}

const Weight = z.number().min(0).max(10);

/** The rules a target persona must keep beyond each field's own bounds. */
export const TARGET_RULES = ['weights-all-zero', 'gender-share-zero'] as const;
export type TargetRule = (typeof TARGET_RULES)[number];
const Code = z.string().trim().min(2).max(16);

export const TargetPersonaSchema = z
  .strictObject({
    id: z.string().min(1).max(64),
    name: z.string().trim().min(1).max(120),
    genders: z
      .strictObject({ female: z.number().min(0).max(1).optional(), male: z.number().min(0).max(1).optional() })
      .optional(),
    languages: z.array(Code.toLowerCase()).max(30).optional(),
    regions: z.array(Code.toUpperCase()).max(60).optional(),
    interests: z.array(z.string().trim().min(1).max(40).toLowerCase()).max(20).optional(),
    ageBands: z.array(z.string().regex(/^\d{1,2}(-\d{1,2}|\+)$/)).max(10).optional(),
    weights: z.strictObject({ gender: Weight, language: Weight, region: Weight, interest: Weight, age: Weight }),
  })
  // Each refinement's message is a code the editor words (components/coded-messages.ts).
  .refine((t) => Object.values(t.weights).some((w) => w > 0), { message: 'weights-all-zero' satisfies TargetRule })
  .refine((t) => !t.genders || (t.genders.female ?? 0) + (t.genders.male ?? 0) > 0, {
    message: 'gender-share-zero' satisfies TargetRule,
    path: ['genders'],
  });

/**
 * Starting points a brand copies and adjusts; interest names follow lib/traits' taxonomy. The
 * interface shows each by its id from the catalogue (preset_* keys); `name` is the English one,
 * kept for exports.
 */
export const PRESET_TARGET_PERSONAS: readonly TargetPersona[] = [
  {
    id: 'preset-young-women-beauty-en',
    name: 'Young women into beauty, English-speaking',
    genders: { female: 1 },
    languages: ['en'],
    interests: ['beauty', 'fashion'],
    ageBands: ['18-24', '25-34'],
    weights: { gender: 3, language: 2, region: 0, interest: 3, age: 1 },
  },
  {
    id: 'preset-german-gamers',
    name: 'German-speaking gamers',
    languages: ['de'],
    regions: ['DACH'],
    interests: ['gaming', 'tech'],
    weights: { gender: 0, language: 3, region: 1, interest: 3, age: 0 },
  },
  {
    id: 'preset-parents-us',
    name: 'Parents, US',
    genders: { female: 0.6, male: 0.4 },
    regions: ['US'],
    interests: ['parenting', 'home-garden', 'food'],
    ageBands: ['25-34', '35-44', '45-54'],
    weights: { gender: 1, language: 0, region: 3, interest: 3, age: 1 },
  },
  {
    id: 'preset-fitness-latam',
    name: 'Fitness, LATAM',
    languages: ['es', 'pt'],
    regions: ['LATAM'],
    interests: ['fitness', 'health', 'sports'],
    weights: { gender: 0, language: 1, region: 3, interest: 3, age: 0 },
  },
];

/** What the schema accepts is a TargetPersona: checked by the compiler, not by a reviewer. */
export type ParsedTargetPersona = z.infer<typeof TargetPersonaSchema>;
const _parsedIsTarget = (t: ParsedTargetPersona): TargetPersona => t;
void _parsedIsTarget;
