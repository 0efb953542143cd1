/**
 * Instagram's post address code (the shortcode in /p/<code>/) is its numeric media id written
 * in base 64, most significant digit first, in this alphabet. The private API names media by
 * id only (`/api/v1/media/<id>/comments/`), so a comments response loaded on a profile page,
 * where the address names no post, still says which post, and so which creator, it belongs to.
 * Checked against real id and shortcode pairs in instagram-shortcode.test.ts.
 */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
// Media ids are 64-bit: at most 20 decimal digits. Longer is not an id.
const MEDIA_ID = /^[1-9]\d{0,19}$/;
const MAX_MEDIA_ID = 2n ** 64n - 1n;

/** The shortcode of a media id ("2224305748263047050" → "B7eUksNFA-K"), or undefined. */
export function shortcodeOfMediaId(mediaId: string): string | undefined {
  if (!MEDIA_ID.test(mediaId)) return undefined;
  let n = BigInt(mediaId);
  if (n > MAX_MEDIA_ID) return undefined;
  let code = '';
  while (n > 0n) {
    code = ALPHABET[Number(n % 64n)] + code;
    n /= 64n;
  }
  return code;
}
