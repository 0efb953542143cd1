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
  const keyed = async (platform: Platform, handle: string) => {
    key ??= loadOrCreateSecret(db).then((secret) =>
      crypto.subtle.importKey('raw', new Uint8Array(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']),
    );
    return memberKey(await key, platform, handle);
  };
  return Object.assign(keyed, {
    reset() {
      key = undefined;
    },
  });
}
