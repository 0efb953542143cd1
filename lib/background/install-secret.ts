/**
 * The per-install secret behind commenters' keyed hashes (lib/traits/member-key.ts). It lives
 * in the extension's own database (settings), is created on first use, and travels with a
 * backup so that a restored database keeps recognising the same commenters. It never leaves
 * the extension otherwise.
 */
import type { Platform } from '../capture/batch';
import type { PersonaLensDB } from '../db/database';
import { generateInstallSecret, memberKey } from '../traits/member-key';

const SECRET_KEY = 'installSecret';
const MAX_KNOWN_KEYS = 50_000;

async function loadOrCreateSecret(db: PersonaLensDB): Promise<Uint8Array> {
  return db.transaction('rw', db.settings, async () => {
    const row = await db.settings.get(SECRET_KEY);
    if (row?.value instanceof Uint8Array && row.value.byteLength >= 16) return row.value;
    const secret = generateInstallSecret();
    await db.settings.put({ key: SECRET_KEY, value: secret });
    return secret;
  });
}

export type InstallMemberKey = ((platform: Platform, handle: string) => Promise<string>) & {
  /** Forgets the cached key: after "delete everything" or an import, the secret in the database changed. */
  reset(): void;
};

/** memberKey bound to this install's secret; the CryptoKey is imported once per worker lifetime. */
export function installMemberKey(db: PersonaLensDB): InstallMemberKey {
  let key: Promise<CryptoKey> | undefined;
  // The same commenters come back on every page of a creator: remember their keys for the
  // worker's lifetime, within a bound (a worker lives minutes; this is at most a few MB).
  const known = new Map<string, string>();
  const keyed = async (platform: Platform, handle: string) => {
    const id = `${platform}:${handle.toLowerCase()}`;
    const hit = known.get(id);
    if (hit) return hit;
    key ??= loadOrCreateSecret(db).then((secret) =>
      crypto.subtle.importKey('raw', new Uint8Array(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']),
    );
    const current = key;
    const value = await memberKey(await current, platform, handle);
    // A reset while we were hashing means the secret changed: do not remember the old key.
    if (key === current) {
      if (known.size >= MAX_KNOWN_KEYS) known.clear();
      known.set(id, value);
    }
    return value;
  };
  return Object.assign(keyed, {
    reset() {
      key = undefined;
      known.clear();
    },
  });
}
