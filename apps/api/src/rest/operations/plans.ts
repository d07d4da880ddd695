import { planByIdInput } from '@kiemtra/domain';
import { z } from 'zod';
import { restDeadline } from '../deadline-view.js';
import { defineOperation } from '../operation.js';
import { pageOf, pageQuery, paginate } from '../paginate.js';
import { inspectionSchema, planSummarySchema } from '../schemas.js';

export const EXAMPLE_PLAN_ID = '3f1c9a57-2d7e-4b8a-9c1e-5a6b7c8d9e01';
const EXAMPLE_SUMMARY = {
  id: EXAMPLE_PLAN_ID,
  year: 2024,
  title: 'Kế hoạch kiểm tra công tác cải cách hành chính năm 2024',
  status: 'published',
  decisionNumber: '125/KH-UBND',
  decisionDate: '2024-01-15',
  windowStart: '2024-03-01',
  windowEnd: '2024-11-30',
  ownerOrgUnitName: 'Sở Nội vụ',
};

export const listPlans = defineOperation({
  operationId: 'listPlans',
  method: 'get',
  path: '/plans',
  tag: 'Kế hoạch kiểm tra',
  summary: 'Các kế hoạch kiểm tra đã ban hành',
  description: 'Các kế hoạch kiểm tra công tác cải cách hành chính đã ban hành của tỉnh, năm mới nhất trước.',
  scopes: ['plans:read'],
  query: z.object(pageQuery),
  output: pageOf(planSummarySchema),
  async run(call, { query }) {
    const plans = (await call.plans.list()).map((p) => ({
      id: p.id,
      year: p.year,
      title: p.title,
      status: p.status,
      decisionNumber: p.decisionNumber,
      decisionDate: p.decisionDate,
      windowStart: p.windowStart,
      windowEnd: p.windowEnd,
      ownerOrgUnitName: p.ownerOrgUnitName,
    }));
    return paginate(plans, (p) => p.id, query);
  },
  examples: { query: { limit: 20 }, response: { items: [EXAMPLE_SUMMARY], nextCursor: null } },
});

const targetSchema = z.object({
  id: z.uuid(),
  orgUnitId: z.uuid(),
  orgUnitName: z.string(),
  group: z.string(),
  groupLabel: z.string(),
  inspectionKind: z.string(),
  inspectionKindLabel: z.string(),
  teamId: z.uuid().nullable(),
  teamName: z.string().nullable(),
  inspections: z.array(inspectionSchema),
});

const teamSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  leadAgencyName: z.string(),
  decisionNumber: z.string().nullable(),
  decisionDate: z.string().nullable(),
  members: z.array(
    z.object({
      fullName: z.string(),
      position: z.string().nullable(),
      agencyName: z.string(),
      role: z.string(),
      roleLabel: z.string(),
    }),
  ),
});

const planDetailSchema = planSummarySchema
  .extend({ targets: z.array(targetSchema), teams: z.array(teamSchema) })
  .meta({
    id: 'Plan',
    description: 'Một kế hoạch kiểm tra với các đối tượng kiểm tra và các Đoàn kiểm tra.',
  });

export const getPlan = defineOperation({
  operationId: 'getPlan',
  method: 'get',
  path: '/plans/{planId}',
  tag: 'Kế hoạch kiểm tra',
  summary: 'Một kế hoạch kiểm tra: đối tượng, Đoàn kiểm tra, các cuộc kiểm tra',
  description:
    'Kế hoạch đã ban hành với từng đối tượng kiểm tra (đơn vị, loại hình, Đoàn phụ trách), các Đoàn kiểm tra với thành viên và các cuộc kiểm tra cùng mọi thời hạn. Các cuộc kiểm tra chỉ có khi hệ thống có thêm quyền inspections:read.',
  scopes: ['plans:read'],
  params: planByIdInput,
  output: planDetailSchema,
  async run(call, { params }) {
    const plan = await call.plans.get({ planId: params.planId });
    return {
      id: plan.id,
      year: plan.year,
      title: plan.title,
      status: plan.status,
      decisionNumber: plan.decision.number,
      decisionDate: plan.decision.date,
      windowStart: plan.window.start,
      windowEnd: plan.window.end,
      ownerOrgUnitName: plan.ownerOrgUnitName,
      targets: plan.targetGroups.flatMap((g) =>
        g.targets.map((t) => ({
          id: t.id,
          orgUnitId: t.orgUnitId,
          orgUnitName: t.orgUnitName,
          group: g.group,
          groupLabel: g.label,
          inspectionKind: t.inspectionKind,
          inspectionKindLabel: t.inspectionKindLabel,
          teamId: t.teamId,
          teamName: t.teamName,
          inspections: t.inspections.map((i) => ({
            id: i.id,
            planId: i.planId,
            planTitle: i.planTitle,
            orgUnitId: i.orgUnitId,
            orgUnitName: i.orgUnitName,
            teamName: i.teamName,
            form: i.form,
            formLabel: i.formLabel,
            status: i.status,
            statusLabel: i.statusLabel,
            startDate: i.startDate,
            endDate: i.endDate,
            deadlines: i.deadlines.map(restDeadline),
          })),
        })),
      ),
      teams: plan.teams.map((t) => ({
        id: t.id,
        name: t.name,
        leadAgencyName: t.leadAgencyName,
        decisionNumber: t.decisionNumber,
        decisionDate: t.decisionDate,
        members: t.members.map((m) => ({
          fullName: m.fullName,
          position: m.position,
          agencyName: m.agencyName,
          role: m.role,
          roleLabel: m.roleLabel,
        })),
      })),
    };
  },
  examples: {
    params: { planId: EXAMPLE_PLAN_ID },
    response: {
      ...EXAMPLE_SUMMARY,
      targets: [
        {
          id: '0d9b1e2a-3c4d-4e5f-8a9b-0c1d2e3f4a5b',
          orgUnitId: '7b0a3c52-6a51-4a8e-9a55-0c8f1b0e2a11',
          orgUnitName: 'Sở Công Thương',
          group: 'department',
          groupLabel: 'Sở, ban, ngành',
          inspectionKind: 'department',
          inspectionKindLabel: 'Sở, ban, ngành',
          teamId: '5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9',
          teamName: 'Đoàn kiểm tra số 1',
          inspections: [],
        },
      ],
      teams: [
        {
          id: '5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9',
          name: 'Đoàn kiểm tra số 1',
          leadAgencyName: 'Sở Nội vụ',
          decisionNumber: '210/QĐ-SNV',
          decisionDate: '2024-02-20',
          members: [
            {
              fullName: 'Nguyễn Văn An',
              position: 'Phó Giám đốc Sở Nội vụ',
              agencyName: 'Sở Nội vụ',
              role: 'leader',
              roleLabel: 'Trưởng đoàn',
            },
          ],
        },
      ],
    },
  },
});
