import { readFileSync } from 'fs';
import { join } from 'path';
import { JSON_SCHEMA_FILE, templateJsonSchema } from '../../../src/core/template/json-schema';

const root = join(__dirname, '..', '..', '..');

type Schema = {
  properties: Record<string, Schema & { description?: string }>;
  required?: string[];
  items?: Schema;
  oneOf?: Schema[];
};

describe('the JSON Schema for editors', () => {
  const fresh = templateJsonSchema() as unknown as Schema;

  it('is committed as exported from the current template schema (run `npm run schema:export` after changing it)', () => {
    const committed = JSON.parse(readFileSync(join(root, JSON_SCHEMA_FILE), 'utf8'));
    expect(committed).toEqual(fresh);
  });

  it("is the file the built-in template's $schema points at", () => {
    const template = JSON.parse(readFileSync(join(root, 'src/templates/hung-tan-2023.json'), 'utf8'));
    expect(join('src/templates', template.$schema)).toBe(join(JSON_SCHEMA_FILE));
  });

  it('requires exactly the minimal fields of design.md and refuses unknown keys', () => {
    expect(fresh.required).toEqual(['format', 'id', 'title', 'issuer', 'year', 'indicators']);
    const indicator = fresh.properties.indicators.items as Schema;
    expect(indicator.required).toEqual(['id', 'group', 'name', 'type', 'target']);
    expect(fresh).toMatchObject({ additionalProperties: false });
    expect(indicator).toMatchObject({ additionalProperties: false });
  });

  it('explains every field in Vietnamese and English', () => {
    const indicator = fresh.properties.indicators.items as Schema;
    const targets = indicator.properties.target.oneOf as Schema[];
    for (const schema of [fresh, indicator, ...targets]) {
      for (const [key, field] of Object.entries(schema.properties)) {
        const [vi, en] = (field.description ?? '').split('\n\n');
        expect({ key, vi: Boolean(vi), en: Boolean(en) }).toEqual({ key, vi: true, en: true });
      }
    }
    expect(indicator.properties.type.description).toMatch(/Kiểu số liệu[\s\S]*Kind of figure/);
  });
});
