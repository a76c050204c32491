import { STORE_CHUNK } from '../../../src/core/sheet-plan/store';
import type { StoreChange } from '../cases/types';

export const HYPERLINK_NAME = '=HYPERLINK("http://example.com","x")';

/**
 * The stored template's rows (from row 2: id, `part/parts`, JSON piece) after someone rewrote its
 * JSON outside the add-in, cut into pieces as the add-in itself stores them.
 */
export function tamperedStore(rows: string[][], change: StoreChange): string[][] {
  const [id] = rows[0];
  const original = rows.map((row) => row[2]).join('');
  const template = JSON.parse(original) as {
    indicators: { name: string; type: string; target: { value: unknown } }[];
  } & Record<string, unknown>;
  let text: string;
  switch (change) {
    case 'lower-target':
      template.indicators[0].target.value = 1;
      text = JSON.stringify(template);
      break;
    case 'unknown-type':
      template.indicators[0].type = 'money';
      text = JSON.stringify(template);
      break;
    case 'unknown-key':
      text = JSON.stringify({ ...template, macro: 'Auto_Open' });
      break;
    case 'broken-json':
      text = original.slice(0, -10);
      break;
    case 'over-size':
      // Valid JSON, padded past the 1 MB a template may take.
      text = `${original}${' '.repeat(1_100_000)}`;
      break;
    case 'formula-name':
      template.indicators[0].name = HYPERLINK_NAME;
      text = JSON.stringify(template);
      break;
  }
  const parts: string[] = [];
  for (let start = 0; start < text.length; start += STORE_CHUNK)
    parts.push(text.slice(start, start + STORE_CHUNK));
  return parts.map((part, i) => [id, `${i + 1}/${parts.length}`, part]);
}
