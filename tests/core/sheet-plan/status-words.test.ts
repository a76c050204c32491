import { STATUSES } from '../../../src/core/check/types';
import { needsCheckWord, statusWord } from '../../../src/core/i18n/status-words';

describe('the verdict words', () => {
  test('are the words of design.md in Vietnamese', () => {
    expect(STATUSES.map((s) => statusWord(s, 'vi'))).toEqual([
      'Vượt',
      'Đạt',
      'Không đạt',
      'Đúng tiến độ',
      'Chậm tiến độ',
      'Dự kiến vượt',
      'Dự kiến đạt',
      'Dự kiến không đạt',
      'Chưa đạt',
      'Chưa đánh giá',
      'Chưa có số liệu',
      'Không hợp lệ',
    ]);
    expect(needsCheckWord('vi')).toBe('Cần kiểm tra');
  });

  test('differ from one another in each language', () => {
    for (const lang of ['vi', 'en'] as const) {
      const words = [...STATUSES.map((s) => statusWord(s, lang)), needsCheckWord(lang)];
      expect(new Set(words).size).toBe(words.length);
    }
  });
});
