/**
 * The words drafting recognises, folded (no case, no diacritics, `đ` as `d`), separated by `|`.
 * Kept as data so a new wording is a word here, not a new rule.
 */
const list = (words: string): string[] => words.split('|');

/** Words right before a number that make it a reference, not a target: `Quy định 08`, `năm 2022`. */
export const REFERENCE_WORDS = list(
  'nhiem ky|giai doan|khoa|lan thu|quy dinh|nghi quyet|nghi dinh|quyet dinh|chi thi|' +
    'ket luan|thong tu|de an|du an|chuong trinh|ke hoach|cong van|thong bao|huong dan|luat|dieu|khoan|' +
    'duong|quoc lo|tinh lo|huyen lo|ql|dt|dh|tl|phuong|xom|thon|khoi|ap|to dan pho|doi|hoi nghi|ky hop|' +
    'phu luc|muc|cap|loai|hang|lop|khu|lo|quy|tuan|covid|top|nam|ngay|thang',
);

/** Of REFERENCE_WORDS, those that still allow a target when a unit follows (`mức 96%`). */
export const REFERENCE_UNLESS_UNIT = list('muc|cap|loai|hang|nam|ngay|thang|quy|tuan');

/** Units of measure written after a number; the unit is kept as the resolution writes it. */
export const MEASURE_UNITS = list(
  'ty dong|ti dong|trieu dong|nghin dong|ngan dong|dong|usd|ha|hecta|km|m2|m3|tan|ta|kg|lit|kwh|mw|con|luot|lan',
);

/** Things counted in resolutions; a count of them is an integer target. */
export const COUNT_NOUNS = list(
  'dang vien|mo hinh|lang|thon|xom|ban|ap|to dan pho|ho|nguoi|lao dong|di tich|truong|xa|cong trinh|' +
    'doanh nghiep|hop tac xa|san pham|chi bo|to chuc|cau lac bo|bac si|giuong benh|co so|nha|can|tuyen|' +
    'diem|vuon|trang trai|khu dan cu|dong chi|hoi vien|doan vien|thanh nien|tan binh|cong dan|chau|' +
    'hoc sinh|tre|chuong trinh|phong trao|cuoc|hoi nghi|lop|tram|cay|camera|nha van hoa',
);

/** Indicators that should fall: without a written direction they are read as `<=`. */
export const FALLING_WORDS = list(
  'ho ngheo|can ngheo|tang dan so|tang tu nhien|suy dinh duong|sinh con thu 3|thu ba|tai nan|toi pham|' +
    'that nghiep|o nhiem|ty suat sinh|mat can bang|tu vong|bo hoc|vi pham|don thu|chay rung',
);

/** Sums over the year: production value, revenue, things built or admitted. */
export const CUMULATIVE_WORDS = list(
  'tong gia tri|gia tri san xuat|thu ngan sach|tong thu|tong chi|von dau tu|phat trien|ket nap|xay dung|' +
    'trong moi|lam moi|thanh lap|tuyen|dao tao|giai quyet viec lam|mo moi|nang cap|be tong hoa|cung hoa|' +
    'kien co hoa|moi',
);

/** Rates, averages and levels at a point in time. */
export const LEVEL_WORDS = list('ty le|ti le|binh quan|toc do|co cau|/nguoi|bao phu|muc do');

/** Recognitions and titles, decided once a year. */
export const YEAR_END_WORDS = list('tieu bieu|cong nhan|danh hieu|dat chuan|di tich|xep loai');

/** Wording of the collectives' yearly rating (docs/design.md, "Ratings"). */
export const RATING_LEVELS = [
  'Hoàn thành xuất sắc nhiệm vụ',
  'Hoàn thành tốt nhiệm vụ',
  'Hoàn thành nhiệm vụ',
  'Không hoàn thành nhiệm vụ',
];
export const RECOGNITION = 'Trong sạch, vững mạnh tiêu biểu';

/** Group headings guessed from the words of a target when the resolution has none; first match wins. */
export const GROUP_GUESSES: [string, string[]][] = [
  [
    'Xây dựng Đảng và hệ thống chính trị',
    list(
      'dang vien|dang bo|tsvm|trong sach|chi bo|dan van|chinh quyen|mttq|mat tran|doan the|dai hoi|hoan thanh',
    ),
  ],
  ['Quốc phòng – An ninh', list('quoc phong|an ninh|tuyen quan|quan su|toi pham|tai nan')],
  [
    'Kinh tế',
    list(
      'san xuat|cay trong|tang truong|thu nhap|ngan sach|kinh te|nong nghiep|dau tu|san luong|lua|chan nuoi|' +
        'nong thon moi|dich vu|cong nghiep|giao thong|be tong',
    ),
  ],
  [
    'Văn hóa – Xã hội',
    list(
      'van hoa|ho ngheo|bhyt|bao hiem|y te|giao duc|truong hoc|truong tieu hoc|truong mam non|' +
        'truong trung hoc|dan so|lao dong|di tich|suy dinh duong|nuoc sach|the thao|viec lam',
    ),
  ],
];
