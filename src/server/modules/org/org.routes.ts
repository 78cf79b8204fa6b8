import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { IdParams, Page } from '../../../shared/schemas/common.js';
import { Department, DepartmentInput, DepartmentListQuery, Person, PersonInput, PersonListQuery, PersonUpdateInput } from '../../../shared/schemas/org.js';
import { ctxOf } from '../../http/context.js';
import { listHandler } from '../../http/list-route.js';
import type { RouteModule } from '../../http/types.js';
import { createDepartment, getDepartment, listDepartments, updateDepartment } from './departments.js';
import { createPerson, getPerson, listPeople, updatePerson } from './people.js';

export const departmentsExport = {
  filename: 'departments',
  columns: [
    ['Name', (d: Department) => d.name], ['Head', (d: Department) => d.head?.name], ['Head e-mail', (d: Department) => d.head?.email],
    ['People', (d: Department) => d.peopleCount], ['Active', (d: Department) => d.activeCount], ['Apps', (d: Department) => d.appCount], ['ID', (d: Department) => d.id],
  ] as [string, (d: Department) => unknown][],
};
export const peopleExport = {
  filename: 'people',
  columns: [
    ['Name', (p: Person) => p.name], ['E-mail', (p: Person) => p.email], ['Title', (p: Person) => p.title], ['Department', (p: Person) => p.department?.name],
    ['Manager', (p: Person) => p.manager?.name], ['Manager e-mail', (p: Person) => p.manager?.email], ['Status', (p: Person) => p.status],
    ['Start date', (p: Person) => p.startDate], ['End date', (p: Person) => p.endDate], ['Owned apps', (p: Person) => p.ownedApps], ['ID', (p: Person) => p.id],
  ] as [string, (p: Person) => unknown][],
};

export const orgRoutes: RouteModule = (root, { database }) => {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const ctx = (req: Parameters<typeof ctxOf>[0]) => ctxOf(req, database);
  const tags = ['Organisation'];
  app.get('/departments', { schema: { operationId: 'listDepartments', tags, querystring: DepartmentListQuery, response: { 200: Page(Department) } } },
    listHandler(database, departmentsExport, (c, q) => listDepartments(c, q)));
  app.get('/departments/:id', { schema: { operationId: 'getDepartment', tags, params: IdParams, response: { 200: Department } } }, (req) => getDepartment(ctx(req), req.params.id));
  app.post('/departments', { schema: { operationId: 'createDepartment', tags, body: DepartmentInput, response: { 200: Department } } }, (req) => createDepartment(ctx(req), req.body));
  app.patch('/departments/:id', { schema: { operationId: 'updateDepartment', tags, params: IdParams, body: DepartmentInput.partial(), response: { 200: Department } } },
    (req) => updateDepartment(ctx(req), req.params.id, req.body));

  app.get('/people', { schema: { operationId: 'listPeople', tags, querystring: PersonListQuery, response: { 200: Page(Person) } } },
    listHandler(database, peopleExport, (c, q) => listPeople(c, q)));
  app.get('/people/:id', { schema: { operationId: 'getPerson', tags, params: IdParams, response: { 200: Person } } }, (req) => getPerson(ctx(req), req.params.id));
  app.post('/people', { schema: { operationId: 'createPerson', tags, body: PersonInput, response: { 200: Person } } }, (req) => createPerson(ctx(req), req.body));
  app.patch('/people/:id', { schema: { operationId: 'updatePerson', tags, params: IdParams, body: PersonUpdateInput, response: { 200: Person } } },
    (req) => updatePerson(ctx(req), req.params.id, req.body));
};
