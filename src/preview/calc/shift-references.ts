import { columnLetters, columnNumber } from '../../adapters/excel/a1';

/**
 * Moves the relative references of an en-US formula by a row and column offset, as Excel does
 * when it applies a conditional format written for the top-left cell of its range to another
 * cell: `$K12` becomes `$K13` one row down; `$`-anchored parts stay. String literals are kept.
 */
const REFERENCE = /(?<![A-Za-z0-9_.!'])(\$?)([A-Z]{1,3})(\$?)(\d+)(?![A-Za-z0-9_(])/g;

export function shiftReferences(formula: string, rows: number, columns: number): string {
  if (rows === 0 && columns === 0) return formula;
  // Even-indexed parts lie outside double quotes; a doubled quote inside a literal splits into an
  // empty outside part, which is harmless.
  return formula
    .split('"')
    .map((part, index) =>
      index % 2 === 1
        ? part
        : part.replace(
            REFERENCE,
            (_match, colAnchor: string, letters: string, rowAnchor: string, row: string) => {
              const column = colAnchor ? letters : columnLetters(columnNumber(letters) + columns);
              const line = rowAnchor ? row : String(Number(row) + rows);
              return `${colAnchor}${column}${rowAnchor}${line}`;
            },
          ),
    )
    .join('"');
}
