/**
 * The one accept / reject / log path for every message (the table is lib/messaging/routes.ts):
 * the sender first, so nothing of a stranger's payload is even parsed, then the schema. Every
 * refusal is logged once and kept in a short list the tests (and a bug report) can read.
 */
import { ROUTES, type ParsedOf, type RoutedMessage } from '../messaging/routes';
import { checkContentScriptSender, checkExtensionPageSender, type ContentSenderVerdict, type SelfInfo, type SenderInfo } from '../messaging/sender';
import type { Platform } from '../capture/batch';
import type { RefusalCode } from '../messaging/refusals';

export interface Rejection {
  type: string;
  reason: string;
  at: number;
}

export class Rejected extends Error {
  constructor(readonly reason: string) {
    super(reason.startsWith('schema') ? ('invalid-request' satisfies RefusalCode) : ('rejected' satisfies RefusalCode));
    this.name = 'Rejected';
  }
}

export interface Accepted<T extends RoutedMessage> {
  data: ParsedOf<T>;
  /** The platform of the content script's page (content messages only). */
  platform?: Platform;
}

export interface Gate {
  rejections: Rejection[];
  /** Checks sender and payload of a message; throws Rejected (already logged) when either fails. */
  accept<T extends RoutedMessage>(type: T, data: unknown, sender: SenderInfo): Accepted<T>;
  /** Logs and keeps a refusal or a drop decided after the gate (by a handler). */
  reject(type: string, reason: string): void;
}

const MAX_KEPT = 100;

export function createGate(deps: { self: SelfInfo; log(level: 'warn' | 'error', message: string): void; now?(): number }): Gate {
  const now = deps.now ?? Date.now;
  const rejections: Rejection[] = [];
  const reject = (type: string, reason: string) => {
    rejections.push({ type, reason, at: now() });
    if (rejections.length > MAX_KEPT) rejections.shift();
    deps.log('warn', `[persona-lens] rejected ${type}: ${reason}`);
  };
  return {
    rejections,
    reject,
    accept<T extends RoutedMessage>(type: T, data: unknown, sender: SenderInfo): Accepted<T> {
      const route = ROUTES[type];
      const who: ContentSenderVerdict | { ok: true; kind: 'page' } | { ok: false; reason: string } =
        route.from === 'content' ? checkContentScriptSender(sender, deps.self) : checkExtensionPageSender(sender, deps.self);
      if (!who.ok) {
        reject(type, who.reason);
        throw new Rejected(who.reason);
      }
      const parsed = route.schema.safeParse(data);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const reason = `schema: ${issue?.path.join('.') ?? ''} ${issue?.message ?? ''}`.slice(0, 300);
        reject(type, reason);
        throw new Rejected(reason);
      }
      return { data: parsed.data as ParsedOf<T>, platform: who.kind === 'content' ? who.platform : undefined };
    },
  };
}
