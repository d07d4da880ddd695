import type { TableSheet } from '@kiemtra/documents';
import { OVERVIEW_DIMENSION_LABELS } from '@kiemtra/domain';
import type { OverviewDto } from './overview.dto.js';

const share = (c: { onTime: number; late: number; missed: number; rateLabel: string }) =>
  c.onTime + c.late + c.missed === 0 ? '—' : `${c.rateLabel} (${c.onTime}/${c.onTime + c.late + c.missed})`;

/** What the leadership view shows, as the sheets of its Excel export (the same numbers as the tables). */
export function overviewSheets(o: OverviewDto): TableSheet[] {
  return [
    {
      name: 'Tỷ lệ đúng hạn',
      header: [OVERVIEW_DIMENSION_LABELS[o.by], ...o.deadlineCodes.map((c) => c.label)],
      rows: [{ label: 'Tất cả', cells: o.rates.total }, ...o.rates.rows].map((r) => [
        r.label,
        ...o.deadlineCodes.map((c) => share(r.cells[c.code])),
      ]),
    },
    {
      name: 'Hạn chế, vi phạm',
      header: ['Lĩnh vực', 'Hạn chế', 'Vi phạm'],
      rows: o.findings.map((a) => [a.label, a.shortcoming.count, a.violation.count]),
    },
    {
      name: 'Trách nhiệm',
      header: [
        'Lĩnh vực',
        'Tập thể, cá nhân chịu trách nhiệm',
        'Loại',
        'Cơ quan, đơn vị',
        'Số hạn chế, vi phạm',
      ],
      rows: o.responsibilities.flatMap((a) =>
        a.holders.map((h) => [a.label, h.holder, h.holderKindLabel, h.unitName, h.count]),
      ),
    },
    {
      name: 'Kiến nghị',
      header: ['Kiến nghị', 'Cơ quan, đơn vị', 'Hạn', 'Số ngày quá hạn'],
      rows: o.recommendations.list.map((r) => [
        r.action,
        r.unitName,
        r.dueDateText ?? '',
        r.daysOverdue ?? '',
      ]),
    },
    {
      name: 'Hạn chế lặp lại',
      header: ['Cơ quan, đơn vị', 'Lĩnh vực', 'Các năm'],
      rows: o.repeated.map((r) => [r.unitName, r.areaLabel, r.years.join(', ')]),
    },
    {
      name: 'Tiến độ',
      header: ['Chỉ tiêu', 'Số cuộc kiểm tra'],
      rows: [
        ['Theo kế hoạch (không kể cuộc đã hủy)', o.progress.planned],
        ['Đã kết luận', o.progress.done],
        ['Đã hủy', o.progress.cancelled],
        ['Tỷ lệ đã kết luận', o.progress.rateLabel],
      ],
    },
    {
      name: 'Các kế hoạch',
      header: [
        'Kế hoạch',
        'Cấp',
        'Đối tượng dự kiến',
        'Đối tượng thực tế',
        'Đã kết luận / theo kế hoạch',
        'Hạn chế',
        'Vi phạm',
        'Kiến nghị',
        'Kiến nghị đã khắc phục xong',
        'Kiến nghị quá hạn',
      ],
      rows: o.rollup.map((r) => [
        r.title,
        r.levelLabel,
        r.targets.expected ?? '',
        r.targets.actual,
        `${r.progress.done}/${r.progress.planned}`,
        r.shortcomings.count,
        r.violations.count,
        r.recommendations.total,
        r.recommendations.done,
        r.recommendations.overdue,
      ]),
    },
  ];
}
