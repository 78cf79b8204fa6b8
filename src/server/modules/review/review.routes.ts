import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { Page } from '../../../shared/schemas/common.js';
import { ReviewGroup, ReviewLabelInput, ReviewLabelResult, ReviewQuery, ReviewRow, ReviewRowsQuery } from '../../../shared/schemas/discovery.js';
import { ctxOf } from '../../http/context.js';
import { listHandler } from '../../http/list-route.js';
import type { RouteModule } from '../../http/types.js';
import { labelReviewGroups, listReviewQueue, listReviewRows } from './review.js';

const money = (minor: number) => (minor / 100).toFixed(2);

export const reviewExport = {
  filename: 'review-queue',
  columns: [
    ['Source', (g: ReviewGroup) => g.source], ['Text', (g: ReviewGroup) => g.normalised], ['Examples', (g: ReviewGroup) => g.examples],
    ['Kind', (g: ReviewGroup) => g.kind], ['Suggestion', (g: ReviewGroup) => g.suggestion?.name], ['Confidence', (g: ReviewGroup) => g.confidence.toFixed(2)],
    ['Rows', (g: ReviewGroup) => g.rows], ['Amount', (g: ReviewGroup) => money(g.amountMinor)], ['Currency', (g: ReviewGroup) => g.currency],
    ['People', (g: ReviewGroup) => g.people], ['First seen', (g: ReviewGroup) => g.firstSeen], ['Last seen', (g: ReviewGroup) => g.lastSeen],
    ['Reasons', (g: ReviewGroup) => g.reasons],
  ] as [string, (g: ReviewGroup) => unknown][],
};
const rowsExport = {
  filename: 'review-rows',
  columns: [
    ['Date', (r: ReviewRow) => r.date], ['Amount', (r: ReviewRow) => money(r.amountMinor)], ['Currency', (r: ReviewRow) => r.currency], ['Description', (r: ReviewRow) => r.description],
    ['Card holder', (r: ReviewRow) => r.cardholder], ['Person', (r: ReviewRow) => r.person?.name], ['Department', (r: ReviewRow) => r.department],
    ['File', (r: ReviewRow) => r.fileName], ['Line', (r: ReviewRow) => r.line],
  ] as [string, (r: ReviewRow) => unknown][],
};

export const reviewRoutes: RouteModule = (root, { database }) => {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const tags = ['Discovery'];
  app.get('/review', { schema: { operationId: 'listReviewQueue', tags, summary: 'Unknown and low-confidence texts, grouped, with their rows, amounts and people', querystring: ReviewQuery, response: { 200: Page(ReviewGroup) } } },
    listHandler(database, reviewExport, (c, q) => listReviewQueue(c, q)));
  app.get('/review/rows', { schema: { operationId: 'listReviewRows', tags, summary: 'The rows behind one group, with file and line', querystring: ReviewRowsQuery, response: { 200: Page(ReviewRow) } } },
    listHandler(database, rowsExport, (c, q) => listReviewRows(c, q)));
  app.post('/review/label', { schema: { operationId: 'labelReviewGroups', tags, summary: 'Label one or many groups: learns a rule per group and re-matches what it covers', body: ReviewLabelInput, response: { 200: ReviewLabelResult } } },
    (req) => labelReviewGroups(ctxOf(req, database), req.body));
};
