import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { ZodError } from 'zod';
import { AppError, HTTP_STATUS, type ErrorCode } from '../platform/errors.js';

function body(code: string, message: string, requestId: string, details?: unknown) {
  return { error: { code, message, ...(details === undefined ? {} : { details }), requestId } };
}

/** One error shape for every failure: {"error":{code,message,details,requestId}}. */
export function errorHandler(err: FastifyError | Error, req: FastifyRequest, reply: FastifyReply) {
  if (err instanceof AppError) {
    return reply.status(HTTP_STATUS[err.code]).send(body(err.code, err.message, req.id, err.details));
  }
  if (err instanceof ZodError) {
    const details = err.issues.map((i) => ({ path: i.path, message: i.message }));
    return reply.status(422).send(body('validation_failed', `Invalid input: ${details.map((d) => `${d.path.join('.') || '(root)'}: ${d.message}`).join('; ')}`, req.id, details));
  }
  if (hasZodFastifySchemaValidationErrors(err)) {
    const where = (err as FastifyError).validationContext ?? 'body';
    const details = err.validation.map((v) => ({ path: [where, ...v.instancePath.split('/').filter(Boolean)], message: v.message }));
    return reply.status(422).send(body('validation_failed', `Invalid ${where}: ${details.map((d) => `${d.path.slice(1).join('.') || '(root)'}: ${d.message}`).join('; ')}`, req.id, details));
  }
  if (isResponseSerializationError(err)) {
    req.log.error({ err }, 'response did not match its schema');
    return reply.status(500).send(body('internal', 'The server produced an invalid response', req.id));
  }
  const status = (err as FastifyError).statusCode;
  if (status && status < 500) {
    const code: ErrorCode = status === 413 ? 'payload_too_large' : status === 429 ? 'rate_limited' : status === 404 ? 'not_found' : 'bad_request';
    return reply.status(status).send(body(code, err.message, req.id));
  }
  req.log.error({ err }, 'unhandled error');
  return reply.status(500).send(body('internal', 'Something went wrong on our side', req.id));
}
