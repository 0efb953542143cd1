import { describe, expect, it } from 'vitest';
import { requestPersistentStorage } from '../../lib/db/persist';

describe('requestPersistentStorage', () => {
  it.each<[string, Pick<StorageManager, 'persist' | 'persisted'> | undefined, boolean | null, boolean[]]>([
    ['no StorageManager (nothing recorded)', undefined, null, []],
    ['already persistent: no prompt', { persisted: async () => true, persist: async () => { throw new Error('must not ask'); } }, true, [true]],
    ['granted', { persisted: async () => false, persist: async () => true }, true, [true]],
    ['refused', { persisted: async () => false, persist: async () => false }, false, [false]],
    ['the browser throws', { persisted: async () => false, persist: async () => { throw new Error('no'); } }, false, [false]],
  ])('%s', async (_label, storage, answer, recorded) => {
    const got: boolean[] = [];
    expect(await requestPersistentStorage({ storage, record: async (g) => got.push(g) })).toBe(answer);
    expect(got).toEqual(recorded);
  });
});
