/**
 * The per-install secret behind commenters' keyed hashes (lib/traits/member-key.ts).
 *
 * It is kept in two places: the extension's database (settings), so that a backup carries it
 * and a restored database keeps recognising the same commenters, and `browser.storage.local`,
 * which is not IndexedDB, so that losing the database (Chromium drops it when its store is
 * damaged, for instance by a write on a full disk) does not lose the secret: a new one would
 * give every returning commenter a second key, counting each person twice. A secret is made
 * only when neither place has one. The database's wins when both do (an imported backup
 * brings the keys of its rows), and is copied to storage.local. It never leaves the extension
 * otherwise.
 */
import type { Platform } from '../capture/batch';
import type { PersonaLensDB } from '../db/database';
import { generateInstallSecret, memberKey } from '../traits/member-key';

const SECRET_KEY = 'installSecret';
const MAX_KNOWN_KEYS = 50_000;

/** The part of `browser.storage.local` used here (so tests pass WXT's fake browser). */
export interface LocalArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

/** storage.local keeps JSON, so the bytes are kept as hex. */
export const LOCAL_SECRET_KEY = 'installSecretHex';

const valid = (value: unknown): value is Uint8Array => value instanceof Uint8Array && value.byteLength >= 16;

function toHex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

function fromHex(value: unknown): Uint8Array | undefined {
  if (typeof value !== 'string' || !/^([0-9a-f]{2}){16,64}$/.test(value)) return undefined;
  return Uint8Array.from(value.match(/../g)!, (h) => parseInt(h, 16));
}

const same = (a: Uint8Array, b: Uint8Array) => a.byteLength === b.byteLength && a.every((v, i) => v === b[i]);

export async function readLocalSecret(area: LocalArea): Promise<Uint8Array | undefined> {
  return fromHex((await area.get(LOCAL_SECRET_KEY))[LOCAL_SECRET_KEY]);
}

async function loadOrCreateSecret(db: PersonaLensDB, area: LocalArea | undefined): Promise<Uint8Array> {
  const kept = area ? await readLocalSecret(area) : undefined;
  let made: Uint8Array | undefined;
  if (!kept && area && !valid((await db.settings.get(SECRET_KEY))?.value)) {
    // Neither place has one: keep it outside the database first, so that it survives even if
    // the database write below is lost.
    made = generateInstallSecret();
    await area.set({ [LOCAL_SECRET_KEY]: toHex(made) });
  }
  const secret = await db.transaction('rw', db.settings, async () => {
    const row = await db.settings.get(SECRET_KEY);
    if (valid(row?.value)) return row.value;
    const value = kept ?? made ?? generateInstallSecret();
    await db.settings.put({ key: SECRET_KEY, value });
    return value;
  });
  if (area && !(kept && same(kept, secret)) && !(made && same(made, secret))) {
    await area.set({ [LOCAL_SECRET_KEY]: toHex(secret) });
  }
  return secret;
}

export type InstallMemberKey = ((platform: Platform, handle: string) => Promise<string>) & {
  /**
   * The secret in the database changed under us ("delete everything", an import): forget the
   * cached key and the copy in storage.local, so that the database's secret, or a new one after
   * an erase, is taken on next use.
   */
  reset(): void;
};

/** memberKey bound to this install's secret; the CryptoKey is imported once per worker lifetime. */
export function installMemberKey(db: PersonaLensDB, area?: LocalArea): InstallMemberKey {
  let key: Promise<CryptoKey> | undefined;
  let forgetting: Promise<void> = Promise.resolve();
  // The same commenters come back on every page of a creator: remember their keys for the
  // worker's lifetime, within a bound (a worker lives minutes; this is at most a few MB).
  const known = new Map<string, string>();
  const keyed = async (platform: Platform, handle: string) => {
    const id = `${platform}:${handle.toLowerCase()}`;
    const hit = known.get(id);
    if (hit) return hit;
    key ??= forgetting
      .then(() => loadOrCreateSecret(db, area))
      .then((secret) => crypto.subtle.importKey('raw', new Uint8Array(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']));
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
      if (area) forgetting = area.remove(LOCAL_SECRET_KEY).catch(() => undefined);
    },
  });
}
