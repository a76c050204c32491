import JSZip from 'jszip';
import { SEAL_SHEET_NAME } from '../../core/seal';
import { columnLetters } from './addresses';

/**
 * Adds or replaces the seal sheet inside the file's zip and leaves every other part byte for byte
 * as it was. Re-saving the whole workbook through ExcelJS would drop what ExcelJS cannot model
 * (some data validations, print margins, charts), and a seal must never cost the clerk anything.
 */
export async function putSealSheet(bytes: Buffer, rows: readonly (readonly string[])[]): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  const workbookXml = await text(zip, 'xl/workbook.xml');
  const relsXml = await text(zip, 'xl/_rels/workbook.xml.rels');
  const sheetXml = worksheetXml(rows);

  const existing = new RegExp(`<sheet\\b[^>]*\\bname="${SEAL_SHEET_NAME}"[^>]*/>`).exec(workbookXml);
  if (existing) {
    const rid = /\br:id="([^"]+)"/.exec(existing[0])?.[1];
    const target = rid && new RegExp(`<Relationship\\b[^>]*\\bId="${rid}"[^>]*/>`).exec(relsXml);
    const part = target && /\bTarget="([^"]+)"/.exec(target[0])?.[1];
    if (!part) throw new Error('seal sheet without its part');
    zip.file(partPath(part), sheetXml);
  } else {
    let n = 1;
    while (zip.file(`xl/worksheets/sheet${n}.xml`)) n++;
    const part = `worksheets/sheet${n}.xml`;
    const ids = [...relsXml.matchAll(/\bId="rId(\d+)"/g)].map((m) => Number(m[1]));
    const rid = `rId${Math.max(0, ...ids) + 1}`;
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
    zip.file(
      '[Content_Types].xml',
      insertBefore(
        await text(zip, '[Content_Types].xml'),
        '</Types>',
        `<Override PartName="/xl/${part}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
      ),
    );
  }
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

async function text(zip: JSZip, name: string): Promise<string> {
  const file = zip.file(name);
  if (!file) throw new Error(`${name} missing`);
  return file.async('string');
}

// A part written by another program in another shape is refused rather than guessed at.
function insertBefore(xml: string, closing: string, addition: string): string {
  const at = xml.lastIndexOf(closing);
  if (at < 0) throw new Error(`${closing} not found`);
  return xml.slice(0, at) + addition + xml.slice(at);
}

function partPath(target: string): string {
  return target.startsWith('/') ? target.slice(1) : `xl/${target}`;
}

function escapeXml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
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
