/**
 * A commenter is stored only as HMAC-SHA-256(per-install secret, platform + ":" + handle).
 * The key is stable within one install (so repeat commenters are recognised) but cannot be
 * reversed or joined with another install's data, because the secret never leaves storage.
 */
import type { Platform } from '../capture/batch';

export const INSTALL_SECRET_BYTES = 32;

export function generateInstallSecret(): Uint8Array {
  return crypto.getRandomValues(new Uint8Array(INSTALL_SECRET_BYTES));
}

/** All four platforms treat handles case-insensitively, so "@Anna" and "@anna" are one person. */
export function normaliseHandle(platform: Platform, handle: string): string {
  void platform;
  return handle.trim().replace(/^@/, '').toLowerCase();
}

const keyCache = new WeakMap<Uint8Array, Promise<CryptoKey>>();

function importSecret(secret: Uint8Array): Promise<CryptoKey> {
  let key = keyCache.get(secret);
  if (!key) {
    if (secret.byteLength < 16) throw new RangeError('install secret must be at least 16 bytes');
    // A copy with its own ArrayBuffer: importKey does not accept views of shared memory.
    key = crypto.subtle.importKey('raw', new Uint8Array(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
    keyCache.set(secret, key);
  }
  return key;
}

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

export async function memberKey(secret: CryptoKey | Uint8Array, platform: Platform, handle: string): Promise<string> {
  const key = secret instanceof Uint8Array ? await importSecret(secret) : secret;
  const message = new TextEncoder().encode(`${platform}:${normaliseHandle(platform, handle)}`);
  const mac = new Uint8Array(await crypto.subtle.sign('HMAC', key, message));
  let hex = '';
  for (const byte of mac) hex += HEX[byte];
  return hex;
}
