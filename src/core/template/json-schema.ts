import { z } from 'zod';
import { templateSchema } from './schema';
import type { SchemaDocs } from './schema-docs';
import { toolCatalogFor } from '../i18n/tool-catalog';
import { TEMPLATE_FORMAT } from './types';

/** Where the exported schema is committed, relative to the repository root. */
export const JSON_SCHEMA_FILE = 'schema/resolution-targets-v1.schema.json';

type JsonObject = Record<string, unknown>;

/**
 * The JSON Schema of the template format, for editors that complete and check a template as it is
 * typed (draft-07, which editors support best). It describes what a file may contain, defaults
 * making fields optional; the rules that relate fields to each other are checked only when the
 * template is loaded.
 */
export function templateJsonSchema(): JsonObject {
  const schema = z.toJSONSchema(templateSchema, { io: 'input', target: 'draft-7' }) as JsonObject;
  const indicators = property(schema, 'indicators');
  const indicator = indicators.items as JsonObject;
  describe(schema, (docs) => docs.template);
  describe(indicator, (docs) => docs.indicator);
  for (const target of property(indicator, 'target').oneOf as JsonObject[])
    describe(target, (docs) => docs.target);
  return {
    $schema: schema.$schema,
    title: `Chỉ tiêu Nghị quyết / Resolution Targets — ${TEMPLATE_FORMAT}`,
    description: both((docs) => docs.description),
    ...schema,
  };
}

function property(schema: JsonObject, key: string): JsonObject {
  return (schema.properties as Record<string, JsonObject>)[key];
}

function describe(schema: JsonObject, pick: (docs: SchemaDocs) => Record<string, string>) {
  for (const [key, field] of Object.entries(schema.properties as Record<string, JsonObject>)) {
    const vi = pick(toolCatalogFor('vi').schemaDocs)[key];
    if (vi !== undefined) field.description = `${vi}\n\n${pick(toolCatalogFor('en').schemaDocs)[key]}`;
  }
}

function both(pick: (docs: SchemaDocs) => string): string {
  return `${pick(toolCatalogFor('vi').schemaDocs)}\n\n${pick(toolCatalogFor('en').schemaDocs)}`;
}
