import { all, type Cases, inProvince, may, STALE } from './case.js';

const NO_ITEM = 'khong-co-muc';

/** The unit's report, its review and evidence, and the outlines. */
export const reportCases: Cases = {
  'reports.get': { on: 'inspection', input: (s) => ({ inspectionId: s.id }), allows: may('report.read') },
  'reports.saveAnswer': {
    on: 'inspection',
    input: (s) => ({
      inspectionId: s.id,
      itemCode: NO_ITEM,
      narrative: '<p>Trả lời</p>',
      expectedVersion: 0,
    }),
    allows: may('report.write'),
  },
  'reports.submit': {
    on: 'inspection',
    input: (s) => ({ inspectionId: s.id, expectedVersion: STALE }),
    allows: may('report.write'),
  },
  'reports.reopen': {
    on: 'inspection',
    input: (s) => ({ inspectionId: s.id, expectedVersion: STALE, reason: 'Cần bổ sung số liệu' }),
    allows: may('report.reopen'),
  },
  'reports.requestAdditions': {
    on: 'inspection',
    input: (s) => ({
      inspectionId: s.id,
      expectedVersion: STALE,
      itemCodes: ['I.1.a'],
      reason: 'Cần bổ sung số liệu',
    }),
    allows: may('report.review'),
  },
  'reports.comment': {
    on: 'inspection',
    input: (s) => ({ inspectionId: s.id, itemCode: NO_ITEM, body: 'Ý kiến của Đoàn' }),
    allows: may('report.review'),
  },
  'reports.pushFigures': {
    on: 'inspection',
    input: (s) => ({
      inspectionId: s.id,
      itemCode: NO_ITEM,
      source: 'Hệ thống một cửa',
      figures: { ho_so: 1 },
    }),
    // Only a provincial system writes figures "from the system".
    allows: (actor, s) => actor?.kind === 'api_client' && inProvince('unitFigures.push')(actor, s),
  },
  'reports.planOutline': {
    on: 'plan',
    input: (s) => ({ planId: s.id }),
    allows: all(inProvince('reportOutline.read', { planStatus: 'published' }), may('reportOutline.read')),
  },
  'reports.commentSystemFigure': {
    on: 'inspection',
    input: (s) => ({
      inspectionId: s.id,
      itemCode: NO_ITEM,
      figureKey: 'ho_so',
      comment: 'Số liệu chưa đúng',
    }),
    allows: may('report.write'),
  },
  'reports.template': {
    on: 'template',
    input: (s) => ({ templateId: s.id }),
    allows: inProvince('reportTemplate.manage'),
  },
  'reports.publishTemplate': {
    on: 'none',
    input: () => ({
      code: 'ma-tran-quyen',
      title: 'Đề cương thử quyền truy cập',
      inspectionKind: 'comprehensive',
      items: [{ code: 'I', parentCode: null, title: 'Kết quả', required: true }],
    }),
    allows: inProvince('reportTemplate.manage'),
  },
  'attachments.remove': {
    on: 'attachment',
    input: (s) => ({ attachmentId: s.id }),
    allows: all(may('reportAttachment.read'), may('report.write')),
  },
};
