import {
  FINDING_AREA_LABELS,
  FINDING_KIND_LABELS,
  FINDING_KINDS,
  findingAreaSchema,
  RECOMMENDATION_STATUS_LABELS,
  RECOMMENDATION_STATUSES,
  VIOLATION_SEVERITIES,
  VIOLATION_SEVERITY_LABELS,
  z,
} from '@kiemtra/domain';
import ExcelJS from 'exceljs';
import { isoDateSchema, requiredText } from '../layout/frame-schema.js';
import { shortDate } from '../layout/vietnamese-dates.js';

export const planWorkbookSchema = z.object({
  plan: z.object({
    title: requiredText('Hãy nhập tên kế hoạch.'),
    decision: z.string().trim().default(''),
    windowStart: isoDateSchema,
    windowEnd: isoDateSchema,
    expectedTargetCount: z.number().int().min(0).nullable().default(null),
    statusLabel: z.string().trim().default(''),
  }),
  /** The day the workbook reflects, for the deadline states. */
  asOf: isoDateSchema,
  targets: z.array(
    z.object({
      unitName: requiredText('Thiếu tên đối tượng kiểm tra.'),
      kindLabel: z.string().trim().default(''),
      groupLabel: z.string().trim().default(''),
      teamName: z.string().trim().default(''),
      visits: z.array(
        z.object({
          unitName: requiredText('Thiếu tên đơn vị được kiểm tra.'),
          dates: z.array(isoDateSchema),
          place: z.string().trim().default(''),
          statusLabel: z.string().trim().default(''),
        }),
      ),
    }),
  ),
  /** Every deadline of every visit, as inspectionDeadlines computed it. */
  deadlines: z.array(
    z.object({
      unitName: requiredText('Thiếu tên đơn vị.'),
      label: requiredText('Thiếu tên thời hạn.'),
      dueDate: isoDateSchema,
      stateLabel: requiredText('Thiếu trạng thái thời hạn.'),
      doneOn: isoDateSchema.nullable().default(null),
    }),
  ),
  findings: z.array(
    z.object({
      unitName: requiredText('Thiếu tên đơn vị.'),
      area: findingAreaSchema,
      kind: z.enum(FINDING_KINDS),
      severity: z.enum(VIOLATION_SEVERITIES).optional(),
      description: requiredText('Thiếu nội dung phát hiện.'),
    }),
  ),
  recommendations: z.array(
    z.object({
      unitName: requiredText('Thiếu tên đơn vị.'),
      action: requiredText('Thiếu nội dung kiến nghị.'),
      responsible: z.string().trim().default(''),
      dueDate: isoDateSchema.nullable().default(null),
      status: z.enum(RECOMMENDATION_STATUSES),
      overdue: z.boolean().default(false),
    }),
  ),
});
export type PlanWorkbookInput = z.input<typeof planWorkbookSchema>;

const FONT = { name: 'Times New Roman', size: 12 } as const;

function sheet(
  book: ExcelJS.Workbook,
  name: string,
  headers: { header: string; width: number }[],
): ExcelJS.Worksheet {
  const ws = book.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = headers.map((h) => ({ header: h.header, width: h.width }));
  const head = ws.getRow(1);
  head.font = { ...FONT, bold: true };
  head.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  return ws;
}

function finish(ws: ExcelJS.Worksheet): void {
  ws.eachRow((row, n) => {
    if (n > 1) {
      row.font = { ...FONT };
      row.alignment = { vertical: 'top', wrapText: true };
    }
  });
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: ws.columnCount } };
}

/**
 * An Excel workbook of a plan's state: the plan, its targets and visits with their dates, every
 * deadline and its state, findings by kind (counts per unit and the list), recommendations and
 * their state. Dates read dd/mm/yyyy.
 * @example await planWorkbookXlsx({ plan, asOf: '2024-10-01', targets, deadlines, findings, recommendations })
 */
export async function planWorkbookXlsx(input: PlanWorkbookInput): Promise<Uint8Array> {
  const d = planWorkbookSchema.parse(input);
  const book = new ExcelJS.Workbook();
  book.creator = 'kiemtra';
  book.title = d.plan.title;

  const overview = sheet(book, 'Kế hoạch', [
    { header: 'Nội dung', width: 40 },
    { header: 'Giá trị', width: 80 },
  ]);
  const visitCount = d.targets.reduce((n, t) => n + t.visits.length, 0);
  overview.addRows([
    ['Kế hoạch', d.plan.title],
    ['Quyết định ban hành', d.plan.decision],
    ['Trạng thái', d.plan.statusLabel],
    ['Thời gian kiểm tra', `${shortDate(d.plan.windowStart)} – ${shortDate(d.plan.windowEnd)}`],
    ['Số đối tượng dự kiến', d.plan.expectedTargetCount ?? ''],
    ['Số đối tượng thực tế', d.targets.length],
    ['Số cuộc kiểm tra (kể cả cấp xã)', visitCount],
    ['Số liệu tính đến ngày', shortDate(d.asOf)],
  ]);
  finish(overview);

  const targets = sheet(book, 'Đối tượng kiểm tra', [
    { header: 'STT', width: 6 },
    { header: 'Đối tượng kiểm tra', width: 40 },
    { header: 'Hình thức', width: 20 },
    { header: 'Nhóm', width: 30 },
    { header: 'Đoàn kiểm tra', width: 40 },
    { header: 'Đơn vị làm việc', width: 40 },
    { header: 'Ngày kiểm tra', width: 24 },
    { header: 'Địa điểm', width: 40 },
    { header: 'Trạng thái', width: 20 },
  ]);
  d.targets.forEach((t, i) => {
    const visits =
      t.visits.length > 0 ? t.visits : [{ unitName: t.unitName, dates: [], place: '', statusLabel: '' }];
    for (const v of visits) {
      targets.addRow([
        i + 1,
        t.unitName,
        t.kindLabel,
        t.groupLabel,
        t.teamName,
        v.unitName,
        v.dates.map(shortDate).join(', '),
        v.place,
        v.statusLabel,
      ]);
    }
  });
  finish(targets);

  const deadlines = sheet(book, 'Thời hạn', [
    { header: 'Đơn vị', width: 40 },
    { header: 'Thời hạn', width: 36 },
    { header: 'Hạn chót', width: 14 },
    { header: 'Ngày thực hiện', width: 16 },
    { header: 'Trạng thái', width: 40 },
  ]);
  for (const x of d.deadlines) {
    deadlines.addRow([
      x.unitName,
      x.label,
      shortDate(x.dueDate),
      x.doneOn ? shortDate(x.doneOn) : '',
      x.stateLabel,
    ]);
  }
  finish(deadlines);

  const byKind = sheet(book, 'Phát hiện theo loại', [
    { header: 'Đơn vị', width: 40 },
    ...FINDING_KINDS.map((k) => ({ header: FINDING_KIND_LABELS[k], width: 18 })),
    ...VIOLATION_SEVERITIES.map((s) => ({
      header: `Vi phạm ${VIOLATION_SEVERITY_LABELS[s].toLowerCase()}`,
      width: 18,
    })),
  ]);
  const units = [...new Set(d.findings.map((f) => f.unitName))];
  for (const unit of units) {
    const of = d.findings.filter((f) => f.unitName === unit);
    byKind.addRow([
      unit,
      ...FINDING_KINDS.map((k) => of.filter((f) => f.kind === k).length),
      ...VIOLATION_SEVERITIES.map((s) => of.filter((f) => f.kind === 'violation' && f.severity === s).length),
    ]);
  }
  byKind.addRow([
    'Tổng cộng',
    ...FINDING_KINDS.map((k) => d.findings.filter((f) => f.kind === k).length),
    ...VIOLATION_SEVERITIES.map(
      (s) => d.findings.filter((f) => f.kind === 'violation' && f.severity === s).length,
    ),
  ]);
  finish(byKind);
  byKind.lastRow?.eachCell((c) => {
    c.font = { ...FONT, bold: true };
  });

  const findings = sheet(book, 'Danh sách phát hiện', [
    { header: 'Đơn vị', width: 36 },
    { header: 'Lĩnh vực', width: 40 },
    { header: 'Loại', width: 18 },
    { header: 'Mức độ', width: 18 },
    { header: 'Nội dung', width: 80 },
  ]);
  for (const f of d.findings) {
    findings.addRow([
      f.unitName,
      FINDING_AREA_LABELS[f.area],
      FINDING_KIND_LABELS[f.kind],
      f.severity ? VIOLATION_SEVERITY_LABELS[f.severity] : '',
      f.description,
    ]);
  }
  finish(findings);

  const recs = sheet(book, 'Kiến nghị', [
    { header: 'Đơn vị', width: 36 },
    { header: 'Nội dung kiến nghị', width: 70 },
    { header: 'Trách nhiệm thực hiện', width: 30 },
    { header: 'Thời hạn', width: 14 },
    { header: 'Tình trạng', width: 36 },
    { header: 'Quá hạn', width: 10 },
  ]);
  for (const r of d.recommendations) {
    recs.addRow([
      r.unitName,
      r.action,
      r.responsible,
      r.dueDate ? shortDate(r.dueDate) : '',
      RECOMMENDATION_STATUS_LABELS[r.status],
      r.overdue ? 'Có' : '',
    ]);
  }
  finish(recs);

  return new Uint8Array(await book.xlsx.writeBuffer());
}
