import { z } from '../validation/zod-vi.js';

/**
 * The seven areas of a comprehensive inspection (seed II.1.a, and the report outline's part I),
 * in the seed's order.
 */
export const CONTENT_AREAS = ['A1', 'A2', 'A3', 'A4', 'A5', 'A6', 'A7'] as const;
export type ContentArea = (typeof CONTENT_AREAS)[number];
export const CONTENT_AREA_LABELS: Record<ContentArea, string> = {
  A1: 'Công tác chỉ đạo, điều hành CCHC',
  A2: 'Cải cách thể chế',
  A3: 'Cải cách thủ tục hành chính',
  A4: 'Cải cách tổ chức bộ máy hành chính nhà nước',
  A5: 'Cải cách chế độ công vụ',
  A6: 'Cải cách tài chính công',
  A7: 'Xây dựng và phát triển chính quyền điện tử, chính quyền số',
};

/** The four topics of the thematic inspection (seed II.1.b), in the seed's order. */
export const THEMATIC_TOPICS = ['T1', 'T2', 'T3', 'T4'] as const;
export type ThematicTopic = (typeof THEMATIC_TOPICS)[number];
export const THEMATIC_TOPIC_LABELS: Record<ThematicTopic, string> = {
  T1: 'Công tác giải quyết thủ tục hành chính (khắc phục tồn tại theo kết luận kiểm tra 2021–2023; giải quyết hồ sơ; dịch vụ công trực tuyến, thanh toán trực tuyến, chứng thực điện tử; số hóa hồ sơ, kết quả giải quyết)',
  T2: 'Khắc phục tồn tại, hạn chế theo thông báo kết luận kiểm tra CCHC từ năm 2021 đến năm 2023 đối với UBND cấp huyện và UBND cấp xã trực thuộc',
  T3: 'Kết quả thực hiện Kế hoạch số 135/KH-UBND ngày 05/10/2022 (Chỉ số PAPI) và Quyết định số 1028/QĐ-UBND ngày 05/4/2023 (Chỉ số CCHC, Chỉ số SIPAS)',
  T4: 'Tình hình giải quyết thủ tục hành chính tại các Chi nhánh Văn phòng Đăng ký đất đai',
};

/** Where a finding belongs: a content area of a comprehensive inspection or a thematic topic. */
export const FINDING_AREAS = [...CONTENT_AREAS, ...THEMATIC_TOPICS] as const;
export type FindingArea = ContentArea | ThematicTopic;
export const FINDING_AREA_LABELS: Record<FindingArea, string> = {
  ...CONTENT_AREA_LABELS,
  ...THEMATIC_TOPIC_LABELS,
};

export const findingAreaSchema = z.enum(FINDING_AREAS, {
  error: 'Lĩnh vực phải là một trong A1–A7 (kiểm tra toàn diện) hoặc T1–T4 (kiểm tra chuyên đề).',
});
