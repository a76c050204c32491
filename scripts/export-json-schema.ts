// Writes the template format's JSON Schema for editors: npm run schema:export.
// A test fails when the committed file differs from a fresh export, so run this after changing
// src/core/template/schema.ts or its field help.
import { writeFileSync } from 'fs';
import { resolve } from 'path';
import { format, resolveConfig } from 'prettier';
import { JSON_SCHEMA_FILE, templateJsonSchema } from '../src/core/template/json-schema';

async function main(): Promise<void> {
  const file = resolve(process.cwd(), JSON_SCHEMA_FILE);
  // Formatted as the repository's Prettier settings say, so that the lint check passes too.
  const options = await resolveConfig(file);
  const text = await format(JSON.stringify(templateJsonSchema()), { ...options, filepath: file });
  writeFileSync(file, text);
  process.stdout.write(`${JSON_SCHEMA_FILE}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
