/**
 * eld's n-gram table as packNgrams' bytes (eld-ngram-table.ts). This is Node's version, for
 * tests and CLIs: it packs eld's own module when called (once, on the first detection). The
 * extension build replaces this module with the bytes packed at build time (wxt.config.ts), so
 * the service worker never evaluates eld's 2 MB object literal nor walks its 105,548 objects.
 */
import { ngramsData } from '../../node_modules/eld/src/ngrams/medium.js';
import { packNgrams } from './eld-ngram-table';

export function packedNgrams(): Uint8Array {
  return packNgrams(ngramsData);
}
