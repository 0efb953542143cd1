/**
 * Vietnamese names, written family name first ("Nguyễn Thị Lan", "Trần Văn Nam"). The word the
 * Latin lookup would read is then the family name, which says nothing; but two middle names mark
 * gender:
 *
 * - "Thị" is the middle name of women's names, never of men's;
 * - "Văn" is the middle name of men's names.
 *
 * Written without the marks ("Nguyen Thi Lan"), "thi" and "van" also mean other things ("van"
 * in Dutch and German names), so they count only straight after a common Vietnamese family
 * name. Any other name is left to the lookup. (Leaving every name written with letters only
 * Vietnamese uses unknown was tried: on faker's Vietnamese first names it halved the answers
 * without making them more often right, so it was dropped.)
 */

export type VietnameseReading = 'female' | 'male';

// The most common family names, together borne by most Vietnamese people.
export const FAMILY_NAMES: ReadonlySet<string> = new Set([
  'nguyen', 'tran', 'le', 'pham', 'hoang', 'huynh', 'phan', 'vu', 'vo', 'dang', 'bui', 'do', 'ho', 'ngo', 'duong', 'ly',
  'dao', 'dinh', 'lam', 'mai', 'trinh', 'truong', 'luong', 'ha', 'cao', 'ta',
]);

const fold = (w: string) => w.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd');

/** The reading of a display name, or null when it is not a Vietnamese name this rule knows. */
export function vietnameseName(displayName: string): VietnameseReading | null {
  // "thi", "thị", "van" and "văn" each hold "th", "va" or "vă", whether their marks are written
  // precomposed or as combining marks, and neither NFC nor lowercasing makes those letters from
  // others: nearly every name has none, and then the words need not be built.
  const lower = displayName.toLowerCase();
  if (!lower.includes('th') && !lower.includes('va') && !lower.includes('v\u0103')) return null;
  const words = displayName.normalize('NFC').toLowerCase().split(/[\s,.]+/u).filter(Boolean);
  if (words.length < 2) return null;
  for (let i = 0; i < words.length - 1; i++) {
    const word = words[i]!;
    const marked = word === 'thị' || word === 'văn';
    const afterFamilyName = i > 0 && FAMILY_NAMES.has(fold(words[i - 1]!)) && (word === 'thi' || word === 'van');
    if (marked || afterFamilyName) return word.startsWith('t') ? 'female' : 'male';
  }
  return null;
}
