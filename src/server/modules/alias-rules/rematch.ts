import { sql, type SQL } from 'drizzle-orm';
import { exec, type Ctx } from '../../platform/ctx.js';
import { rows } from '../../platform/sql.js';
import { orgMatcher } from '../imports/org-matcher.js';
import type { MatchHints, SourceKind } from '../matching/index.js';

type RuleShape = { id: string; kind: string; text: string };

function textCondition(r: RuleShape): SQL {
  if (r.kind === 'exact') return sql`(m.normalised = ${r.text} OR m.hints->>'oauthClientId' = ${r.text})`;
  if (r.kind === 'prefix') return sql`(m.normalised = ${r.text} OR m.normalised LIKE ${`${r.text.replace(/[\\%_]/g, (c) => `\\${c}`)} %`})`;
  const like = r.text.replace(/[\\%_]/g, (c) => `\\${c}`).replace(/\*/g, '%').replace(/\?/g, '_');
  return sql`m.normalised LIKE ${like}`;
}

/**
 * Re-matches the stored texts a rule change can affect (texts the rule — before or after the change —
 * covers, and texts it decided), inside the caller's transaction. Transactions point at these texts,
 * so every affected row follows. Returns how many texts changed their answer.
 */
export async function rematchForRule(ctx: Ctx, rule: RuleShape, previous?: RuleShape): Promise<number> {
  const ex = exec(ctx);
  const cond = previous ? sql`(${textCondition(rule)} OR ${textCondition(previous)})` : textCondition(rule);
  const candidates = await rows<{ id: string; source: SourceKind; raw_text: string; hints: MatchHints | null; catalog_app_id: string | null; kind: string; confidence: number; rule_id: string | null }>(
    ex,
    sql`SELECT m.id, m.source, m.raw_text, m.hints, m.catalog_app_id, m.kind, m.confidence, m.rule_id FROM match_texts m WHERE m.rule_id = ${rule.id} OR ${cond}`,
  );
  if (!candidates.length) return 0;
  const matcher = await orgMatcher(ex);
  let changed = 0;
  for (const c of candidates) {
    const r = matcher.match({ text: c.raw_text, source: c.source, hints: c.hints ?? undefined });
    const same = (r.app?.id ?? null) === c.catalog_app_id && r.kind === c.kind && (r.ruleId ?? null) === c.rule_id && Math.abs(r.confidence - Number(c.confidence)) < 1e-6;
    if (same) continue;
    changed++;
    await ex.execute(sql`UPDATE match_texts SET catalog_app_id = ${r.app?.id ?? null}, app_name = ${r.app?.name ?? null}, kind = ${r.kind}, confidence = ${r.confidence},
      method = ${r.method}, rule_id = ${r.ruleId ?? null}, reasons = ${`{${r.reasons.map((x) => `"${x.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`).join(',')}}`}::text[], normalised = ${r.normalised}, updated_at = now()
      WHERE id = ${c.id}`);
  }
  return changed;
}
