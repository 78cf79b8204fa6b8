import { notifications } from '@mantine/notifications';
import { ApiError } from '../../shared/api-client.js';

/** Field errors from a 422 response: `{ "businessOwnerId": "Invalid uuid" }`. */
export function fieldErrors(error: unknown): Record<string, string> {
  if (!(error instanceof ApiError) || error.status !== 422) return {};
  const out: Record<string, string> = {};
  const details = error.details as unknown;
  const issues = Array.isArray(details)
    ? details
    : details && typeof details === 'object' && Array.isArray((details as { issues?: unknown }).issues)
      ? (details as { issues: unknown[] }).issues
      : [];
  for (const issue of issues as { path?: (string | number)[]; message?: string }[]) {
    const key = (issue.path ?? []).filter((p) => typeof p === 'string' || typeof p === 'number').join('.');
    const top = key.split('.')[0] ?? '';
    if (!out[key]) out[key] = issue.message ?? 'Invalid value';
    if (top && !out[top]) out[top] = issue.message ?? 'Invalid value';
  }
  return out;
}

export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  if (error instanceof Error) return error.message;
  return 'Something went wrong';
}

export function notifyError(error: unknown, title = 'That did not work'): void {
  const fields = fieldErrors(error);
  const count = Object.keys(fields).length;
  notifications.show({
    color: 'red',
    title,
    message: count ? `${errorMessage(error)} — check the highlighted fields.` : errorMessage(error),
    autoClose: 7000,
  });
}

export function notifySuccess(message: string, title?: string): void {
  notifications.show({ color: 'teal', title, message, autoClose: 3500 });
}
