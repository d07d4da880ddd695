import type { PlanForPlanning, ReportTemplateRecord } from '@kiemtra/db';
import type { ReportOutlineInput } from '@kiemtra/documents';
import type { PlanLetterheads } from './letterhead.js';

/**
 * The outline a unit fills in, from the template version the plan uses: a Báo cáo of the unit
 * (its name under its parent when the unit is known, blanks otherwise), undated and unnumbered,
 * addressed to the team and to Sở Nội vụ (III.2.b and V.3.a name both).
 */
export function reportOutlineSource(input: {
  plan: PlanForPlanning;
  template: ReportTemplateRecord;
  letterheads: PlanLetterheads;
  unitId: string | null;
}): ReportOutlineInput {
  const { plan, template, letterheads } = input;
  const unit = input.unitId ? letterheads.unit(input.unitId) : null;
  return {
    frame: {
      issuer: {
        parent: unit?.body.parentLine ?? '',
        name: unit?.name ? unit.body.name : 'TÊN CƠ QUAN, ĐƠN VỊ',
      },
      reference: { number: null, symbol: `BC-${unit?.body.abbreviation || 'ĐV'}` },
      place: unit?.body.ownPlace ?? letterheads.place,
      date: null,
      draftYear: plan.year,
      recipients: ['Như trên'],
      archive: 'VT',
      signer: {
        title: unit?.name ? unit.body.signerTitle : 'THỦ TRƯỞNG CƠ QUAN, ĐƠN VỊ',
        name: '(Ký, ghi rõ họ tên, đóng dấu)',
      },
    },
    template: { title: template.title, version: template.version, items: template.items },
    summary: `Kết quả thực hiện công tác cải cách hành chính năm ${plan.year} phục vụ Đoàn kiểm tra`,
    addressees: ['Đoàn kiểm tra công tác cải cách hành chính tỉnh', 'Sở Nội vụ'],
    period: `từ ngày 01/01/${plan.year} đến thời điểm báo cáo`,
  };
}
