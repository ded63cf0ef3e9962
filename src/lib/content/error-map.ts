/**
 * The one way the edition reports a file that breaks its schema (as Starlight's
 * parseWithFriendlyErrors): the file, then each field at fault with the schema's message, one per
 * line, as an editor reads them: "content/redirects.yaml: pages[0].from: a site path such as …".
 */
import type { z } from 'astro/zod';

/** A zod issue path as editors read it: ["events", 3, "date"] → "events[3].date"; [] → "(the file)". */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  if (path.length === 0) return '(the file)';
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? String(key) : `.${String(key)}`))
    .join('');
}

/** The message for a file whose data breaks its schema: one line per issue, each naming the file and the field. */
export function formatIssues(
  file: string,
  issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }>,
): string {
  return issues.map((issue) => `${file}: ${formatPath(issue.path)}: ${issue.message}`).join('\n');
}

/** Checks data against a schema and returns what it parses to; throws an Error naming the file and every field at fault. */
export function parseWithFriendlyErrors<S extends z.ZodType>(schema: S, data: unknown, file: string): z.output<S> {
  const result = schema.safeParse(data);
  if (!result.success) throw new Error(formatIssues(file, result.error.issues));
  return result.data;
}

/** What a schema's refinement reports an issue through (zod's refinement context). */
export interface IssueSink {
  addIssue(issue: { code: 'custom'; path: PropertyKey[]; message: string }): void;
}

/** Reports a problem at a field from a schema's refinement, with the message an editor reads. */
export function reportIssue(ctx: IssueSink, path: PropertyKey[], message: string): void {
  // Stryker disable next-line StringLiteral: zod's issue code is never shown; editors read the field and the message.
  ctx.addIssue({ code: 'custom', path, message });
}
