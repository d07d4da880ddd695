import type { ConclusionNoticeDocumentInput } from '../documents/conclusion-notice.js';
import type { MinutesDocumentInput } from '../documents/minutes.js';
import type { ReportOutlineInput } from '../documents/report-outline.js';
import type { ScheduleNoticeInput } from '../documents/schedule-notice.js';
import type { SummaryReportInput } from '../documents/summary-report.js';
import type { TeamDecisionInput } from '../documents/team-decision.js';
import type { UnitReportInput } from '../documents/unit-report.js';
import type { PlanWorkbookInput } from '../workbook/plan-workbook.js';
import { makeFrame, SAMPLE_TEMPLATE } from './fixtures.js';

/** One plausible input per document, in the words of the 2024 Bình Định plan. */
export const teamDecisionSample = (): TeamDecisionInput => ({
  frame: makeFrame(),
  authority: 'GIÁM ĐỐC SỞ NỘI VỤ',
  legalBases: [
    'Căn cứ Quyết định số 1020/QĐ-UBND ngày 01 tháng 4 năm 2024 của Chủ tịch Ủy ban nhân dân tỉnh ban hành Kế hoạch kiểm tra công tác cải cách hành chính tỉnh Bình Định năm 2024',
  ],
  proposal: 'Theo đề nghị của Trưởng phòng Cải cách hành chính',
  team: {
    name: 'Đoàn kiểm tra công tác cải cách hành chính tỉnh Bình Định năm 2024',
    members: [
      {
        fullName: 'Hoàng Văn Sơn',
        position: 'Trưởng phòng Cải cách hành chính',
        agency: 'Sở Nội vụ',
        role: 'deputy_leader',
      },
      { fullName: 'Trần Quốc Bảo', position: 'Phó Giám đốc Sở Nội vụ', agency: 'Sở Nội vụ', role: 'leader' },
      {
        fullName: 'Đặng Thị Kim Oanh',
        position: 'Trưởng phòng, Sở Tư pháp',
        agency: 'Sở Tư pháp',
        role: 'member',
      },
      { fullName: 'Mai Thị Thảo', position: 'Phóng viên', agency: 'Báo Bình Định', role: 'press' },
    ],
  },
  duties: ['Kiểm tra công tác cải cách hành chính tại các cơ quan, đơn vị, địa phương theo Kế hoạch'],
  implementers: 'Chánh Văn phòng Sở, Trưởng phòng Cải cách hành chính và các ông, bà có tên tại Điều 1',
});

export const scheduleNoticeSample = (): ScheduleNoticeInput => ({
  frame: makeFrame({
    reference: { number: '5', symbol: 'TB-ĐKT' },
    date: '2024-04-19',
    recipients: ['Sở Kế hoạch và Đầu tư', 'Sở Công Thương', 'Thành viên Đoàn kiểm tra'],
    signer: { title: 'TRƯỞNG ĐOÀN', name: 'Trần Quốc Bảo' },
  }),
  subject: 'đợt 1 năm 2024',
  grounds: ['Quyết định số 68/QĐ-SNV ngày 12/04/2024 của Giám đốc Sở Nội vụ về việc thành lập Đoàn kiểm tra'],
  teamName: 'Đoàn kiểm tra công tác cải cách hành chính tỉnh Bình Định năm 2024',
  visits: [
    {
      unitName: 'Sở Kế hoạch và Đầu tư',
      dates: ['2024-05-07'],
      place: 'Trụ sở Sở Kế hoạch và Đầu tư',
      attendees: ['Người đứng đầu cơ quan, đơn vị được kiểm tra'],
    },
    { unitName: 'Sở Công Thương', dates: ['2024-05-09'], place: 'Trụ sở Sở Công Thương', attendees: [] },
  ],
  contents: ['Công tác chỉ đạo, điều hành CCHC', 'Cải cách thể chế'],
  teamMembers: [{ fullName: 'Trần Quốc Bảo', position: 'Phó Giám đốc Sở Nội vụ', role: 'leader' }],
  deadlines: [{ label: 'Báo cáo phục vụ Đoàn kiểm tra', dueDate: '2024-04-26' }],
  reportRecipients: 'Sở Nội vụ và Đoàn kiểm tra',
});

export const reportOutlineSample = (): ReportOutlineInput => ({
  frame: makeFrame({
    issuer: { parent: 'UBND TỈNH BÌNH ĐỊNH', name: 'SỞ CÔNG THƯƠNG' },
    reference: { number: null, symbol: 'BC-SCT' },
    date: null,
    draftYear: 2024,
    recipients: ['Như trên'],
    archive: 'VT',
    signer: { title: 'GIÁM ĐỐC', name: '(Ký, ghi rõ họ tên)' },
  }),
  template: SAMPLE_TEMPLATE,
  summary: 'Kết quả thực hiện công tác cải cách hành chính năm 2024 phục vụ Đoàn kiểm tra',
  addressees: ['Đoàn kiểm tra công tác cải cách hành chính tỉnh', 'Sở Nội vụ'],
});

export const unitReportSample = (): UnitReportInput => ({
  ...reportOutlineSample(),
  frame: makeFrame({
    issuer: { parent: 'UBND TỈNH BÌNH ĐỊNH', name: 'SỞ CÔNG THƯƠNG' },
    reference: { number: '112', symbol: 'BC-SCT' },
    date: '2024-04-25',
    recipients: ['Như trên'],
    archive: 'VT, VP',
    signer: { title: 'GIÁM ĐỐC', name: 'Nguyễn Văn Hùng' },
  }),
  answers: [
    {
      itemCode: 'I.1.a',
      text: 'Sở đã ban hành Kế hoạch kiểm tra CCHC năm 2024, kiểm tra 04 đơn vị trực thuộc.',
      figures: [{ label: 'Số đơn vị được kiểm tra', value: 4, unit: 'đơn vị', note: '' }],
    },
    { itemCode: 'II.1', text: 'Hoàn thành đúng tiến độ các nhiệm vụ CCHC.' },
  ],
  submittedOn: '2024-04-25',
});

export const minutesSample = (): MinutesDocumentInput => ({
  frame: makeFrame({
    issuer: { parent: 'SỞ NỘI VỤ', name: 'ĐOÀN KIỂM TRA CCHC' },
    reference: { number: '3', symbol: 'BB-ĐKT' },
    date: '2024-05-09',
    recipients: ['Sở Công Thương', 'Thành viên Đoàn kiểm tra'],
    archive: 'ĐKT',
    signer: { title: 'TRƯỞNG ĐOÀN', name: 'Trần Quốc Bảo' },
  }),
  unitName: 'Sở Công Thương',
  teamName: 'Đoàn kiểm tra công tác cải cách hành chính tỉnh Bình Định năm 2024',
  date: '2024-05-09',
  startTime: '08:00',
  endTime: '11:30',
  place: 'Trụ sở Sở Công Thương',
  attendees: [
    {
      name: 'Trần Quốc Bảo',
      position: 'Phó Giám đốc Sở Nội vụ',
      organisation: 'Sở Nội vụ',
      role: 'team_leader',
    },
    {
      name: 'Trương Thị Ngọc Ánh',
      position: 'Chuyên viên',
      organisation: 'Sở Nội vụ',
      role: 'team_secretary',
    },
    { name: 'Nguyễn Văn Hùng', position: 'Giám đốc', organisation: 'Sở Công Thương', role: 'unit_head' },
  ],
  agenda: [
    { title: 'Báo cáo tình hình thực hiện CCHC', notes: 'Giám đốc Sở Công Thương báo cáo.' },
    { title: 'Trưởng đoàn kiểm tra kết luận', notes: '' },
  ],
  discussion: 'Đoàn kiểm tra trao đổi về việc số hóa hồ sơ thủ tục hành chính.',
  leaderConclusion: 'Đơn vị cần đẩy mạnh số hóa kết quả giải quyết thủ tục hành chính.',
  chair: { title: 'Trưởng đoàn', name: 'Trần Quốc Bảo' },
  secretary: { title: 'Thư ký Đoàn kiểm tra', name: 'Trương Thị Ngọc Ánh' },
  unitRepresentative: { title: 'Giám đốc', name: 'Nguyễn Văn Hùng' },
});

export const conclusionNoticeSample = (): ConclusionNoticeDocumentInput => ({
  frame: makeFrame({
    reference: { number: '25', symbol: 'TB-ĐKT' },
    date: '2024-05-22',
    recipients: ['Sở Công Thương', 'UBND tỉnh (b/c)'],
    signer: { title: 'TRƯỞNG ĐOÀN', name: 'Trần Quốc Bảo' },
  }),
  unitName: 'Sở Công Thương',
  teamName: 'Đoàn kiểm tra công tác cải cách hành chính tỉnh Bình Định năm 2024',
  grounds: ['Kế hoạch kiểm tra công tác cải cách hành chính tỉnh Bình Định năm 2024'],
  inspectionDates: ['2024-05-09'],
  generalAssessment:
    'Sở Công Thương cơ bản thực hiện đầy đủ các nhiệm vụ cải cách hành chính năm 2024.\nCông tác chỉ đạo, điều hành được quan tâm.',
  findings: [
    { id: 'f1', area: 'A1', kind: 'achievement', description: 'Ban hành kịp thời Kế hoạch CCHC năm 2024' },
    {
      id: 'f2',
      area: 'A3',
      kind: 'shortcoming',
      description: 'Tỷ lệ hồ sơ trễ hẹn còn cao',
      responsibilities: [
        { holderKind: 'collective', holder: 'Văn phòng Sở', description: 'theo dõi, đôn đốc' },
      ],
    },
    {
      id: 'f3',
      area: 'A7',
      kind: 'violation',
      severity: 'minor',
      description: 'Chưa cập nhật công khai thủ tục hành chính trên Trang thông tin điện tử',
      responsibilities: [
        { holderKind: 'individual', holder: 'Ông Lê Văn Tín, Chánh Văn phòng', description: '' },
      ],
    },
  ],
  recommendations: [
    {
      id: 'r1',
      action: 'Rà soát, công khai đầy đủ thủ tục hành chính trên Trang thông tin điện tử',
      responsible: 'Văn phòng Sở',
      dueDate: '2024-06-30',
      findingIds: ['f3'],
    },
  ],
  remediationReportTo: 'Đoàn kiểm tra (qua Sở Nội vụ)',
  remediationReportDue: '2024-07-05',
});

const zeroKinds = { achievement: 0, shortcoming: 0, violation: 0 };
const zeroRecs = {
  total: 0,
  byStatus: { open: 0, reported: 0, returned: 0, in_progress: 0, done: 0, carried_over: 0 },
  overdue: 0,
  remediatedOnTime: 0,
};

export const summaryReportSample = (): SummaryReportInput => ({
  frame: makeFrame({
    reference: { number: '310', symbol: 'BC-SNV' },
    date: '2024-10-25',
    recipients: ['UBND tỉnh (b/c)', 'Bộ Nội vụ'],
    signer: { title: 'GIÁM ĐỐC', name: 'Nguyễn Thanh Phong' },
  }),
  planTitle: 'Kế hoạch kiểm tra công tác cải cách hành chính tỉnh Bình Định năm 2024',
  roundLabel: 'đợt 1 năm 2024',
  teamName: 'Đoàn kiểm tra công tác cải cách hành chính tỉnh Bình Định năm 2024',
  roundStart: '2024-05-07',
  roundEnd: '2024-09-30',
  expectedTargetCount: 22,
  summary: {
    unitsInspected: [{ id: 'u1', name: 'Sở Công Thương' }],
    deadlineCompliance: {
      SCHEDULE_NOTICE: { onTime: 1, late: 0, missed: 0, pending: 0 },
      UNIT_REPORT: { onTime: 0, late: 1, missed: 0, pending: 0 },
      CONCLUSION_NOTICE: { onTime: 1, late: 0, missed: 0, pending: 0 },
    },
    findingsByArea: [
      { area: 'A1', counts: { achievement: 1, shortcoming: 0, violation: 0 } },
      { area: 'A7', counts: { achievement: 0, shortcoming: 1, violation: 1 } },
    ],
    findingsByKind: { achievement: 1, shortcoming: 1, violation: 1 },
    violationsBySeverity: { minor: 1, serious: 0, very_serious: 0 },
    recommendations: { ...zeroRecs, total: 1, byStatus: { ...zeroRecs.byStatus, open: 1 } },
    units: [
      {
        unitName: 'Sở Công Thương',
        inspected: true,
        findingsByKind: { achievement: 1, shortcoming: 1, violation: 1 },
        recommendations: { ...zeroRecs, total: 1, byStatus: { ...zeroRecs.byStatus, open: 1 } },
      },
      {
        unitName: 'Cục Hải quan Bình Định',
        inspected: false,
        findingsByKind: zeroKinds,
        recommendations: zeroRecs,
      },
    ],
  },
  findings: [
    {
      unitName: 'Sở Công Thương',
      area: 'A1',
      kind: 'achievement',
      description: 'Ban hành kịp thời Kế hoạch CCHC năm 2024',
    },
    {
      unitName: 'Sở Công Thương',
      area: 'A7',
      kind: 'shortcoming',
      description: 'Tỷ lệ hồ sơ trực tuyến toàn trình còn thấp',
      responsible: ['Văn phòng Sở'],
    },
    {
      unitName: 'Sở Công Thương',
      area: 'A7',
      kind: 'violation',
      severity: 'minor',
      description: 'Chưa cập nhật công khai thủ tục hành chính trên Trang thông tin điện tử',
      responsible: ['Ông Lê Văn Tín, Chánh Văn phòng'],
    },
  ],
  recommendations: [
    {
      unitName: 'Sở Công Thương',
      action: 'Rà soát, công khai đầy đủ thủ tục hành chính trên Trang thông tin điện tử',
      dueDate: '2024-06-30',
      stateLabel: 'Chưa báo cáo khắc phục',
      overdue: true,
    },
  ],
  assessment: ['Các cơ quan, đơn vị cơ bản thực hiện nghiêm túc các nhiệm vụ CCHC.'],
  proposals: ['Chỉ đạo các cơ quan, đơn vị khắc phục tồn tại, hạn chế đã được chỉ ra.'],
});

export const planWorkbookSample = (): PlanWorkbookInput => ({
  plan: {
    title: 'Kế hoạch kiểm tra công tác cải cách hành chính tỉnh Bình Định năm 2024',
    decision: 'Quyết định ngày 01/04/2024 của Chủ tịch UBND tỉnh',
    windowStart: '2024-04-01',
    windowEnd: '2024-09-30',
    expectedTargetCount: 22,
    actualTargetCount: 2,
    statusLabel: 'Đã ban hành',
  },
  asOf: '2024-10-01',
  targets: [
    {
      unitName: 'UBND huyện Tây Sơn',
      kindLabel: 'Kiểm tra toàn diện',
      groupLabel: 'Khối Ủy ban nhân dân cấp huyện',
      teamName: 'Đoàn kiểm tra công tác cải cách hành chính tỉnh Bình Định năm 2024',
      visits: [
        {
          unitName: 'UBND huyện Tây Sơn',
          dates: ['2024-06-04'],
          place: 'Trụ sở',
          statusLabel: 'Đã thông báo',
        },
        {
          unitName: 'UBND xã Bình Tường',
          dates: ['2024-06-05'],
          place: 'Trụ sở',
          statusLabel: 'Đã thông báo',
        },
      ],
    },
  ],
  deadlines: [
    {
      unitName: 'UBND huyện Tây Sơn',
      label: 'Thông báo lịch kiểm tra',
      dueDate: '2024-05-21',
      stateLabel: 'Đúng hạn',
      doneOn: '2024-05-20',
    },
  ],
  findings: [
    { unitName: 'UBND huyện Tây Sơn', area: 'A3', kind: 'shortcoming', description: 'Hồ sơ trễ hẹn' },
    {
      unitName: 'UBND huyện Tây Sơn',
      area: 'A7',
      kind: 'violation',
      severity: 'serious',
      description: 'Chưa số hóa',
    },
  ],
  recommendations: [
    {
      unitName: 'UBND huyện Tây Sơn',
      action: 'Số hóa kết quả giải quyết TTHC',
      responsible: 'Văn phòng HĐND và UBND huyện',
      dueDate: '2024-09-30',
      status: 'open',
      overdue: true,
    },
  ],
});
