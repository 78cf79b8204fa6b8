import { z } from 'zod';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { Page } from '../../../shared/schemas/common.js';
import {
  AddDiscoveredInput, AddDiscoveredResult, DiscoveredApp, DiscoveredAppDetail, DiscoveredAppQuery, DiscoveredUser, DiscoveredUserQuery, DiscoveryDecisionInput,
  DiscoveryRun, DiscoverySummary, EvidenceQuery, EvidenceRow,
} from '../../../shared/schemas/discovery.js';
import { ctxOf } from '../../http/context.js';
import { listHandler } from '../../http/list-route.js';
import type { RouteModule } from '../../http/types.js';
import { addDiscoveredToInventory, decideDiscoveredApp, runDiscovery, discoverySummary, getDiscoveredApp, listDiscoveredApps, listDiscoveredUsers, listEvidence } from './discovery.js';

const money = (spend: Record<string, number>) => Object.entries(spend).map(([c, v]) => `${(v / 100).toFixed(2)} ${c}`).join('; ');

const appsExport = {
  filename: 'discovered-apps',
  columns: [
    ['App', (a: DiscoveredApp) => a.name], ['Catalog id', (a: DiscoveredApp) => a.catalogAppId], ['Status', (a: DiscoveredApp) => a.status], ['Sources', (a: DiscoveredApp) => a.sources],
    ['First seen', (a: DiscoveredApp) => a.firstSeen], ['Last seen', (a: DiscoveredApp) => a.lastSeen], ['Users', (a: DiscoveredApp) => a.users],
    ['Not in HR', (a: DiscoveredApp) => a.unknownUsers], ['Leavers after end', (a: DiscoveredApp) => a.leaverUsers], ['Sign-ins', (a: DiscoveredApp) => a.signins],
    ['Active grants', (a: DiscoveredApp) => a.activeGrants], ['Grant risk', (a: DiscoveredApp) => a.grantRisk], ['Spend', (a: DiscoveredApp) => money(a.spend)],
    ['Departments', (a: DiscoveredApp) => a.departments.map((d) => d.name)], ['Inventory', (a: DiscoveredApp) => a.inventory?.lifecycleStatus],
  ] as [string, (a: DiscoveredApp) => unknown][],
};
const usersExport = {
  filename: 'sign-in-identities',
  columns: [
    ['User', (u: DiscoveredUser) => u.userKey], ['Name', (u: DiscoveredUser) => u.userName ?? u.person?.name], ['Status', (u: DiscoveredUser) => u.status],
    ['End date', (u: DiscoveredUser) => u.endDate], ['Apps', (u: DiscoveredUser) => u.appNames], ['Sign-ins', (u: DiscoveredUser) => u.signins],
    ['Sign-ins after end', (u: DiscoveredUser) => u.signinsAfterEnd], ['First seen', (u: DiscoveredUser) => u.firstSeen], ['Last seen', (u: DiscoveredUser) => u.lastSeen],
  ] as [string, (u: DiscoveredUser) => unknown][],
};
const evidenceExport = {
  filename: 'discovery-evidence',
  columns: [
    ['Kind', (e: EvidenceRow) => e.kind], ['At', (e: EvidenceRow) => e.at], ['User', (e: EvidenceRow) => e.user], ['Detail', (e: EvidenceRow) => e.detail],
    ['Text', (e: EvidenceRow) => e.text], ['File', (e: EvidenceRow) => e.fileName], ['Line', (e: EvidenceRow) => e.line],
  ] as [string, (e: EvidenceRow) => unknown][],
};

const Params = z.object({ id: z.string().min(1).max(200) });

export const discoveryRoutes: RouteModule = (root, { database }) => {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const tags = ['Discovery'];
  app.get('/discovery/summary', { schema: { operationId: 'discoverySummary', tags, summary: 'Apps found, shadow IT, unknowns waiting, identities outside the HR list', response: { 200: DiscoverySummary } } },
    (req) => discoverySummary(ctxOf(req, database)));
  app.post('/discovery/run', { schema: { operationId: 'runDiscovery', tags, summary: 'Rebuild discovery from everything imported (tandem discover)', response: { 200: DiscoveryRun } } },
    (req) => runDiscovery(ctxOf(req, database)));
  app.get('/discovery/apps', { schema: { operationId: 'listDiscoveredApps', tags, summary: 'Apps found in sign-ins, grants and spend; shadow IT first', querystring: DiscoveredAppQuery, response: { 200: Page(DiscoveredApp) } } },
    listHandler(database, appsExport, (c, q) => listDiscoveredApps(c, q)));
  app.get('/discovery/apps/:id', { schema: { operationId: 'getDiscoveredApp', tags, summary: 'One discovered app with its people, grants, scopes and the names it was found under', params: Params, response: { 200: DiscoveredAppDetail } } },
    (req) => getDiscoveredApp(ctxOf(req, database), req.params.id));
  app.get('/discovery/apps/:id/evidence', { schema: { operationId: 'listDiscoveryEvidence', tags, summary: 'Source rows (sign-ins, grants, transactions) with file and line', params: Params, querystring: EvidenceQuery, response: { 200: Page(EvidenceRow) } } },
    listHandler(database, evidenceExport, (c, q, req) => listEvidence(c, (req.params as { id: string }).id, q)));
  app.post('/discovery/apps/:id/decision', { schema: { operationId: 'decideDiscoveredApp', tags, summary: 'Mark as known/approved or not relevant (null clears)', params: Params, body: DiscoveryDecisionInput, response: { 200: DiscoveredApp } } },
    (req) => decideDiscoveredApp(ctxOf(req, database), req.params.id, req.body));
  app.post('/discovery/apps/:id/add-to-inventory', { schema: { operationId: 'addDiscoveredToInventory', tags, summary: 'Add to the inventory and put in review', params: Params, body: AddDiscoveredInput, response: { 200: AddDiscoveredResult } } },
    (req) => addDiscoveredToInventory(ctxOf(req, database), req.params.id, req.body));
  app.get('/discovery/users', { schema: { operationId: 'listDiscoveredUsers', tags, summary: 'Sign-ins by people outside the HR list and by leavers after their end date', querystring: DiscoveredUserQuery, response: { 200: Page(DiscoveredUser) } } },
    listHandler(database, usersExport, (c, q) => listDiscoveredUsers(c, q)));
};
