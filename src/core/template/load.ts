import type { Localized } from '../i18n/localized';
import { parseJsonText } from './json-text';
import type { JsonTextError } from './json-text';
import { problemsFromIssues, say } from './problems';
import type { TemplateProblem } from './problems';
import type { ProblemCatalog } from './problem-catalog';
import { HIDDEN_CHARACTERS, templateSchema } from './schema';
import type { Template } from './types';

export type { TemplateProblem } from './problems';
export { formatProblem } from './problems';

export type TemplateLoadResult =
  { ok: true; template: Template } | { ok: false; problems: TemplateProblem[] };

/** A template is a few kilobytes; anything near this is the wrong file. */
export const MAX_TEMPLATE_BYTES = 1024 * 1024;
/** A template nests four levels deep (template › indicators › indicator › target). */
export const MAX_TEMPLATE_DEPTH = 20;

/**
 * Checks a parsed value against the template format. A bad template is refused with every
 * problem found, each naming its field, in Vietnamese and English. Never throws.
 */
export function loadTemplate(input: unknown): TemplateLoadResult {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return refuse(say((c) => c.notAnObject({ received: describeRoot(input, c) })));
  }
  try {
    const result = templateSchema.safeParse(input);
    if (result.success) return { ok: true, template: result.data };
    return { ok: false, problems: problemsFromIssues(result.error.issues, input) };
  } catch {
    // Only an exotic caller-made object (a throwing getter, a proxy) gets here; JSON never does.
    return refuse(say((c) => c.unreadable()));
  }
}

/**
 * Reads a template file's text: refuses a file over 1 MB, text that is not JSON (saying at which
 * line and column), nesting deeper than any template needs, then checks it as `loadTemplate`.
 * Never throws.
 */
export function loadTemplateText(text: string): TemplateLoadResult {
  // Each character takes at least one byte, so a longer text is refused before it is encoded.
  const bytes = text.length > MAX_TEMPLATE_BYTES ? text.length : new TextEncoder().encode(text).length;
  if (bytes > MAX_TEMPLATE_BYTES) {
    return refuse(
      say((c) => c.tooLarge({ size: megabytes(bytes, c), limit: megabytes(MAX_TEMPLATE_BYTES, c) })),
    );
  }
  // Windows editors save UTF-8 with a byte-order mark, which JSON itself does not allow.
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') return refuse(say((c) => c.emptyFile()));
  const parsed = parseJsonText(body, MAX_TEMPLATE_DEPTH);
  if (!parsed.ok) return refuse(say((c) => jsonError(parsed.error, c)));
  return loadTemplate(parsed.value);
}

function refuse(message: Localized): TemplateLoadResult {
  return { ok: false, problems: [{ path: '', message }] };
}

function jsonError(error: JsonTextError, c: ProblemCatalog): string {
  const { line, column } = error;
  switch (error.kind) {
    case 'too-deep':
      return c.tooDeep({ limit: MAX_TEMPLATE_DEPTH, line, column });
    case 'duplicate-key':
      return c.duplicateKey({ key: JSON.stringify(error.key), line, column, firstLine: error.firstLine });
    case 'syntax':
      return c.jsonSyntax({ kind: error.syntax, line, column, found: shownCharacter(error.found, c) });
  }
}

function shownCharacter(found: string | null, c: ProblemCatalog): string {
  if (found === null) return c.endOfText;
  if (!HIDDEN_CHARACTERS.test(found)) return `"${found}"`;
  return `U+${found.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
}

function megabytes(bytes: number, c: ProblemCatalog): string {
  return `${c.number(Math.round((bytes / (1024 * 1024)) * 10) / 10)} MB`;
}

function describeRoot(input: unknown, c: ProblemCatalog): string {
  if (input === null) return c.kind.null;
  if (Array.isArray(input)) return c.kind.list;
  if (typeof input === 'string') return c.kind.text;
  if (typeof input === 'number') return c.kind.number;
  if (typeof input === 'boolean') return c.kind.boolean;
  return c.unknownValue;
}
