import { z } from 'zod';

export const Id = z.uuid().describe('A UUIDv7 identifier');
export const IdParams = z.object({ id: Id });
export const ExportFormat = z.enum(['csv', 'json']).optional().describe('Export every matching row as CSV or JSON (ignores paging)');

/** Paging and sorting shared by every list route. */
export const ListQueryBase = z.object({
  q: z.string().trim().max(200).optional().describe('Free-text search'),
  page: z.coerce.number().int().min(1).default(1).describe('1-based page number'),
  pageSize: z.coerce.number().int().min(1).max(500).default(50).describe('Rows per page'),
  format: ExportFormat,
});

/** Accepts `a,b` or repeated query parameters and yields a string array. */
export const csvList = <T extends z.ZodType<string>>(item: T) =>
  z.preprocess(
    (v) => (v === undefined || v === '' ? undefined : (Array.isArray(v) ? v : String(v).split(',')).map((s) => String(s).trim()).filter(Boolean)),
    z.array(item).optional(),
  );

export const booleanish = z.preprocess((v) => (v === 'true' || v === true ? true : v === 'false' || v === false ? false : v), z.boolean().optional());

export const Page = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });

export const ErrorBody = z.object({
  error: z.object({ code: z.string(), message: z.string(), details: z.unknown().optional(), requestId: z.string() }),
});

export const Ok = z.object({ ok: z.literal(true) });
export const PersonRef = z.object({ id: Id, name: z.string(), email: z.string() }).nullable();
export const DepartmentRef = z.object({ id: Id, name: z.string() });
