/**
 * The module the extension build ships in place of eld-ngram-data.ts (wxt.config.ts): the same
 * `packedNgrams()`, its bytes packed at build time and written as base64, which survives any
 * bundler or minifier unchanged and is decoded with atob (in every extension context).
 */
export function packedNgramsModule(packed: Uint8Array): string {
  let binary = '';
  // In slices: String.fromCharCode takes its characters as arguments, and those are limited.
  for (let at = 0; at < packed.length; at += 0x8000) binary += String.fromCharCode(...packed.subarray(at, at + 0x8000));
  return `// eld's n-gram table, packed at build time by lib/traits/eld-ngram-table.ts (wxt.config.ts).
const PACKED = ${JSON.stringify(btoa(binary))};
export function packedNgrams() {
  const binary = atob(PACKED);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
`;
}
