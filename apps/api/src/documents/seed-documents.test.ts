import { findReportTemplate, findTeam, listVisibleInspections, type PlanForPlanning } from '@kiemtra/db';
import {
  conclusionNoticeDocx,
  documentFindings,
  documentRecommendations,
  documentSummary,
  minutesDocx,
  planWorkbookXlsx,
  reportOutlineDocx,
  scheduleNoticeDocx,
  summaryDetails,
  summaryReportDocx,
  teamDecisionDocx,
  unitReportDocx,
} from '@kiemtra/documents';
import {
  convertWithLibreOffice,
  flat,
  openDocx,
  type PdfReading,
  plausibleConclusion,
} from '@kiemtra/documents/testing';
import {
  assembleSummary,
  parseIsoDate,
  type Recommendation,
  type SummaryInspection,
  toIsoDate,
} from '@kiemtra/domain';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCalendarProvider } from '../calendar/calendar-provider.js';
import { deadlinesOf } from '../calendar/deadlines-of.js';
import { startTestServer, type TestServer } from '../testing/test-server.js';
import { teamVisits } from './document-sources.js';
import { planLetterheads } from './letterhead.js';
import { planWorkbookSource } from './plan-workbook.source.js';
import { reportOutlineSource } from './report-outline.source.js';
import { scheduleNoticeSource } from './schedule-notice.source.js';
import { teamDecisionSource } from './team-decision.source.js';

/**
 * Every document of the process for the 2024 Bình Định seed plan: what is stored (teams, visits,
 * the outline) through the API's sources, what issues 5 and 6 will store (the units' reports,
 * minutes, conclusions, the summary) from plausible data in the domain's shapes. Each is opened as
 * XML, then printed to PDF by LibreOffice.
 */
interface Generated {
  name: string;
  kind: string;
  mustContain: string[];
  bytes: Uint8Array;
}

let server: TestServer;
const generated: Generated[] = [];
let workbook: Uint8Array;
let readings: Map<string, PdfReading>;
let plan: PlanForPlanning;

beforeAll(async () => {
  server = await startTestServer({ clock: { now: () => new Date('2024-10-25T03:00:00Z') } });
  const db = server.database.db;
  const { findPlanForPlanning } = await import('@kiemtra/db');
  const row = await db.selectFrom('plans').select('id').where('year', '=', 2024).executeTakeFirstOrThrow();
  const found = await findPlanForPlanning(db, row.id);
  if (!found) throw new Error('the seed plan is missing');
  plan = found;
  const calendar = await createCalendarProvider().current(db);
  const today = parseIsoDate('2024-10-25');
  const letterheads = await planLetterheads(db, plan);
  const add = (g: Generated) => generated.push(g);

  const summaryInspections: SummaryInspection[] = [];
  for (const t of plan.teams) {
    const team = await findTeam(db, t.id);
    if (!team) throw new Error(`team ${t.id} missing`);
    add({
      name: `qd-${t.id}`,
      kind: 'QUYẾT ĐỊNH',
      mustContain: [team.name, team.decisionNumber ?? ''],
      bytes: await teamDecisionDocx(teamDecisionSource(team, plan, letterheads)),
    });
    const visits = await teamVisits(db, plan, team.id, calendar, today);
    add({
      name: `tb-dot-${t.id}`,
      kind: 'THÔNG BÁO',
      mustContain: visits.map((v) => v.inspection.orgUnitName),
      bytes: await scheduleNoticeDocx(
        scheduleNoticeSource({ plan, team, visits, letterheads, scope: 'round' }),
      ),
    });
    for (const v of visits) {
      add({
        name: `tb-${v.inspection.id}`,
        kind: 'THÔNG BÁO',
        mustContain: [v.inspection.orgUnitName],
        bytes: await scheduleNoticeDocx(
          scheduleNoticeSource({ plan, team, visits: [v], letterheads, scope: 'visit' }),
        ),
      });
    }
  }

  const template = plan.reportTemplateId ? await findReportTemplate(db, plan.reportTemplateId) : null;
  if (!template) throw new Error('the seed plan has no template');
  const visits = await listVisibleInspections(db, {
    tenantId: plan.tenantId,
    visibility: { kind: 'all' },
    planId: plan.id,
  });
  const workbookFindings: Parameters<typeof planWorkbookSource>[0]['findings'] = [];
  const workbookRecommendations: Parameters<typeof planWorkbookSource>[0]['recommendations'] = [];
  for (const [index, target] of plan.targets.entries()) {
    const own = visits.find((v) => v.targetId === target.id && v.orgUnitId === target.orgUnitId);
    const team = target.teamId ? await findTeam(db, target.teamId) : null;
    if (!own || !team) throw new Error(`target ${target.orgUnitName} has no visit or team`);
    const day = own.visitDates[0] ?? plan.windowStart;
    const unit = letterheads.unit(target.orgUnitId);
    const leader = team.members.find((m) => m.role === 'leader');
    const secretary = team.members.find((m) => m.role === 'secretary') ?? leader;
    const outline = reportOutlineSource({ plan, template, letterheads, unitId: target.orgUnitId });
    add({
      name: `dc-${target.id}`,
      kind: 'BÁO CÁO',
      // The issuer as its letterhead prints it (a People's Committee on two lines: the last one).
      mustContain: [unit.body.name.split('\n').at(-1) ?? '', 'KẾT QUẢ ĐẠT ĐƯỢC'],
      bytes: await reportOutlineDocx(outline),
    });
    const leaves = template.items.filter((i) => !template.items.some((c) => c.parentCode === i.code));
    const submitted = toIsoDate(calendar.addWorkingDays(parseIsoDate(day), -6));
    add({
      name: `bc-${target.id}`,
      kind: 'BÁO CÁO',
      mustContain: [`${unit.name} đã triển khai`],
      bytes: await unitReportDocx({
        ...outline,
        frame: {
          ...outline.frame,
          reference: { number: String(100 + index), symbol: outline.frame.reference.symbol },
          date: submitted,
        },
        answers: leaves.map((item, i) => ({
          itemCode: item.code,
          text: `${unit.name} đã triển khai nội dung: ${item.title.slice(0, 90).replace(/[.;,]?\s*\S*$/, '')}.`,
          figures: i % 4 === 0 ? [{ label: 'Số văn bản đã ban hành', value: 3 + i, unit: 'văn bản' }] : [],
        })),
        submittedOn: submitted,
      }),
    });
    add({
      name: `bb-${target.id}`,
      kind: 'BIÊN BẢN',
      mustContain: [`Địa điểm: ${own.place ?? ''}`],
      bytes: await minutesDocx({
        frame: {
          issuer: { parent: letterheads.unit(team.leadAgencyId).name, name: 'ĐOÀN KIỂM TRA CCHC' },
          reference: { number: null, symbol: 'BB-ĐKT' },
          place: letterheads.place,
          date: day,
          recipients: [unit.name, 'Thành viên Đoàn kiểm tra'],
          archive: 'ĐKT',
          signer: { title: 'TRƯỞNG ĐOÀN', name: leader?.fullName ?? '' },
        },
        unitName: unit.name,
        teamName: team.name,
        date: day,
        startTime: '08:00',
        endTime: '11:00',
        place: own.place ?? `Trụ sở ${unit.name}`,
        attendees: [
          ...team.members
            .filter((m) => m.role !== 'press')
            .map((m) => ({
              name: m.fullName,
              position: m.position ?? '',
              organisation: m.agencyName,
              role:
                m.role === 'leader'
                  ? ('team_leader' as const)
                  : m.role === 'secretary'
                    ? ('team_secretary' as const)
                    : ('team_member' as const),
            })),
          {
            name: `Thủ trưởng ${unit.name}`,
            position: '',
            organisation: unit.name,
            role: 'unit_head' as const,
          },
        ],
        agenda: [{ title: 'Báo cáo tình hình thực hiện CCHC', notes: '' }],
        chair: { title: 'Trưởng đoàn', name: leader?.fullName ?? '' },
        secretary: { title: 'Thư ký Đoàn kiểm tra', name: secretary?.fullName ?? '' },
        unitRepresentative: { title: 'Thủ trưởng', name: `Thủ trưởng ${unit.name}` },
      }),
    });
    const concludedOn = calendar.addWorkingDays(parseIsoDate(day), 8);
    const conclusion = plausibleConclusion({ index, thematic: target.kind === 'thematic', concludedOn });
    add({
      name: `kl-${target.id}`,
      kind: 'THÔNG BÁO',
      mustContain: ['TỒN TẠI, HẠN CHẾ, VI PHẠM VÀ TRÁCH NHIỆM', unit.name],
      bytes: await conclusionNoticeDocx({
        frame: {
          issuer: { parent: letterheads.unit(team.leadAgencyId).name, name: 'ĐOÀN KIỂM TRA CCHC' },
          reference: { number: String(20 + index), symbol: 'TB-ĐKT' },
          place: letterheads.place,
          date: toIsoDate(concludedOn),
          recipients: [unit.name, 'UBND tỉnh (b/c)'],
          archive: 'VT, ĐKT',
          signer: { title: 'TRƯỞNG ĐOÀN', name: leader?.fullName ?? '' },
        },
        unitName: unit.name,
        teamName: team.name,
        grounds: [plan.title],
        inspectionDates: own.visitDates,
        findings: documentFindings(conclusion.findings),
        recommendations: documentRecommendations(conclusion.recommendations),
        remediationReportTo: 'Đoàn kiểm tra (qua Sở Nội vụ)',
      }),
    });
    const tracked: Recommendation[] = conclusion.recommendations.map((r) => ({
      ...r,
      state: { status: 'open' },
    }));
    summaryInspections.push({
      id: own.id,
      unit: { id: target.orgUnitId, name: unit.name },
      status: 'concluded',
      dates: own.visitDates.map(parseIsoDate),
      conclusionNoticeSentOn: concludedOn,
      findings: conclusion.findings,
      recommendations: tracked,
    });
    for (const f of conclusion.findings)
      workbookFindings.push({ unitName: unit.name, ...f, description: f.description });
    for (const r of tracked) {
      workbookRecommendations.push({
        unitName: unit.name,
        action: r.action,
        responsible: r.responsible,
        dueDate: r.dueDate === undefined ? null : toIsoDate(r.dueDate),
        status: r.state.status,
        overdue: r.dueDate !== undefined && r.dueDate < today,
      });
    }
  }

  const draft = assembleSummary({
    round: { id: 'nam-2024', inspections: summaryInspections },
    units: plan.targets.map((t) => ({ id: t.orgUnitId, name: t.orgUnitName })),
    rules: plan.deadlineRules,
    calendar,
    today,
  });
  const data = documentSummary(draft);
  add({
    name: 'bc-tong-hop',
    kind: 'BÁO CÁO',
    mustContain: [
      'Kính gửi: Ủy ban nhân dân tỉnh.',
      `Số cơ quan, đơn vị, địa phương đã kiểm tra: ${plan.targets.length} trên tổng số`,
      'KẾT QUẢ KIỂM TRA THEO LĨNH VỰC CẢI CÁCH HÀNH CHÍNH',
      'Trách nhiệm thuộc về',
    ],
    bytes: await summaryReportDocx({
      frame: {
        issuer: { parent: letterheads.provinceLine, name: 'SỞ NỘI VỤ' },
        reference: { number: null, symbol: 'BC-SNV' },
        place: letterheads.place,
        date: null,
        draftYear: 2024,
        recipients: ['UBND tỉnh (b/c)', 'Bộ Nội vụ'],
        archive: 'VT, CCHC',
        signer: { title: 'GIÁM ĐỐC', name: 'Nguyễn Thanh Phong' },
      },
      planTitle: plan.title,
      roundLabel: 'năm 2024',
      expectedTargetCount: plan.expectedTargetCount,
      ...data,
      ...summaryDetails(draft, summaryInspections, today),
    }),
  });

  workbook = await planWorkbookXlsx(
    planWorkbookSource({
      plan,
      visits: visits.map((inspection) => ({
        inspection,
        deadlines: deadlinesOf(
          inspection,
          { rules: plan.deadlineRules, reading: plan.deadlineReading },
          calendar,
          today,
        ),
      })),
      today,
      findings: workbookFindings,
      recommendations: workbookRecommendations,
    }),
  );

  readings = await convertWithLibreOffice(generated.map((g) => ({ name: g.name, bytes: g.bytes })));
}, 600_000);

afterAll(async () => {
  await server?.close();
});

describe('every document of the 2024 seed plan', () => {
  it('covers both teams, every visit and every target with each kind of document', () => {
    const visitCount = generated.filter(
      (g) => g.name.startsWith('tb-') && !g.name.startsWith('tb-dot-'),
    ).length;
    expect(generated.filter((g) => g.name.startsWith('qd-'))).toHaveLength(2);
    expect(visitCount).toBeGreaterThanOrEqual(28);
    for (const prefix of ['dc-', 'bc-', 'bb-', 'kl-']) {
      expect(generated.filter((g) => g.name.startsWith(prefix) && g.name !== 'bc-tong-hop')).toHaveLength(
        plan.targets.length,
      );
    }
  });

  it('opens each DOCX as XML in Times New Roman with its Vietnamese text', () => {
    for (const g of generated) {
      const doc = openDocx(g.bytes);
      expect(doc.document, g.name).toContain('w:ascii="Times New Roman"');
      expect(doc.text, g.name).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
      expect(doc.text, g.name).toContain(g.kind);
      for (const needle of g.mustContain) expect(flat(doc.text), g.name).toContain(flat(needle));
    }
  });

  it('prints each through LibreOffice to A4 pages that keep the text and number pages from the second', () => {
    expect(readings.size).toBe(generated.length);
    for (const g of generated) {
      const pdf = readings.get(g.name);
      expect(pdf, g.name).toBeDefined();
      if (!pdf) continue;
      expect(pdf.pages, g.name).toBeGreaterThanOrEqual(1);
      expect(pdf.pages, g.name).toBeLessThanOrEqual(12);
      const all = flat(pdf.pageTexts.join('\n'));
      expect(all, g.name).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
      expect(all, g.name).toContain('Nơi nhận:');
      for (const needle of g.mustContain) expect(all, g.name).toContain(flat(needle));
      pdf.pageTexts.slice(1).forEach((text, i) => {
        expect(text.trimStart().split('\n')[0]?.trim(), `${g.name} page ${i + 2}`).toBe(String(i + 2));
      });
    }
  });

  it('gives the unit reports more than one page, numbered', () => {
    const reports = generated.filter((g) => g.name.startsWith('bc-') && g.name !== 'bc-tong-hop');
    expect(reports.every((g) => (readings.get(g.name)?.pages ?? 0) >= 2)).toBe(true);
  });

  it("writes the plan's workbook with every target, deadline, finding and recommendation", async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(workbook.buffer as ArrayBuffer);
    const count = (name: string) => (book.getWorksheet(name)?.rowCount ?? 1) - 1;
    expect(count('Thời hạn')).toBeGreaterThanOrEqual(28 * 3);
    expect(count('Danh sách phát hiện')).toBeGreaterThan(plan.targets.length * 4);
    expect(count('Kiến nghị')).toBe(plan.targets.length * 2);
    expect(count('Phát hiện theo loại')).toBe(plan.targets.length + 1);
  });
});
