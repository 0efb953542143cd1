/**
 * A trait value in words: a gender in the caller's words (a histogram row says "Woman", a
 * persona chip "Women"), a language or country code by its name in the UI language
 * (Intl.DisplayNames), a region group or interest by its catalogue message. One switch for the
 * histograms and the persona cards, so both name a code the same way.
 */
import type { InterestCategory } from '../../lib/traits/interest-keywords';
import { languageLabel, regionLabel } from '../../lib/ui/labels';
import { t, uiLocale, type MessageKey } from '../i18n/t';

/** Every interest the traits engine knows has a message (a new category without one does not compile). */
const INTEREST: Record<InterestCategory, MessageKey> = {
  beauty: 'interest_beauty',
  fashion: 'interest_fashion',
  fitness: 'interest_fitness',
  food: 'interest_food',
  travel: 'interest_travel',
  gaming: 'interest_gaming',
  tech: 'interest_tech',
  music: 'interest_music',
  sports: 'interest_sports',
  parenting: 'interest_parenting',
  pets: 'interest_pets',
  'home-garden': 'interest_homeGarden',
  finance: 'interest_finance',
  education: 'interest_education',
  entertainment: 'interest_entertainment',
  health: 'interest_health',
  outdoors: 'interest_outdoors',
  'art-design': 'interest_artDesign',
  business: 'interest_business',
  automotive: 'interest_automotive',
};

/** Region groups the traits engine uses besides ISO countries (lib/traits/region.ts). */
const REGION_GROUP: Record<string, MessageKey> = {
  LATAM: 'regionGroup_latam',
  EU: 'regionGroup_eu',
  MENA: 'regionGroup_mena',
  OTHER: 'regionGroup_otherRegions',
};

export function valueLabel(dimension: string, value: string, genderNames: Record<string, string>): string {
  if (value === 'unknown' && dimension !== 'gender') return t('unknown');
  switch (dimension) {
    case 'gender':
      return genderNames[value] ?? value;
    case 'language':
      return languageLabel(value, uiLocale());
    case 'region': {
      const group = REGION_GROUP[value];
      return group ? t(group) : regionLabel(value, uiLocale());
    }
    case 'interest': {
      const key = INTEREST[value as InterestCategory] as MessageKey | undefined;
      return key ? t(key) : value;
    }
    default:
      return value;
  }
}
