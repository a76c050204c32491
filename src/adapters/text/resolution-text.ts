import { promises as fs } from 'node:fs';
import mammoth from 'mammoth';

export type ResolutionText =
  | { ok: true; text: string }
  | { ok: false; reason: 'missing' | 'unreadable' | 'not-text' | 'too-large' | 'bad-docx'; detail?: string };

/** A resolution is at most a few dozen pages; anything far larger is the wrong file. */
export const MAX_RESOLUTION_BYTES = 20 * 1024 * 1024;

/**
 * The text of a resolution in a `.txt` (UTF-8) or `.docx` file, one paragraph per line. A Word
 * file is read with mammoth's extractRawText rather than from its XML: Word splits a paragraph
 * into runs wherever the formatting or the editing history changes, even inside a word
 * (`Tốc độ tăng trư` + `ởng`), and mammoth joins the runs of each paragraph back into one text.
 */
export async function readResolutionText(file: string): Promise<ResolutionText> {
  let bytes: Buffer;
  try {
    const { size } = await fs.stat(file);
    if (size > MAX_RESOLUTION_BYTES) return { ok: false, reason: 'too-large' };
    bytes = await fs.readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ENOENT'
      ? { ok: false, reason: 'missing' }
      : { ok: false, reason: 'unreadable', detail: code };
  }
  if (/\.docx$/i.test(file) || bytes.subarray(0, 2).toString('latin1') === 'PK') {
    try {
      const { value } = await mammoth.extractRawText({ buffer: bytes });
      // mammoth ends every paragraph with a blank line; one line per paragraph is what drafting reads.
      return { ok: true, text: value.replace(/\n{2,}/g, '\n') };
    } catch {
      return { ok: false, reason: 'bad-docx' };
    }
  }
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes).replace(/^\ufeff/, '');
  // A Word 97 file or another binary read as text is full of replacement characters and NULs.
  // eslint-disable-next-line no-control-regex
  const broken = (text.match(/[\ufffd\u0000]/g) ?? []).length;
  if (broken > text.length / 100) return { ok: false, reason: 'not-text' };
  return { ok: true, text };
}
