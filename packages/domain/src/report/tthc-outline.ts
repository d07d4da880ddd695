import { DOSSIER_FIGURE_RULES, DOSSIER_FIGURES } from './dossier-figures.js';
import type { OutlineItem, OutlineTemplate } from './outline.js';

const heading = (code: string, title: string): OutlineItem => ({
  code,
  parentCode: null,
  title,
  guidance: null,
  required: false,
  figures: [],
  figureRules: [],
});

const item = (
  code: string,
  parentCode: string,
  title: string,
  extra: Partial<Pick<OutlineItem, 'guidance' | 'figures' | 'figureRules' | 'required'>> = {},
): OutlineItem => ({
  code,
  parentCode,
  title,
  guidance: extra.guidance ?? null,
  required: extra.required ?? true,
  figures: extra.figures ?? [],
  figureRules: extra.figureRules ?? [],
});

/**
 * The outline of the thematic inspection of administrative-procedure handling (seed II.1.b, first
 * topic): remediation of the 2021–2023 conclusions; dossiers received, settled on time, late,
 * overdue with reasons and apology letters; online public services (full and partial); online
 * payments; electronic certification; digitisation of dossiers and results and their reuse. The seed
 * attaches no separate outline for it, so its items follow the topic's own wording.
 */
export const TTHC_OUTLINE: OutlineTemplate = {
  code: 'de-cuong-chuyen-de-tthc',
  version: 1,
  title: 'Đề cương báo cáo phục vụ kiểm tra chuyên đề công tác giải quyết thủ tục hành chính năm 2024',
  inspectionKind: 'thematic',
  items: [
    heading('I', 'KẾT QUẢ THỰC HIỆN'),
    item(
      'I.1',
      'I',
      'Việc khắc phục những tồn tại, hạn chế theo nội dung thông báo kết luận kiểm tra của các cơ quan có thẩm quyền từ năm 2021 đến năm 2023',
      {
        guidance:
          'Nêu từng kiến nghị, kết quả khắc phục; kiến nghị chưa khắc phục xong thì nêu lý do và lộ trình.',
        figures: [
          {
            key: 'recommendations_total',
            label: 'Số kiến nghị phải khắc phục',
            kind: 'count',
            unit: 'kiến nghị',
          },
          {
            key: 'recommendations_done',
            label: 'Số kiến nghị đã khắc phục xong',
            kind: 'count',
            unit: 'kiến nghị',
          },
        ],
        figureRules: [{ key: 'recommendations_done', notGreaterThan: 'recommendations_total' }],
      },
    ),
    item('I.2', 'I', 'Công tác tiếp nhận, giải quyết hồ sơ thủ tục hành chính', {
      guidance:
        'Số hồ sơ tiếp nhận, giải quyết đúng hạn, trễ hạn, quá hạn; lý do trễ hạn, quá hạn và việc gửi thư xin lỗi tổ chức, công dân theo quy định.',
      figures: DOSSIER_FIGURES,
      figureRules: DOSSIER_FIGURE_RULES,
    }),
    item('I.3', 'I', 'Cung cấp dịch vụ công trực tuyến', {
      guidance: 'Số dịch vụ công trực tuyến toàn trình và một phần; tỷ lệ hồ sơ tiếp nhận trực tuyến.',
      figures: [
        {
          key: 'online_services_full',
          label: 'Số dịch vụ công trực tuyến toàn trình',
          kind: 'count',
          unit: 'dịch vụ',
        },
        {
          key: 'online_services_partial',
          label: 'Số dịch vụ công trực tuyến một phần',
          kind: 'count',
          unit: 'dịch vụ',
        },
        { key: 'online_dossier_rate', label: 'Tỷ lệ hồ sơ tiếp nhận trực tuyến', kind: 'percent', unit: '%' },
      ],
    }),
    item('I.4', 'I', 'Thanh toán trực tuyến', {
      figures: [
        { key: 'online_payments', label: 'Số hồ sơ thanh toán trực tuyến', kind: 'count', unit: 'hồ sơ' },
        {
          key: 'online_payment_rate',
          label: 'Tỷ lệ hồ sơ thanh toán trực tuyến',
          kind: 'percent',
          unit: '%',
        },
      ],
    }),
    item('I.5', 'I', 'Chứng thực điện tử'),
    item(
      'I.6',
      'I',
      'Số hóa thành phần hồ sơ, kết quả giải quyết thủ tục hành chính và tái sử dụng kết quả số hóa',
      {
        figures: [
          {
            key: 'dossiers_digitised_rate',
            label: 'Tỷ lệ hồ sơ được số hóa thành phần hồ sơ',
            kind: 'percent',
            unit: '%',
          },
          {
            key: 'results_digitised_rate',
            label: 'Tỷ lệ kết quả giải quyết được số hóa',
            kind: 'percent',
            unit: '%',
          },
        ],
      },
    ),
    heading('II', 'ĐÁNH GIÁ CHUNG'),
    item('II.1', 'II', 'Những mặt đạt được'),
    item('II.2', 'II', 'Những tồn tại, hạn chế, khó khăn'),
    heading('III', 'KIẾN NGHỊ, ĐỀ XUẤT'),
    item('III.1', 'III', 'Kiến nghị, đề xuất', {
      guidance:
        'Nêu những kiến nghị, đề xuất với Ủy ban nhân dân tỉnh, các cấp, ngành có liên quan để nâng cao chất lượng giải quyết thủ tục hành chính.',
    }),
  ],
};
