import type { PlainTable, TableCell } from '../core/report-plan';

/** RFC 4180 CSV with a BOM and CRLF, so Excel on Windows opens the Vietnamese text right. */
export function csvText(table: PlainTable): string {
  const field = (cell: TableCell) => {
    const text = cell === null ? '' : String(cell);
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  const lines = [table.headers, ...table.rows].map((cells) => cells.map(field).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
