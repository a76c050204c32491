import type { Entry } from './workbooks';

/**
 * A year-end report as a commune office might fill it for the Hưng Tân 2023 resolution: most
 * targets met or exceeded, a few missed with their explanations. Percent cells hold fractions.
 */
export const HUNG_TAN_2023_YEAR_END: ReadonlyMap<string, Entry> = new Map<string, Entry>([
  ['gia-tri-san-xuat', { value: 221.45 }],
  ['tang-truong-kinh-te', { value: 0.0912 }],
  [
    'thu-nhap-binh-quan',
    { value: 56.2, explanation: 'Giá nông sản giảm, thu nhập từ chăn nuôi thấp hơn dự kiến.' },
  ],
  ['thu-ngan-sach', { value: 27 }],
  ['gia-dinh-van-hoa', { value: 0.963 }],
  ['ho-ngheo', { value: 0.0061, explanation: 'Phát sinh 3 hộ tái nghèo do ốm đau, tai nạn.' }],
  ['bhyt', { value: 0.954, explanation: 'Một số hộ cận nghèo chưa gia hạn thẻ BHYT.' }],
  [
    'truong-tieu-hoc-chuan-2',
    { value: 'Không', explanation: 'Đang hoàn thiện hồ sơ, dự kiến được công nhận trong quý I/2024.' },
  ],
  ['xa-chuan-y-te', { value: 'Có' }],
  ['lang-van-hoa-tinh', { value: 1 }],
  ['lang-van-hoa-huyen', { value: 2 }],
  [
    'di-tich-cap-tinh',
    { value: 0, explanation: 'Hồ sơ đang trình Sở Văn hóa, Thể thao và Du lịch thẩm định.' },
  ],
  ['dang-vien-moi', { value: 9 }],
  ['dan-van-kheo', { value: 4 }],
  ['dang-bo-tsvm', { value: 'Trong sạch, vững mạnh tiêu biểu' }],
  ['chinh-quyen', { value: 'Hoàn thành xuất sắc nhiệm vụ' }],
  [
    'mttq-doan-the',
    { value: 'Hoàn thành tốt nhiệm vụ', explanation: 'Hội Cựu chiến binh xếp loại hoàn thành tốt nhiệm vụ.' },
  ],
  ['dai-hoi-hoi-nong-dan', { value: 'Có' }],
  ['dai-hoi-cong-doan', { value: 'Có' }],
  ['mo-hinh-moi-doan-the', { value: 'Có' }],
  ['khai-thac-quy-dat', { value: 'Có' }],
  ['ke-hoach-nam-hoc', { value: 'Có' }],
  ['huan-luyen-tuyen-quan', { value: 'Có' }],
  ['khong-diem-nong-an-ninh', { value: 'Có' }],
]);
