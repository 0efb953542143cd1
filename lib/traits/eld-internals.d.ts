/**
 * Types for the parts of eld 2.1.0 (Apache-2.0) that lib/traits/eld-*.ts read directly: the
 * package exports only its detector objects, not its n-gram table or tokeniser, so they are
 * imported by path. eld-scores.test.ts checks the result against eld's own detect().
 */
declare module '*/eld/src/ngrams/medium.js' {
  export const ngramsData: {
    type: string;
    /** Language index → ISO 639-1 code. */
    languages: Record<number, string>;
    /** Byte n-gram (one dictionary character per UTF-8 byte) → language index → score less 53. */
    ngrams: Record<string, Record<number, number>>;
  };
}
declare module '*/eld/src/regexPatterns.js' {
  export const separators: RegExp;
}
declare module '*/eld/src/dictionary.js' {
  export const dictionary: string[];
}
declare module '*/eld/src/avgScore.js' {
  export const avgScore: Record<string, number>;
}
