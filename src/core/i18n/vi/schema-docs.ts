import type { SchemaDocs } from '../../template/schema-docs';

export const schemaDocs: SchemaDocs = {
  description:
    'Mẫu chỉ tiêu nghị quyết. Các quy tắc liên quan giữa các trường (kiểu chỉ tiêu với mức chỉ tiêu, giới hạn, mã trùng…) được kiểm tra khi nạp mẫu.',
  template: {
    $schema: 'Đường dẫn tới tệp JSON Schema này, để trình soạn thảo gợi ý và kiểm tra khi gõ.',
    format: 'Định dạng tệp mẫu, luôn là "resolution-targets/v1".',
    id: 'Mã mẫu: chữ thường không dấu, chữ số và dấu gạch nối, ví dụ "hung-tan-2023".',
    title: 'Tên nghị quyết, như ở đầu văn bản.',
    issuer: 'Cơ quan ban hành, ví dụ "Đảng bộ xã Hưng Tân".',
    superior: 'Cấp ủy cấp trên, ghi ở dòng trên cùng của tiêu đề văn bản.',
    place: 'Địa danh ở dòng ngày tháng, ví dụ "Hưng Tân".',
    issuedOn: 'Ngày ban hành, dạng NĂM-THÁNG-NGÀY, ví dụ "2022-12-26".',
    resolutionNumber: 'Số và ký hiệu của nghị quyết, ví dụ "15-NQ/ĐU".',
    signer: 'Người ký báo cáo: chức vụ ("title", ví dụ "Bí thư") và họ tên ("name").',
    recipients: 'Nơi nhận của báo cáo, mỗi nơi một dòng, ví dụ "Ban Thường vụ Đảng ủy".',
    year: 'Năm thực hiện các chỉ tiêu.',
    baselineYear: 'Năm của số liệu gốc ("baseline"), thường là năm trước.',
    indicators: 'Danh sách chỉ tiêu, theo thứ tự trong biểu.',
  },
  indicator: {
    id: 'Mã chỉ tiêu, không trùng trong mẫu, ví dụ "tang-truong-kinh-te"; biểu ghi mã này ở cột Mã.',
    group: 'Nhóm chỉ tiêu trong biểu, ví dụ "Kinh tế".',
    name: 'Tên chỉ tiêu.',
    unit: 'Đơn vị tính, ví dụ "tỷ đồng", "%", "đảng viên".',
    type: 'Kiểu số liệu: "number" (số), "integer" (số nguyên), "percent" (tỷ lệ %, từ 0 đến 100 trừ khi "min"/"max" nói khác), "yesno" (Có/Không), "rating" (xếp loại, cần "scale").',
    target:
      'Mức chỉ tiêu, ví dụ { "op": ">=", "value": 9 }, hoặc { "op": "between", "min": 5, "max": 7, "better": "higher" }.',
    baseline: 'Số thực hiện năm trước, nếu nghị quyết có nêu.',
    decimals: 'Số chữ số thập phân khi so với chỉ tiêu (mặc định 2).',
    source: 'Nguyên văn câu chữ của nghị quyết đặt ra chỉ tiêu, để đối chiếu.',
    min: 'Giới hạn dưới hợp lý: số nhỏ hơn là lỗi nhập liệu, không phải không đạt.',
    max: 'Giới hạn trên hợp lý: số lớn hơn là lỗi nhập liệu, không phải vượt.',
    scale: 'Các mức xếp loại, mức tốt nhất trước.',
    accumulates:
      'true nếu số liệu cộng dồn trong năm (giá trị sản xuất, thu ngân sách, đảng viên mới…); khi sơ kết 6 và 9 tháng được so với chỉ tiêu chia theo kỳ.',
    assess:
      'Cách theo dõi trong năm: "cumulative" (cộng dồn: giá trị sản xuất, thu ngân sách, đảng viên mới…), "level" (tỷ lệ, bình quân, mức tại một thời điểm), "year-end" (chỉ đánh giá cuối năm: xếp loại, công nhận, đại hội…).',
    section: '"main" nếu là chỉ tiêu chủ yếu (mặc định), "task" nếu là nhiệm vụ đếm được.',
    code: 'Mã chỉ tiêu của cấp trên, để tổng hợp số liệu nhiều xã có mẫu khác nhau.',
    note: 'Ghi chú cho người nhập số liệu.',
  },
  target: {
    op: '">=" đạt từ; ">" trên; "<=" còn, không quá; "<" dưới; "=" bằng; "between" trong khoảng.',
    value:
      'Mức chỉ tiêu: một số cho chỉ tiêu kiểu số, "Có"/"Không" cho chỉ tiêu có/không, một mức trong "scale" cho chỉ tiêu xếp loại.',
    min: 'Đầu dưới của khoảng.',
    max: 'Đầu trên của khoảng.',
    better: '"higher" nếu cao hơn là tốt hơn, "lower" nếu thấp hơn là tốt hơn.',
  },
};
