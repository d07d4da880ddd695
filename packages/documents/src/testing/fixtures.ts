import type { FrameInput } from '../layout/frame-schema.js';

/** The frame of a document of Sở Nội vụ Bình Định in 2024; override what a test is about. */
export function makeFrame(overrides: Partial<FrameInput> = {}): FrameInput {
  return {
    issuer: { parent: 'UBND TỈNH BÌNH ĐỊNH', name: 'SỞ NỘI VỤ' },
    reference: { number: '68', symbol: 'QĐ-SNV' },
    place: 'Bình Định',
    date: '2024-04-12',
    recipients: ['Như Điều 3', 'UBND tỉnh (b/c)', 'Giám đốc Sở'],
    archive: 'VT, CCHC',
    signer: { title: 'GIÁM ĐỐC', name: 'Nguyễn Thanh Phong' },
    ...overrides,
  };
}

export const SAMPLE_TEMPLATE = {
  title: 'Đề cương báo cáo phục vụ kiểm tra toàn diện công tác cải cách hành chính năm 2024',
  version: 1,
  items: [
    { code: 'I', parentCode: null, title: 'Kết quả đạt được', guidance: null, required: false },
    { code: 'I.1', parentCode: 'I', title: 'Công tác chỉ đạo, điều hành', guidance: null, required: false },
    {
      code: 'I.1.a',
      parentCode: 'I.1',
      title: 'Việc ban hành và tổ chức thực hiện kế hoạch kiểm tra hàng năm.',
      guidance: null,
      required: true,
    },
    { code: 'II', parentCode: null, title: 'Đánh giá chung', guidance: null, required: false },
    { code: 'II.1', parentCode: 'II', title: 'Những mặt đạt được', guidance: null, required: true },
    { code: 'III', parentCode: null, title: 'Kiến nghị, đề xuất', guidance: null, required: false },
    {
      code: 'III.1',
      parentCode: 'III',
      title: 'Kiến nghị, đề xuất',
      guidance: 'Nêu những kiến nghị, đề xuất với Ủy ban nhân dân tỉnh',
      required: true,
    },
  ],
};
