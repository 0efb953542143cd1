/**
 * A trait value in words: a gender in the caller's words (a histogram row says "Woman", a
 * persona chip "Women"), a language, region or interest code by its name. One switch for the
 * histograms and the persona cards, so both name a code the same way.
 */
import { interestLabel, languageLabel, regionLabel } from '../../lib/ui/labels';

export function valueLabel(dimension: string, value: string, genderNames: Record<string, string>): string {
  switch (dimension) {
    case 'gender':
      return genderNames[value] ?? value;
    case 'language':
      return languageLabel(value);
    case 'region':
      return regionLabel(value);
    case 'interest':
      return interestLabel(value);
    default:
      return value;
  }
}
