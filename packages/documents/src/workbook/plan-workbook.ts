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

export const planWorkbookSchema = z.object({
  plan: z.object({
    title: requiredText('Hãy nhập tên kế hoạch.'),
    decision: z.string().trim().default(''),
    windowStart: isoDateSchema,
    windowEnd: isoDateSchema,
    expectedTargetCount: z.number().int().min(0).nullable().default(null),
    /** The targets counted as the plan page counts them (planTargetCount): communes included. */
    actualTargetCount: z.number().int().min(0).optional(),
    targetCountMessage: z.string().trim().default(''),
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
      /** Past due and not done: the row is filled. */
      overdue: z.boolean().default(false),
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
const DATE_FORMAT = 'dd/mm/yyyy';
const THIN = { style: 'thin' as const, color: { argb: 'FF000000' } };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };
/** The fill of an overdue row: a light red that prints legibly in black and white. */
const OVERDUE_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF8CBAD' } };

/** A date cell's value: the day itself (Excel serial), shown dd/mm/yyyy, sortable and filterable. */
const asDate = (iso: string | null | undefined): Date | '' => (iso ? new Date(`${iso}T00:00:00Z`) : '');

function sheet(
  book: ExcelJS.Workbook,
  name: string,
  headers: { header: string; width: number; date?: boolean }[],
): ExcelJS.Worksheet {
  // A4 landscape, every column on the page's width, the header row printed on every page.
  const ws = book.addWorksheet(name, {
    views: [{ state: 'frozen', ySplit: 1 }],
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '1:1',
      margins: { left: 0.5, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
    headerFooter: { oddFooter: 'Trang &P/&N' },
  });
  ws.columns = headers.map((h) => ({
    header: h.header,
    width: h.width,
    ...(h.date ? { style: { numFmt: DATE_FORMAT } } : {}),
  }));
  const head = ws.getRow(1);
  head.font = { ...FONT, bold: true };
  head.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  return ws;
}

function finish(ws: ExcelJS.Worksheet, overdueRows: ReadonlySet<number> = new Set()): void {
  const columns = ws.columnCount;
  ws.eachRow((row, n) => {
    if (n > 1) {
      row.font = { ...FONT };
      row.alignment = { vertical: 'top', wrapText: true };
    }
    for (let c = 1; c <= columns; c += 1) {
      const cell = row.getCell(c);
      cell.border = BORDER;
      if (cell.value instanceof Date) cell.numFmt = DATE_FORMAT;
      if (overdueRows.has(n)) cell.fill = OVERDUE_FILL;
    }
  });
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns } };
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
  book.creator = 'Sở Nội vụ';
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
    ['Kiểm tra từ ngày', asDate(d.plan.windowStart)],
    ['Kiểm tra đến ngày', asDate(d.plan.windowEnd)],
    ['Số đối tượng dự kiến', d.plan.expectedTargetCount ?? ''],
    ['Số đối tượng thực tế (kể cả cấp xã)', d.plan.actualTargetCount ?? d.targets.length],
    ...(d.plan.targetCountMessage ? [['Đối chiếu', d.plan.targetCountMessage]] : []),
    ['Số cuộc kiểm tra (kể cả cấp xã)', visitCount],
    ['Số liệu tính đến ngày', asDate(d.asOf)],
  ]);
  finish(overview);

  const targets = sheet(book, 'Đối tượng kiểm tra', [
    { header: 'STT', width: 6 },
    { header: 'Đối tượng kiểm tra', width: 40 },
    { header: 'Hình thức', width: 20 },
    { header: 'Nhóm', width: 30 },
    { header: 'Đoàn kiểm tra', width: 40 },
    { header: 'Đơn vị làm việc', width: 40 },
    { header: 'Từ ngày', width: 13, date: true },
    { header: 'Đến ngày', width: 13, date: true },
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
        asDate([...v.dates].sort()[0]),
        asDate([...v.dates].sort().at(-1)),
        v.place,
        v.statusLabel,
      ]);
    }
  });
  finish(targets);

  const deadlines = sheet(book, 'Thời hạn', [
    { header: 'Đơn vị', width: 40 },
    { header: 'Thời hạn', width: 36 },
    { header: 'Hạn chót', width: 14, date: true },
    { header: 'Ngày thực hiện', width: 16, date: true },
    { header: 'Trạng thái', width: 40 },
  ]);
  const overdueDeadlines = new Set<number>();
  for (const x of d.deadlines) {
    const row = deadlines.addRow([x.unitName, x.label, asDate(x.dueDate), asDate(x.doneOn), x.stateLabel]);
    if (x.overdue) overdueDeadlines.add(row.number);
  }
  finish(deadlines, overdueDeadlines);

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
    { header: 'Thời hạn', width: 14, date: true },
    { header: 'Tình trạng', width: 36 },
    { header: 'Quá hạn', width: 10 },
  ]);
  const overdueRecs = new Set<number>();
  for (const r of d.recommendations) {
    const row = recs.addRow([
      r.unitName,
      r.action,
      r.responsible,
      asDate(r.dueDate),
      RECOMMENDATION_STATUS_LABELS[r.status],
      r.overdue ? 'Có' : '',
    ]);
    if (r.overdue) overdueRecs.add(row.number);
  }
  finish(recs, overdueRecs);

  return new Uint8Array(await book.xlsx.writeBuffer());
}
