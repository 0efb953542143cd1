import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { generateInstallSecret, INSTALL_SECRET_BYTES, memberKey } from './member-key';

const secret = new Uint8Array(32).map((_, i) => i);

describe('memberKey', () => {
  it.each([
    ['youtube', 'Anna_Smith', 'youtube:anna_smith'],
    ['instagram', '@anna.smith', 'instagram:anna.smith'],
    ['tiktok', 'ANNA', 'tiktok:anna'],
    ['x', 'AnnaS', 'x:annas'],
  ] as const)('%s %s is HMAC-SHA-256 of %s', async (platform, handle, message) => {
    const expected = createHmac('sha256', Buffer.from(secret)).update(message).digest('hex');
    await expect(memberKey(secret, platform, handle)).resolves.toBe(expected);
  });

  it('is the same for a CryptoKey and for raw bytes', async () => {
    const key = await crypto.subtle.importKey('raw', secret, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
    expect(await memberKey(key, 'x', 'anna')).toBe(await memberKey(secret, 'x', 'anna'));
  });

  it('differs by platform and by install', async () => {
    const other = generateInstallSecret();
    const a = await memberKey(secret, 'x', 'anna');
    expect(await memberKey(secret, 'tiktok', 'anna')).not.toBe(a);
    expect(await memberKey(other, 'x', 'anna')).not.toBe(a);
    expect(a).toMatch(/^[0-9a-f]{64}$/);
  });

  it('rejects a secret too short to be one', async () => {
    await expect(memberKey(new Uint8Array(4), 'x', 'anna')).rejects.toThrow(RangeError);
  });
});

describe('generateInstallSecret', () => {
  it('returns 32 fresh random bytes', () => {
    const a = generateInstallSecret();
    expect(a).toHaveLength(INSTALL_SECRET_BYTES);
    expect(Buffer.from(a).equals(Buffer.from(generateInstallSecret()))).toBe(false);
  });
});
