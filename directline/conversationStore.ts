// The self-hosted Direct Line's conversations, the hashes of the tokens that open them, and their
// transcripts, in PostgreSQL (migrations/0008_directline.sql) — so a restart or redeploy never
// ends a tenant's chat: the page keeps polling with its token and watermark and carries on.
// Retention, applied on write:
//   - a token lives `tokenTtlMs`; a conversation lives as long as its newest token, and expired
//     conversations (with their tokens and transcripts) are deleted whenever a new one is created;
//   - each conversation keeps its last `maxActivities` activities (older ones can no longer be polled).
// A deleted or unknown conversation answers 404, which Web Chat shows as an ended conversation.
import { randomBytes } from 'node:crypto';
import { and, asc, eq, gte, lte, sql } from 'drizzle-orm';
import type { Db } from '../store/database';
import { directLineActivities, directLineConversations, directLineTokens } from '../store/schema';
import { accessFor, hashToken, TOKEN_REQUIRED, type Access } from './tokenAccess';

export interface StoreLimits {
  maxActivities: number;
  tokenTtlMs: number;
}

export const MAX_ACTIVITIES = 500;
/**
 * One poll answers at most this many activities (the client polls again from the new watermark),
 * so with activities bounded in size (directLineRoutes.ts) a poll's answer is bounded too.
 */
export const MAX_ACTIVITIES_PER_POLL = 50;

/** An activity as JSON on the wire (timestamps are strings), with the server's id. */
export type WireActivity = { id: string; timestamp: string; [field: string]: unknown };

export type Conversation = typeof directLineConversations.$inferSelect;

export type Authorization = Access<Conversation>;

export interface IssuedToken {
  conversationId: string;
  userId: string;
  token: string;
  expires_in: number;
}

export class ConversationStore {
  constructor(
    private readonly db: Db,
    private readonly limits: StoreLimits,
    private readonly now: () => Date,
  ) {}

  /** A new conversation and the first token for it (what tokens/generate answers). */
  async create(): Promise<IssuedToken> {
    await this.deleteExpired();
    const token = this.newToken();
    // Not dl_: Web Chat reserves that prefix for ids embedded in Azure's own tokens.
    const conversation = { id: randomId(), userId: `web_${randomId()}` };
    await this.db.transaction(async (tx) => {
      await tx.insert(directLineConversations).values({ ...conversation, expiresAt: token.expiresAt });
      await tx.insert(directLineTokens).values({ tokenHash: token.hash, conversationId: conversation.id, expiresAt: token.expiresAt });
    });
    return this.issued(conversation, token.value);
  }

  /** A fresh token for the same conversation (tokens/refresh); the old one stays valid until it expires. */
  async issueToken(conversation: Conversation): Promise<IssuedToken> {
    const token = this.newToken();
    const c = directLineConversations;
    await this.db.transaction(async (tx) => {
      await tx.insert(directLineTokens).values({ tokenHash: token.hash, conversationId: conversation.id, expiresAt: token.expiresAt });
      await tx
        .update(c)
        .set({ expiresAt: sql`greatest(${c.expiresAt}, ${token.expiresAt.toISOString()}::timestamptz)` })
        .where(eq(c.id, conversation.id));
    });
    return this.issued(conversation, token.value);
  }

  /** The conversation a bearer token opens, if the token is known and unexpired. */
  async conversationForToken(token: string | undefined): Promise<Authorization> {
    if (!token) return TOKEN_REQUIRED;
    const [row] = await this.db
      .select({ conversation: directLineConversations, grant: directLineTokens })
      .from(directLineTokens)
      .innerJoin(directLineConversations, eq(directLineConversations.id, directLineTokens.conversationId))
      .where(eq(directLineTokens.tokenHash, hashToken(token)));
    return accessFor({ conversation: row?.conversation, grant: row?.grant }, this.now());
  }

  /** Authorises a request for one conversation: 401 without a token, 404 if unknown, 403 if the token is for another. */
  async authorize(conversationId: string, token: string | undefined): Promise<Authorization> {
    if (!token) return TOKEN_REQUIRED;
    const [row] = await this.db
      .select({ conversation: directLineConversations, grant: directLineTokens })
      .from(directLineConversations)
      .leftJoin(directLineTokens, eq(directLineTokens.tokenHash, hashToken(token)))
      .where(eq(directLineConversations.id, conversationId));
    return accessFor({ conversation: row?.conversation, grant: row?.grant ?? undefined }, this.now(), conversationId);
  }

  /** Marks the conversation started; true only for the one call that started it (so the bot greets once). */
  async markStarted(conversation: Conversation): Promise<boolean> {
    const started = await this.db
      .update(directLineConversations)
      .set({ started: true })
      .where(and(eq(directLineConversations.id, conversation.id), eq(directLineConversations.started, false)))
      .returning({ id: directLineConversations.id });
    return started.length === 1;
  }

  /**
   * Appends an activity with the next server id; returns the stored copy, or undefined when the
   * conversation has gone. The sequence number is taken under the conversation row's lock and
   * committed with the activity, so ids (and watermarks) only ever grow and a poll never skips one.
   */
  async append(conversation: Conversation, activity: Record<string, unknown>): Promise<WireActivity | undefined> {
    const c = directLineConversations;
    const a = directLineActivities;
    return this.db.transaction(async (tx) => {
      const [next] = await tx
        .update(c)
        .set({ nextSeq: sql`${c.nextSeq} + 1` })
        .where(eq(c.id, conversation.id))
        .returning({ seq: sql`${c.nextSeq} - 1`.mapWith(Number) });
      if (!next) return undefined;
      const stored: WireActivity = {
        ...activity,
        id: `${conversation.id}|${String(next.seq).padStart(7, '0')}`,
        timestamp: this.now().toISOString(),
      };
      await tx.insert(a).values({ conversationId: conversation.id, seq: next.seq, activity: stored });
      await tx.delete(a).where(and(eq(a.conversationId, conversation.id), lte(a.seq, next.seq - this.limits.maxActivities)));
      return stored;
    });
  }

  /** Activities after `watermark` (a sequence number as a string; empty = from the start), and the new watermark. */
  async activitiesSince(conversation: Conversation, watermark: number): Promise<{ activities: WireActivity[]; watermark: string }> {
    const c = directLineConversations;
    const a = directLineActivities;
    // One statement, one snapshot: the watermark and the activities it covers always agree.
    const rows = await this.db
      .select({ nextSeq: c.nextSeq, seq: a.seq, activity: a.activity })
      .from(c)
      .leftJoin(a, and(eq(a.conversationId, c.id), gte(a.seq, watermark)))
      .where(eq(c.id, conversation.id))
      .orderBy(asc(a.seq))
      .limit(MAX_ACTIVITIES_PER_POLL + 1);
    const page = rows.slice(0, MAX_ACTIVITIES_PER_POLL);
    const more = rows.length > MAX_ACTIVITIES_PER_POLL;
    return {
      activities: page.flatMap((r) => (r.activity ? [r.activity as WireActivity] : [])),
      watermark: String(more ? (page[page.length - 1].seq as number) + 1 : (rows[0]?.nextSeq ?? watermark)),
    };
  }

  /** A conversation by id, without a token check: for the bridge's own connector calls. */
  async find(conversationId: string): Promise<Conversation | undefined> {
    const [conversation] = await this.db
      .select()
      .from(directLineConversations)
      .where(eq(directLineConversations.id, conversationId));
    return conversation;
  }

  private newToken(): { value: string; hash: string; expiresAt: Date } {
    const value = randomBytes(32).toString('base64url');
    return { value, hash: hashToken(value), expiresAt: new Date(this.now().getTime() + this.limits.tokenTtlMs) };
  }

  private issued(conversation: Pick<Conversation, 'id' | 'userId'>, token: string): IssuedToken {
    return {
      conversationId: conversation.id,
      userId: conversation.userId,
      token,
      expires_in: Math.round(this.limits.tokenTtlMs / 1000),
    };
  }

  /** Conversations whose newest token has expired can never be reached again; tokens and transcripts go with them. */
  private async deleteExpired(): Promise<void> {
    const now = this.now();
    await this.db.delete(directLineConversations).where(lte(directLineConversations.expiresAt, now));
    // A live conversation's own expired tokens open nothing either.
    await this.db.delete(directLineTokens).where(lte(directLineTokens.expiresAt, now));
  }
}

function randomId(): string {
  return randomBytes(16).toString('base64url');
}
