/**
 * The per-install secret behind commenters' keyed hashes. It lives in the extension's own
 * database (settings), is created on first use, and travels with a backup so that a restored
 * database keeps recognising the same commenters. It never leaves the extension otherwise.
 */
import type { PersonaLensDB } from '../db/database';

const SECRET_KEY = 'installSecret';

async function loadOrCreateSecret(db: PersonaLensDB): Promise<Uint8Array> {
  return db.transaction('rw', db.settings, async () => {
    const row = await db.settings.get(SECRET_KEY);
    if (typeof row?.value === 'string' && /^[0-9a-f]{64}$/.test(row.value)) return hexToBytes(row.value);
    const secret = crypto.getRandomValues(new Uint8Array(32));
    await db.settings.put({ key: SECRET_KEY, value: bytesToHex(secret) });
    return secret;
  });
}

function bytesToHex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

function hexToBytes(hex: string): Uint8Array {
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return out;
}

/**
 * HMAC-SHA-256(secret, platform + ":" + lowercased handle), hex. The CryptoKey is imported
 * once per worker lifetime; the secret itself is re-read after a worker restart.
 */
export function installMemberKey(db: PersonaLensDB): (platform: string, handle: string) => Promise<string> {
  let key: Promise<CryptoKey> | undefined;
  return async (platform, handle) => {
    key ??= loadOrCreateSecret(db).then((secret) =>
      crypto.subtle.importKey('raw', secret as BufferSource, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']),
    );
    const mac = await crypto.subtle.sign('HMAC', await key, new TextEncoder().encode(`${platform}:${handle.toLowerCase()}`));
    return bytesToHex(new Uint8Array(mac));
  };
}
