import { sql } from 'drizzle-orm';
import { uuidv7 } from '../../../shared/ids.js';
import { AttestationInput, type Attestation } from '../../../shared/schemas/apps.js';
import { audit, diff } from '../../platform/audit.js';
import { requireAnyPermission } from '../../platform/authz.js';
import { exec, type Ctx } from '../../platform/ctx.js';
import { AppError, notFound } from '../../platform/errors.js';
import { rows } from '../../platform/sql.js';
import { withTx } from '../../platform/tx.js';
import { listAttestations, refreshNextExpiry, today } from './apps.repo.js';
import { getApp } from './get-app.js';

const WRITE = ['app.security', 'app.update'] as const;

async function checkDocument(ctx: Ctx, appId: string, documentId: string | null | undefined) {
  if (!documentId) return;
  const d = await rows(exec(ctx), sql`SELECT 1 FROM documents WHERE id = ${documentId} AND app_id = ${appId}`);
  if (!d.length) throw new AppError('validation_failed', 'The document does not belong to this app', [{ path: ['documentId'], message: 'Unknown document' }]);
}

function checkDates(a: { issuedOn?: string | null; expiresOn?: string | null }) {
  if (a.issuedOn && a.expiresOn && a.expiresOn < a.issuedOn)
    throw new AppError('validation_failed', 'The expiry date is before the issue date', [{ path: ['expiresOn'], message: 'Before issuedOn' }]);
}

/** Records a certification or agreement (SOC 2, ISO 27001, DPA…) with its dates and evidence. */
export async function createAttestation(ctx: Ctx, appId: string, input: unknown): Promise<Attestation> {
  requireAnyPermission(ctx, [...WRITE]);
  const data = AttestationInput.parse(input);
  checkDates(data);
  return withTx(ctx, async (ctx) => {
    const app = await getApp(ctx, appId);
    await checkDocument(ctx, appId, data.documentId);
    const id = uuidv7();
    await exec(ctx).execute(sql`INSERT INTO attestations (id, app_id, type, issued_on, expires_on, document_id, notes)
      VALUES (${id}, ${appId}, ${data.type}, ${data.issuedOn ?? null}, ${data.expiresOn ?? null}, ${data.documentId ?? null}, ${data.notes ?? null})`);
    await refreshNextExpiry(ctx, appId);
    await audit(ctx, { action: 'attestation.create', entityType: 'attestation', entityId: id, entityLabel: app.name, appId, departmentIds: app.departments.map((d) => d.id), after: data });
    return (await listAttestations(ctx, appId, today())).find((a) => a.id === id)!;
  });
}

async function loadAttestation(ctx: Ctx, id: string) {
  const r = await rows<{ app_id: string }>(exec(ctx), sql`SELECT app_id FROM attestations WHERE id = ${id}`);
  if (!r[0]) throw notFound('Attestation');
  const app = await getApp(ctx, r[0].app_id); // scope check: 404 outside it
  const att = app.attestations.find((a) => a.id === id)!;
  return { app, att };
}

export async function updateAttestation(ctx: Ctx, id: string, input: unknown): Promise<Attestation> {
  requireAnyPermission(ctx, [...WRITE]);
  const data = AttestationInput.partial().parse(input);
  return withTx(ctx, async (ctx) => {
    const { app, att } = await loadAttestation(ctx, id);
    const next = { ...att, ...Object.fromEntries(Object.entries(data).filter(([, v]) => v !== undefined)) } as Attestation;
    checkDates(next);
    await checkDocument(ctx, app.id, data.documentId);
    await exec(ctx).execute(sql`UPDATE attestations SET type = ${next.type}, issued_on = ${next.issuedOn}, expires_on = ${next.expiresOn},
      document_id = ${next.documentId}, notes = ${next.notes} WHERE id = ${id}`);
    await refreshNextExpiry(ctx, app.id);
    const changes = diff<Record<string, unknown>>(att, data);
    if (changes)
      await audit(ctx, { action: 'attestation.update', entityType: 'attestation', entityId: id, entityLabel: app.name, appId: app.id, departmentIds: app.departments.map((d) => d.id), ...changes });
    return (await listAttestations(ctx, app.id, today())).find((a) => a.id === id)!;
  });
}

export async function deleteAttestation(ctx: Ctx, id: string): Promise<{ ok: true }> {
  requireAnyPermission(ctx, [...WRITE]);
  return withTx(ctx, async (ctx) => {
    const { app, att } = await loadAttestation(ctx, id);
    await exec(ctx).execute(sql`DELETE FROM attestations WHERE id = ${id}`);
    await refreshNextExpiry(ctx, app.id);
    await audit(ctx, { action: 'attestation.delete', entityType: 'attestation', entityId: id, entityLabel: app.name, appId: app.id, departmentIds: app.departments.map((d) => d.id), before: att });
    return { ok: true as const };
  });
}
