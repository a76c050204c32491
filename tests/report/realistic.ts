import type { Editor } from '../cli/support';

/** A commune's 2023 figures as a clerk would enter them at year end, misses explained but one. */
export function fillRealistic(editor: Editor): void {
  const { input, cell } = editor;
  const figures: Record<string, string | number> = {
    'gia-tri-san-xuat': 231.4,
    'tang-truong-kinh-te': 0.089,
    'thu-nhap-binh-quan': 58.2,
    'thu-ngan-sach': 24.5,
    'gia-dinh-van-hoa': 0.962,
    'ho-ngheo': 0.0052,
    bhyt: 0.961,
    'truong-tieu-hoc-chuan-2': 'Có',
    'xa-chuan-y-te': 'Có',
    'lang-van-hoa-tinh': 1,
    'lang-van-hoa-huyen': 2,
    'di-tich-cap-tinh': 0,
    'dang-vien-moi': 9,
    'dan-van-kheo': 4,
    'dang-bo-tsvm': 'Trong sạch vững mạnh tiêu biểu',
    'chinh-quyen': 'Hoàn thành xuất sắc nhiệm vụ',
    'mttq-doan-the': 'Hoàn thành tốt nhiệm vụ',
    'dai-hoi-hoi-nong-dan': 'Có',
    'mo-hinh-moi-doan-the': 'Có',
    'khai-thac-quy-dat': 'Có',
    'ke-hoach-nam-hoc': 'Có',
    'huan-luyen-tuyen-quan': 'Có',
    'khong-diem-nong-an-ninh': 'Có',
  };
  for (const [id, value] of Object.entries(figures)) input(id).value = value;
  cell('tang-truong-kinh-te', 'explanation').value =
    'Giá nông sản giảm; vụ Đông bị rét đậm, năng suất thấp hơn dự kiến.';
  cell('thu-ngan-sach', 'explanation').value = 'Chậm đấu giá quyền sử dụng đất khu dân cư Đồng Mả.';
  cell('di-tich-cap-tinh', 'explanation').value = 'Hồ sơ đã trình Sở Văn hóa, đang chờ thẩm định.';
}
