import { formatProblem, loadTemplate } from '../core/template/load';
import type { Template } from '../core/template/types';
import hungTan2023 from './hung-tan-2023.json';

/**
 * Templates shipped with the product, by id. Each file is checked like any user's template when
 * this module loads; a broken shipped file is a build defect, so it throws (a test guards it).
 */
export const BUILT_IN_TEMPLATES: Readonly<Record<string, Template>> = Object.freeze(
  Object.fromEntries([hungTan2023].map(builtIn).map((template) => [template.id, template])),
);

export function getBuiltInTemplate(id: string): Template | undefined {
  return Object.prototype.hasOwnProperty.call(BUILT_IN_TEMPLATES, id) ? BUILT_IN_TEMPLATES[id] : undefined;
}

function builtIn(json: unknown): Template {
  const result = loadTemplate(json);
  if (result.ok) return result.template;
  const problems = result.problems.map((problem) => formatProblem(problem, 'en')).join('\n');
  throw new Error(`A built-in template is broken:\n${problems}`);
}

/** The ids of the built-in templates, the default (the seed resolution's) first. */
export function builtInTemplateIds(): string[] {
  return Object.keys(BUILT_IN_TEMPLATES);
}
