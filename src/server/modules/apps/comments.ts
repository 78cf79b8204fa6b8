import { sql } from 'drizzle-orm';
import { uuidv7 } from '../../../shared/ids.js';
import { CommentInput, type Comment } from '../../../shared/schemas/apps.js';
import { ListQueryBase } from '../../../shared/schemas/common.js';
import { audit } from '../../platform/audit.js';
import { requirePermission } from '../../platform/authz.js';
import { exec, type Ctx } from '../../platform/ctx.js';
import type { PageResult } from '../../platform/paging.js';
import { isoTime, rows, textArray, uuidArray } from '../../platform/sql.js';
import { withTx } from '../../platform/tx.js';
import { getApp } from './get-app.js';
import { loadAppInScope } from './load-app.js';

/** `@first.last` tokens: the part of a colleague's e-mail before the @. */
export function mentionHandles(body: string): string[] {
  const out = new Set<string>();
  for (const m of body.matchAll(/(^|[^\w.@])@([a-z0-9][a-z0-9._-]*[a-z0-9])/gi)) out.add(m[2].toLowerCase());
  return [...out];
}

async function withMentions(ctx: Ctx, r: Record<string, unknown>[]): Promise<Comment[]> {
  const ids = [...new Set(r.flatMap((c) => c.mention_ids as string[]))];
  const people = ids.length ? await rows<{ id: string; name: string; email: string }>(exec(ctx), sql`SELECT id, name, email FROM people WHERE id = ANY(${uuidArray(ids)})`) : [];
  const byId = new Map(people.map((p) => [p.id, p]));
  return r.map((c) => ({
    id: c.id as string, appId: c.app_id as string, body: c.body as string, author: c.author_label as string,
    authorId: (c.author_id as string) ?? null, createdAt: isoTime(c.created_at),
    mentions: (c.mention_ids as string[]).map((id) => byId.get(id)).filter((p): p is NonNullable<typeof p> => !!p),
  }));
}

export async function listComments(ctx: Ctx, appId: string, input: unknown): Promise<PageResult<Comment>> {
  requirePermission(ctx, 'app.read');
  const q = ListQueryBase.parse(input);
  await loadAppInScope(ctx, appId);
  const r = await rows<Record<string, unknown>>(exec(ctx), sql`
    SELECT id, app_id, body, author_id, author_label, mention_ids, created_at, count(*) OVER () AS _total FROM comments
    WHERE app_id = ${appId} ORDER BY created_at DESC LIMIT ${q.pageSize} OFFSET ${(q.page - 1) * q.pageSize}`);
  return { items: await withMentions(ctx, r), total: Number(r[0]?._total ?? 0), page: q.page, pageSize: q.pageSize };
}

/** Adds a comment; @mentions are resolved to people so they can be notified and linked. */
export async function addComment(ctx: Ctx, appId: string, input: unknown): Promise<Comment> {
  requirePermission(ctx, 'app.comment');
  const data = CommentInput.parse(input);
  return withTx(ctx, async (ctx) => {
    const app = await getApp(ctx, appId);
    const handles = mentionHandles(data.body);
    const mentioned = handles.length
      ? await rows<{ id: string }>(exec(ctx), sql`SELECT id FROM people WHERE lower(split_part(email, '@', 1)) = ANY(${textArray(handles)})`)
      : [];
    const id = uuidv7();
    const mentionIds = mentioned.map((m) => m.id);
    await exec(ctx).execute(sql`INSERT INTO comments (id, app_id, author_id, author_label, body, mention_ids)
      VALUES (${id}, ${appId}, ${ctx.actor.userId}, ${ctx.actor.label}, ${data.body}, ${uuidArray(mentionIds)})`);
    await audit(ctx, { action: 'comment.create', entityType: 'comment', entityId: id, entityLabel: app.name, appId, departmentIds: app.departments.map((d) => d.id), after: { body: data.body, mentionIds } });
    const r = await rows<Record<string, unknown>>(exec(ctx), sql`SELECT id, app_id, body, author_id, author_label, mention_ids, created_at FROM comments WHERE id = ${id}`);
    return (await withMentions(ctx, r))[0];
  });
}
