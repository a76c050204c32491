import { foldInPlace } from './fold';

/** The document details drafting can read from the head of a resolution. */
export interface DraftDocument {
  issuer?: string;
  superior?: string;
  place?: string;
  issuedOn?: string;
  resolutionNumber?: string;
  title?: string;
  year?: number;
}

const PLACE_DATE = /^([\p{L} .'-]{2,40}?),\s*ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/u;
const NUMBER = /^Số\s*:?\s*(\d+[\p{L}\d/-]*)/u;
const BODY = /^(ĐẢNG (?:ỦY|BỘ)|HỘI ĐỒNG NHÂN DÂN|ỦY BAN NHÂN DÂN|BAN CHẤP HÀNH)\s+(.+)$/u;

/** `ĐẢNG ỦY XÃ HƯNG TÂN` → `Đảng ủy xã Hưng Tân`: capitals kept only where names begin. */
function properCase(text: string, place?: string): string {
  const lower = text
    .toLocaleLowerCase('vi')
    // No lookbehind: the web page's bundle must parse as ES2017 (scripts/check-es-level.js).
    .replace(
      /(^|[^\p{L}])(x{1,3}|x?(?:iv|ix|v?i{1,3}|v))(?!\p{L})/gu,
      (_match, before: string, roman: string) => before + roman.toUpperCase(),
    )
    .replace(/(^|[^\p{L}])đảng(?!\p{L})/gu, '$1Đảng');
  const sentence = lower.charAt(0).toLocaleUpperCase('vi') + lower.slice(1);
  if (!place) return sentence;
  const at = foldInPlace(sentence).lastIndexOf(foldInPlace(place));
  return at < 0 ? sentence : sentence.slice(0, at) + place + sentence.slice(at + place.length);
}

/**
 * Reads the head of the resolution: the place and date line (`Hưng Tân, ngày 26 tháng 12 năm
 * 2022`), the number (`Số: 15-NQ/ĐU`), the issuing and superior bodies in capitals, the title
 * after `NGHỊ QUYẾT`, and the year the resolution is about. Anything not found stays empty.
 */
export function readDocument(lines: readonly string[]): DraftDocument {
  const head = lines.slice(0, 30);
  const document: DraftDocument = {};
  const bodies: string[] = [];
  for (const line of head) {
    const placeDate = PLACE_DATE.exec(line);
    if (placeDate && !document.issuedOn) {
      const [, place, day, month, year] = placeDate;
      document.place = place.trim();
      document.issuedOn = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
    }
    const number = NUMBER.exec(line);
    if (number && !document.resolutionNumber) document.resolutionNumber = number[1];
    const body = BODY.exec(line);
    if (body && line === line.toLocaleUpperCase('vi') && !/^BAN CHẤP HÀNH/u.test(line)) bodies.push(line);
  }
  if (bodies.length >= 2) document.superior = properCase(bodies[0]);
  if (bodies.length >= 1) document.issuer = properCase(bodies[bodies.length - 1], document.place);

  const titleAt = head.findIndex((line) => /^NGHỊ QUYẾT\b/u.test(line));
  if (titleAt >= 0) {
    const parts: string[] = [];
    for (const line of head.slice(titleAt + 1, titleAt + 4)) {
      if (/^[-–_*]+$/.test(line) || /^(?:[IVX]+\.|\d+\.)/.test(line) || line.length > 200) break;
      parts.push(line);
    }
    if (parts.length)
      document.title = properCase(`Nghị quyết ${parts.join(' ')}`.replace(/\s+/g, ' '), document.place);
  }
  const aboutYear = /năm\s+(\d{4})/iu.exec(document.title ?? '');
  if (aboutYear) document.year = Number(aboutYear[1]);
  else if (document.issuedOn) document.year = Number(document.issuedOn.slice(0, 4)) + 1;
  if (!document.issuer && /ĐẢNG BỘ XÃ/u.test(head.join('\n')) && document.place) {
    document.issuer = `Đảng bộ xã ${document.place}`;
  }
  return document;
}
