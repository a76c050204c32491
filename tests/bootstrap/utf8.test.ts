import fc from 'fast-check';
import { encodeUtf8, Utf8TextEncoder } from '../../src/bootstrap/utf8';

const native = new TextEncoder();

describe('the UTF-8 encoder for webviews without TextEncoder', () => {
  it('gives the bytes of the standard encoder for Vietnamese, emoji and the boundaries of each length', () => {
    const samples = [
      '',
      'Chỉ tiêu Nghị quyết',
      'ĐẢNG ỦY XÃ HƯNG TÂN',
      '8,67%',
      '\u007f\u0080\u07ff\u0800\uffff',
      '😀𝄞',
      '\u{10ffff}',
    ];
    for (const text of samples) expect(Array.from(encodeUtf8(text))).toEqual(Array.from(native.encode(text)));
  });

  it('turns a lone surrogate into U+FFFD as the standard encoder does', () => {
    for (const text of ['\ud800', 'a\udc00b', '\ud83d\ud83d\ude00', '\ude00\ud83d'])
      expect(Array.from(encodeUtf8(text))).toEqual(Array.from(native.encode(text)));
  });

  it('agrees with the standard encoder on any sequence of UTF-16 code units', () => {
    const units = fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 40 });
    fc.assert(
      fc.property(units, (codes) => {
        const text = String.fromCharCode(...codes);
        expect(Array.from(encodeUtf8(text))).toEqual(Array.from(native.encode(text)));
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(Array.from(new Utf8TextEncoder().encode(text))).toEqual(Array.from(native.encode(text)));
      }),
      { numRuns: 2000 },
    );
  });

  it('stands in for TextEncoder: encoding name and an omitted argument', () => {
    const encoder = new Utf8TextEncoder();
    expect(encoder.encoding).toBe(native.encoding);
    expect(encoder.encode()).toEqual(native.encode());
  });
});
