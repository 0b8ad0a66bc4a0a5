import type { FieldIssue } from '@commonroom/contracts';
import type { ZodError } from 'zod';

/** Flattens zod issues into `{ path, message }` pairs, prefixed with where the input came from. */
export function issuesFromZod(error: ZodError, source?: 'body' | 'query' | 'params'): FieldIssue[] {
  return error.issues.map((issue) => ({
    path: [source, ...issue.path.map(String)].filter(Boolean).join('.') || '(root)',
    message: issue.message,
  }));
}
