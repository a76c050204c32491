import type { Period } from '../../template/types';

/** Vietnamese wording of the results report (Hướng dẫn 36-HD/VPTW). */
export const document = {
  party: 'ĐẢNG CỘNG SẢN VIỆT NAM',
  star: '*',
  dottedLine: '……………………………',
  number: (n: string | undefined) => `Số ${n ?? '……'}-BC/ĐU`,
  date: (d: { day: number; month: number; year: number } | null) =>
    d
      ? `ngày ${String(d.day).padStart(2, '0')} tháng ${String(d.month).padStart(2, '0')} năm ${d.year}`
      : 'ngày …… tháng …… năm ……',
  placeDate: (place: string | undefined, date: string) => `${place ?? '……………'}, ${date}`,
  kind: 'BÁO CÁO',
  summaryLine: (period: Period, year: number) =>
    period === 'nam'
      ? `kết quả thực hiện các chỉ tiêu chủ yếu năm ${year}`
      : `sơ kết ${period === '6-thang' ? '6' : '9'} tháng đầu năm ${year} thực hiện các chỉ tiêu chủ yếu`,
  basis: (p: { number?: string; issuedOn?: string; title: string; issuer: string }) => {
    const reference = `Nghị quyết số ${p.number ?? '……-NQ/ĐU'}${p.issuedOn ? ` ngày ${p.issuedOn}` : ''}`;
    const about = /^Nghị quyết\s+/i.test(p.title) ? p.title.replace(/^Nghị quyết\s+/i, '') : `(${p.title})`;
    return `Thực hiện ${reference} ${about}, ${p.issuer} báo cáo kết quả thực hiện như sau:`;
  },
  sections: {
    results: 'I. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU',
    limits: 'II. HẠN CHẾ, NGUYÊN NHÂN',
    directions: 'III. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI',
  },
  sentence: {
    reached: (p: { name: string; value: string; lower: boolean }) =>
      `${p.name} ${p.lower ? 'còn' : 'đạt'} ${p.value}`,
    percent: (p: { percent: string }) => `bằng ${p.percent}% chỉ tiêu`,
    target: (p: { target: string }) => `chỉ tiêu ${p.target}`,
    yes: (kind: YesNoKind) => YES_WORDS[kind],
    no: (kind: YesNoKind) => NO_WORDS[kind],
    rating: (p: { name: string; level: string; target: string; reached: boolean }) =>
      p.reached
        ? `${p.name} xếp loại ${p.level}, đạt chỉ tiêu`
        : `${p.name} xếp loại ${p.level}, chỉ tiêu ${p.target}`,
    noData: (p: { name: string }) => `${p.name}: chưa có số liệu`,
  },
  limits: {
    none: 'Các chỉ tiêu đều đạt hoặc vượt; không có chỉ tiêu nào không đạt.',
    item: (p: { name: string; value: string; target: string; explanation?: string }) =>
      `- ${p.name}: thực hiện ${p.value}, chỉ tiêu ${p.target}. ` +
      (p.explanation
        ? `Nguyên nhân: ${p.explanation}`
        : 'Nguyên nhân: (chưa có giải trình, đề nghị bổ sung).'),
  },
  fill: '………………………………………………………………………………………………',
  appendix: {
    heading: 'Phụ lục',
    title: (summaryLine: string) => summaryLine.toLocaleUpperCase('vi'),
    reference: (p: { number: string; date: string; issuer: string }) =>
      `(Kèm theo Báo cáo ${p.number}, ${p.date} của ${p.issuer})`,
    estimate: 'Ước cả năm',
    columns: [
      'STT',
      'Chỉ tiêu',
      'Đơn vị tính',
      'Chỉ tiêu giao',
      'Thực hiện',
      '% so với chỉ tiêu',
      'Đánh giá',
    ],
  },
  signature: { onBehalf: 'T/M ĐẢNG ỦY', defaultTitle: 'Bí thư', hint: '(Ký, ghi rõ họ tên)' },
  recipients: {
    title: 'Nơi nhận:',
    superior: (superior: string | undefined) =>
      `- ${superior ? `Ban Thường vụ ${superior}` : 'Cấp ủy cấp trên'} (để báo cáo),`,
    members: '- Các đồng chí Đảng ủy viên,',
    archive: '- Lưu Văn phòng Đảng ủy.',
  },
};

export type YesNoKind = 'recognition' | 'event' | 'task';

const YES_WORDS: Record<YesNoKind, string> = {
  recognition: 'đã được công nhận',
  event: 'đã tổ chức',
  task: 'đã hoàn thành',
};
const NO_WORDS: Record<YesNoKind, string> = {
  recognition: 'chưa được công nhận',
  event: 'chưa tổ chức',
  task: 'chưa hoàn thành',
};

export type DocumentWording = typeof document;
