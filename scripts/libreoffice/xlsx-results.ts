import { readFile } from 'fs/promises';
import JSZip from 'jszip';
import { posix } from 'path';

/**
 * Reads the formula results that LibreOffice saved in an .xlsx, straight from the sheet's XML.
 * ExcelJS cannot be trusted with this: it reads a cached result of 0 as "no result", which is
 * exactly what `% so với chỉ tiêu` shows for a figure of 0.
 */

export type FormulaResult = number | string | boolean | { error: string } | null;

function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&amp;/g, '&');
}

/** The part holding the named sheet, found through workbook.xml and its relationships. */
async function sheetPart(zip: JSZip, sheetName: string): Promise<string> {
  const workbook = (await zip.file('xl/workbook.xml')?.async('string')) ?? '';
  const rels = (await zip.file('xl/_rels/workbook.xml.rels')?.async('string')) ?? '';
  for (const sheet of workbook.matchAll(/<sheet\b[^>]*>/g)) {
    const name = /\bname="([^"]*)"/.exec(sheet[0])?.[1];
    const id = /\br:id="([^"]*)"/.exec(sheet[0])?.[1];
    if (name === undefined || unescapeXml(name) !== sheetName) continue;
    for (const rel of rels.matchAll(/<Relationship\b[^>]*>/g)) {
      if (/\bId="([^"]*)"/.exec(rel[0])?.[1] !== id) continue;
      const target = /\bTarget="([^"]*)"/.exec(rel[0])?.[1] ?? '';
      return target.startsWith('/') ? target.slice(1) : posix.join('xl', target);
    }
  }
  throw new Error(`No sheet named "${sheetName}" in the workbook`);
}

/** Every formula cell of the named sheet with its saved result, by address (`I12`). */
export async function readFormulaResults(
  file: string,
  sheetName: string,
): Promise<Map<string, FormulaResult>> {
  const zip = await JSZip.loadAsync(await readFile(file));
  const xml = (await zip.file(await sheetPart(zip, sheetName))?.async('string')) ?? '';
  const results = new Map<string, FormulaResult>();
  for (const cell of xml.matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
    const body = cell[2] ?? '';
    if (!/<f\b/.test(body)) continue;
    const address = /\br="([A-Z]+\d+)"/.exec(cell[1])?.[1];
    if (!address) continue;
    const type = /\bt="([^"]*)"/.exec(cell[1])?.[1] ?? 'n';
    const raw = /<v>([\s\S]*?)<\/v>|<v\/>/.exec(body);
    const value = raw ? unescapeXml(raw[1] ?? '') : null;
    results.set(address, resultOf(type, value));
  }
  return results;
}

function resultOf(type: string, value: string | null): FormulaResult {
  if (value === null) return null;
  switch (type) {
    case 'str':
      return value;
    case 'b':
      return value === '1';
    case 'e':
      return { error: value };
    default:
      return value === '' ? '' : Number(value);
  }
}
