/**
 * The route table and its one gate: every message names the one kind of sender it takes, and
 * every refusal goes through the same log. Each route is shown to let its own sender through
 * to the schema (a refusal there says "schema", not "sender") before the others are refused.
 */
import { describe, expect, it } from 'vitest';
import { createGate, Rejected } from '../../lib/background/gate';
import { ROUTES, type RoutedMessage } from '../../lib/messaging/routes';
import type { SenderInfo } from '../../lib/messaging/sender';

const self = { extensionId: 'ours', extensionOrigin: 'chrome-extension://ours/' };
const content: SenderInfo = { id: 'ours', url: 'https://www.youtube.com/@lenatravels', tab: { id: 1 } };
const page: SenderInfo = { id: 'ours', url: 'chrome-extension://ours/dashboard.html' };
const stranger: SenderInfo = { id: 'evil', url: 'https://www.youtube.com/', tab: { id: 2 } };
const types = Object.keys(ROUTES) as RoutedMessage[];

function gate() {
  const logs: string[] = [];
  return { logs, gate: createGate({ self, log: (_l, m) => logs.push(m) }) };
}

/** A payload no schema in the table accepts. */
const BAD = { unexpected: Symbol('x') };

describe('message route table', () => {
  it.each(types)('%s: its own sender reaches the schema; others are refused before it, each logged once', (type) => {
    const own = ROUTES[type].from === 'content' ? content : page;
    const other = ROUTES[type].from === 'content' ? page : content;
    const { gate: g, logs } = gate();
    expect(() => g.accept(type, BAD, own)).toThrow(Rejected);
    expect(g.rejections.at(-1)?.reason).toMatch(/^schema/);
    for (const sender of [other, stranger]) {
      expect(() => g.accept(type, BAD, sender)).toThrow('rejected');
      expect(g.rejections.at(-1)?.reason).not.toMatch(/^schema/);
    }
    expect(logs).toHaveLength(3);
    expect(logs.every((l) => l.startsWith(`[persona-lens] rejected ${type}:`))).toBe(true);
  });

  it('lets a valid message of each sender kind through with its parsed payload', () => {
    const { gate: g, logs } = gate();
    expect(g.accept('getSegments', { profileId: 'youtube:lenatravels' }, page).data).toEqual({ profileId: 'youtube:lenatravels' });
    expect(g.accept('getSettings', undefined, page).data).toBeUndefined();
    expect(logs).toEqual([]);
  });

  it('has one profile id rule for every message that names a profile', () => {
    const { gate: g } = gate();
    for (const id of ['youtube:lena travels', 'myspace:lena', 'youtube:', `youtube:${'a'.repeat(101)}`]) {
      expect(() => g.accept('getSegments', { profileId: id }, page)).toThrow('invalid-request');
      expect(() => g.accept('forgetProfile', { profileId: id }, page)).toThrow('invalid-request');
      expect(() => g.accept('setOwnProfile', { profileId: id }, page)).toThrow('invalid-request');
    }
  });
});
