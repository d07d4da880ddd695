import type { SeedPlanContent } from './seed-types.js';

const area = (code: string, title: string): SeedPlanContent => ({
  kind: 'area',
  code,
  title,
  description: null,
});

/** II.1.a: the seven areas of a comprehensive inspection, titled as the Đề cương's headings I.1–I.7. */
export const AREAS: SeedPlanContent[] = [
  area('A1', 'Công tác chỉ đạo, điều hành'),
  area('A2', 'Cải cách thể chế'),
  area('A3', 'Cải cách thủ tục hành chính'),
  area('A4', 'Cải cách tổ chức bộ máy hành chính nhà nước'),
  area('A5', 'Cải cách chế độ công vụ'),
  area('A6', 'Cải cách tài chính công'),
  area('A7', 'Xây dựng và phát triển chính quyền điện tử, chính quyền số'),
];

/** II.1.b: the four thematic topics; the short titles are ours, the descriptions are the seed's bullets. */
export const TOPICS: SeedPlanContent[] = [
  {
    kind: 'topic',
    code: 'T1',
    title: 'Công tác giải quyết thủ tục hành chính',
    description:
      'Kiểm tra chuyên đề công tác giải quyết thủ tục hành chính: việc khắc phục những tồn tại, hạn chế theo nội dung thông báo kết luận kiểm tra của các cơ quan có thẩm quyền từ năm 2021 đến năm 2023; công tác giải quyết hồ sơ thủ tục hành chính; cung cấp dịch vụ công trực tuyến, thanh toán trực tuyến, chứng thực điện tử; số hóa thành phần hồ sơ, kết quả giải quyết thủ tục hành chính và tái sử dụng kết quả số hóa...',
  },
  {
    kind: 'topic',
    code: 'T2',
    title: 'Khắc phục tồn tại, hạn chế sau kiểm tra CCHC 2021–2023',
    description:
      'Kiểm tra việc khắc phục những tồn tại, hạn chế theo thông báo kết luận kiểm tra cải cách hành chính từ năm 2021 đến năm 2023 đối với Ủy ban nhân dân cấp huyện và Ủy ban nhân dân cấp xã trực thuộc.',
  },
  {
    kind: 'topic',
    code: 'T3',
    title: 'Nâng cao các chỉ số PAPI, PAR INDEX và SIPAS',
    description:
      'Kiểm tra kết quả thực hiện Kế hoạch số 135/KH-UBND ngày 05 tháng 10 năm 2022 của Ủy ban nhân dân tỉnh về nâng cao Chỉ số Hiệu quả Quản trị và Hành chính công của tỉnh Bình Định đến năm 2025; Quyết định số 1028/QĐ-UBND ngày 5 tháng 4 năm 2023 của Ủy ban nhân dân tỉnh về ban hành Kế hoạch nâng cao Chỉ số cải cách hành chính và Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước tỉnh Bình Định giai đoạn 2023-2025.',
  },
  {
    kind: 'topic',
    code: 'T4',
    title: 'Giải quyết thủ tục hành chính tại các Chi nhánh Văn phòng Đăng ký đất đai',
    description:
      'Kiểm tra tình hình giải quyết thủ tục hành chính tại các Chi nhánh Văn phòng Đăng ký đất đai trực thuộc Sở Tài nguyên và Môi trường.',
  },
];

export const CONTENTS: SeedPlanContent[] = [...AREAS, ...TOPICS];
