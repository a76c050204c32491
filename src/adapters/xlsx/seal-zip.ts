import { SEAL_SHEET_NAME } from '../../core/seal';
import { columnLetters } from './addresses';
import {
  addContentTypes,
  editZip,
  escapeXml,
  firstFree,
  insertBefore,
  nextRelationshipId,
  relationshipPart,
  sheetRelationshipId,
  text,
} from './zip-parts';

/**
 * Adds or replaces the seal sheet inside the file's zip and leaves every other part byte for byte
 * as it was. Re-saving the whole workbook through ExcelJS would drop what ExcelJS cannot model
 * (some data validations, print margins, charts), and a seal must never cost the clerk anything.
 */
export async function putSealSheet(bytes: Buffer, rows: readonly (readonly string[])[]): Promise<Buffer> {
  return editZip(bytes, async (zip) => {
    const workbookXml = await text(zip, 'xl/workbook.xml');
    const relsXml = await text(zip, 'xl/_rels/workbook.xml.rels');
    const sheetXml = worksheetXml(rows);

    const existing = sheetRelationshipId(workbookXml, SEAL_SHEET_NAME);
    if (existing) {
      const part = relationshipPart(relsXml, existing);
      if (!part) throw new Error('seal sheet without its part');
      zip.file(part, sheetXml);
      return;
    }
    const n = firstFree(zip, (i) => `xl/worksheets/sheet${i}.xml`);
    const part = `worksheets/sheet${n}.xml`;
    const rid = nextRelationshipId(relsXml);
    const sheetIds = [...workbookXml.matchAll(/<sheet\b[^>]*\bsheetId="(\d+)"/g)].map((m) => Number(m[1]));
    const sheetId = Math.max(0, ...sheetIds) + 1;
    zip.file(`xl/${part}`, sheetXml);
    zip.file(
      'xl/workbook.xml',
      insertBefore(
        workbookXml,
        '</sheets>',
        `<sheet name="${SEAL_SHEET_NAME}" sheetId="${sheetId}" state="veryHidden" r:id="${rid}"/>`,
      ),
    );
    zip.file(
      'xl/_rels/workbook.xml.rels',
      insertBefore(
        relsXml,
        '</Relationships>',
        `<Relationship Id="${rid}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="${part}"/>`,
      ),
    );
    await addContentTypes(zip, [
      {
        part: `xl/${part}`,
        type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
      },
    ]);
  });
}

// Inline strings need no shared-string table, so no other part has to change.
function worksheetXml(rows: readonly (readonly string[])[]): string {
  const body = rows
    .map((cells, r) => {
      const row = r + 1;
      const content = cells
        .map(
          (value, c) =>
            `<c r="${columnLetters(c + 1)}${row}" t="inlineStr"><is><t xml:space="preserve">${escapeXml(value)}</t></is></c>`,
        )
        .join('');
      return `<row r="${row}">${content}</row>`;
    })
    .join('');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    `<sheetData>${body}</sheetData></worksheet>`
  );
}
