// The self-hosted Direct Line's memory: conversations, the tokens that open them, and a window of
// each transcript for polling. Deliberately in memory and bounded — the bot's own state (where the
// tenant is in the journey) lives in PostgreSQL, so losing this only loses the on-screen history:
//   - a token lives `tokenTtlMs`; a conversation lives as long as its newest token;
//   - at most `maxConversations` are kept (the least recently used is dropped first);
//   - each keeps its last `maxActivities` activities (older ones can no longer be polled).
// A dropped or unknown conversation answers 404, which Web Chat shows as an ended conversation.
import { createHash, randomBytes } from 'node:crypto';

export interface StoreLimits {
  maxConversations: number;
  maxActivities: number;
  tokenTtlMs: number;
}

export const DEFAULT_LIMITS: Omit<StoreLimits, 'tokenTtlMs'> = { maxConversations: 5000, maxActivities: 500 };

/** An activity as JSON on the wire (timestamps are strings), with the server's id. */
export type WireActivity = { id: string; timestamp: string; [field: string]: unknown };

export interface Conversation {
  readonly id: string;
  readonly userId: string;
  /** True once a client has started it (POST /conversations): the bot has been told. */
  started: boolean;
  /** Sequence number the next activity gets; as a string, the watermark after it. */
  nextSeq: number;
  readonly activities: WireActivity[];
  readonly tokenHashes: Set<string>;
  expiresAt: number;
}

export interface IssuedToken {
  conversationId: string;
  userId: string;
  token: string;
  expires_in: number;
}

export type Authorization =
  | { ok: true; conversation: Conversation }
  | { ok: false; status: 401 | 403 | 404; message: string };

export class ConversationStore {
  private readonly conversations = new Map<string, Conversation>();
  private readonly tokens = new Map<string, { conversationId: string; expiresAt: number }>();

  constructor(
    private readonly limits: StoreLimits,
    private readonly now: () => Date,
  ) {}

  /** A new conversation and the first token for it (what tokens/generate answers). */
  create(): IssuedToken {
    this.dropExpired();
    while (this.conversations.size >= this.limits.maxConversations) {
      const oldest = this.conversations.values().next().value as Conversation;
      this.drop(oldest);
    }
    const conversation: Conversation = {
      id: randomId(),
      // Not dl_: Web Chat reserves that prefix for ids embedded in Azure's own tokens.
      userId: `web_${randomId()}`,
      started: false,
      nextSeq: 0,
      activities: [],
      tokenHashes: new Set(),
      expiresAt: 0,
    };
    this.conversations.set(conversation.id, conversation);
    return this.issueToken(conversation);
  }

  /** A fresh token for the same conversation (tokens/refresh); the old one stays valid until it expires. */
  issueToken(conversation: Conversation): IssuedToken {
    const token = randomBytes(32).toString('base64url');
    const expiresAt = this.now().getTime() + this.limits.tokenTtlMs;
    const hash = hashToken(token);
    this.tokens.set(hash, { conversationId: conversation.id, expiresAt });
    conversation.tokenHashes.add(hash);
    conversation.expiresAt = Math.max(conversation.expiresAt, expiresAt);
    return {
      conversationId: conversation.id,
      userId: conversation.userId,
      token,
      expires_in: Math.round(this.limits.tokenTtlMs / 1000),
    };
  }

  /** The conversation a bearer token opens, if the token is known and unexpired. */
  conversationForToken(token: string | undefined): Authorization {
    if (!token) return { ok: false, status: 401, message: 'A Bearer token is required (Authorization: Bearer <token>).' };
    const entry = this.tokens.get(hashToken(token));
    const conversation = entry && this.conversations.get(entry.conversationId);
    if (!entry || !conversation || entry.expiresAt <= this.now().getTime()) {
      return { ok: false, status: 403, message: 'The token is not valid or has expired; get a new one.' };
    }
    this.touch(conversation);
    return { ok: true, conversation };
  }

  /** Authorises a request for one conversation: 401 without a token, 404 if unknown, 403 if the token is for another. */
  authorize(conversationId: string, token: string | undefined): Authorization {
    if (!token) return this.conversationForToken(token);
    if (!this.conversations.has(conversationId)) {
      return { ok: false, status: 404, message: 'There is no such conversation (it may have ended).' };
    }
    const result = this.conversationForToken(token);
    if (result.ok && result.conversation.id !== conversationId) {
      return { ok: false, status: 403, message: 'The token is for a different conversation.' };
    }
    return result;
  }

  /** Appends an activity with the next server id; returns the stored copy. */
  append(conversation: Conversation, activity: Record<string, unknown>): WireActivity {
    const seq = conversation.nextSeq;
    conversation.nextSeq += 1;
    const stored: WireActivity = {
      ...activity,
      id: `${conversation.id}|${String(seq).padStart(7, '0')}`,
      timestamp: this.now().toISOString(),
    };
    conversation.activities.push(stored);
    if (conversation.activities.length > this.limits.maxActivities) conversation.activities.shift();
    return stored;
  }

  /** Activities after `watermark` (a sequence number as a string; empty = from the start), and the new watermark. */
  activitiesSince(conversation: Conversation, watermark: number): { activities: WireActivity[]; watermark: string } {
    const firstSeq = conversation.nextSeq - conversation.activities.length;
    return {
      activities: conversation.activities.slice(Math.max(0, watermark - firstSeq)),
      watermark: String(conversation.nextSeq),
    };
  }

  /** A conversation by id, without a token check: for the bridge's own connector calls. */
  find(conversationId: string): Conversation | undefined {
    return this.conversations.get(conversationId);
  }

  /** Moves a conversation to the back of the eviction queue (Map keeps insertion order). */
  private touch(conversation: Conversation): void {
    this.conversations.delete(conversation.id);
    this.conversations.set(conversation.id, conversation);
  }

  private dropExpired(): void {
    const now = this.now().getTime();
    for (const conversation of this.conversations.values()) {
      if (conversation.expiresAt <= now) this.drop(conversation);
    }
  }

  private drop(conversation: Conversation): void {
    for (const hash of conversation.tokenHashes) this.tokens.delete(hash);
    this.conversations.delete(conversation.id);
  }
}

function randomId(): string {
  return randomBytes(16).toString('base64url');
}

// Only hashes are kept, so a memory dump or a debugger never shows a usable token.
function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
