import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadTemplateText } from '../../src/core/template/load';
import { TEMPLATE_CASES } from './cases/templates';
import { expectClearMessage } from './support/standard';

const text = readFileSync(path.join(__dirname, '../../src/templates/hung-tan-2023.json'), 'utf8');

describe('bad-input corpus, templates: refused with the field named, or taken as plain data', () => {
  it.each(TEMPLATE_CASES.map((c) => [c.id, c] as const))('%s', (_, c) => {
    const result = loadTemplateText(c.change(JSON.parse(text), text));
    if (c.path === null) {
      expect(result.ok).toBe(true);
      return;
    }
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((problem) => problem.path)).toContain(c.path);
    result.problems.forEach((problem) => expectClearMessage(problem.message));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
