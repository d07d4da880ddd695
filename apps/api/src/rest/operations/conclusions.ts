import { inspectionByIdInput, TEAM_WORK_PUBLISHED_STATUSES } from '@kiemtra/domain';
import { z } from 'zod';
import { defineOperation } from '../operation.js';

const findingSchema = z.object({
  id: z.uuid(),
  area: z.string(),
  areaLabel: z.string(),
  kind: z.string().meta({ description: 'Loại phát hiện: ưu điểm, hạn chế, vi phạm…' }),
  kindLabel: z.string(),
  severity: z.string().nullable(),
  severityLabel: z.string().nullable(),
  description: z.string(),
});

const recommendationSchema = z.object({
  id: z.uuid(),
  action: z.string().meta({ description: 'Nội dung kiến nghị.' }),
  responsible: z.string().meta({ description: 'Đơn vị, người có trách nhiệm thực hiện.' }),
  dueDate: z.string().nullable(),
  status: z.string(),
  statusLabel: z.string().meta({ description: 'Trạng thái của kiến nghị (đang thực hiện, đã hoàn thành…).' }),
  overdue: z.boolean(),
  overdueLabel: z.string().nullable(),
  doneOn: z.string().nullable(),
  findingIds: z.array(z.uuid()),
});

const conclusionSchema = z
  .object({
    inspectionId: z.uuid(),
    inspectionStatus: z.string(),
    inspectionStatusLabel: z.string(),
    issued: z.boolean().meta({ description: 'Thông báo kết luận kiểm tra đã ban hành.' }),
    notice: z
      .object({ number: z.string(), date: z.string(), issuedByName: z.string().nullable() })
      .nullable()
      .meta({ description: 'Số, ngày của Thông báo kết luận kiểm tra; null khi chưa ban hành.' }),
    generalAssessment: z.string().meta({ description: 'Nhận xét, đánh giá chung (HTML).' }),
    findings: z.array(findingSchema),
    recommendations: z.array(recommendationSchema),
  })
  .meta({ id: 'Conclusion', description: 'Kết luận kiểm tra: phát hiện, kiến nghị và trạng thái.' });

export const getConclusion = defineOperation({
  operationId: 'getConclusion',
  method: 'get',
  path: '/inspections/{inspectionId}/conclusion',
  tag: 'Kết luận kiểm tra',
  summary: 'Kết luận, phát hiện và kiến nghị của một cuộc kiểm tra với trạng thái',
  description:
    'Kết luận của Đoàn kiểm tra: số, ngày Thông báo kết luận, các phát hiện (ưu điểm, hạn chế, vi phạm) và các kiến nghị với trạng thái thực hiện, quá hạn hay không. Trước khi ban hành, chỉ hệ thống có quyền results:read mới thấy phát hiện, kiến nghị.',
  scopes: ['inspections:read'],
  params: inspectionByIdInput,
  output: conclusionSchema,
  async run(call, { params }) {
    const view = await call.conclusions.get({ inspectionId: params.inspectionId });
    return {
      inspectionId: view.inspection.id,
      inspectionStatus: view.inspection.status,
      inspectionStatusLabel: view.inspection.statusLabel,
      issued: (TEAM_WORK_PUBLISHED_STATUSES as readonly string[]).includes(view.inspection.status),
      notice: view.notice
        ? {
            number: view.notice.number,
            date: view.notice.date,
            issuedByName: view.notice.issuedByName ?? null,
          }
        : null,
      generalAssessment: view.generalAssessment,
      findings: view.findings.map((f) => ({
        id: f.id,
        area: f.area,
        areaLabel: f.areaLabel,
        kind: f.kind,
        kindLabel: f.kindLabel,
        severity: f.severity,
        severityLabel: f.severityLabel,
        description: f.description,
      })),
      recommendations: view.recommendations.map((r) => ({
        id: r.id,
        action: r.action,
        responsible: r.responsible,
        dueDate: r.dueDate,
        status: r.status,
        statusLabel: r.statusLabel,
        overdue: r.overdue,
        overdueLabel: r.overdueLabel,
        doneOn: r.doneOn,
        findingIds: r.findingIds,
      })),
    };
  },
  examples: {
    params: { inspectionId: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d' },
    response: {
      inspectionId: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
      inspectionStatus: 'concluded',
      inspectionStatusLabel: 'Đã thông báo kết luận',
      issued: true,
      notice: { number: '45/TB-ĐKT', date: '2024-06-10', issuedByName: 'Nguyễn Văn An' },
      generalAssessment: '<p>Đơn vị thực hiện tốt công tác cải cách thủ tục hành chính.</p>',
      findings: [
        {
          id: '1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e',
          area: 'administrative_procedures',
          areaLabel: 'Cải cách thủ tục hành chính',
          kind: 'limitation',
          kindLabel: 'Hạn chế',
          severity: null,
          severityLabel: null,
          description: '<p>Còn 12 hồ sơ giải quyết quá hạn chưa có thư xin lỗi.</p>',
        },
      ],
      recommendations: [
        {
          id: '2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f',
          action: 'Gửi thư xin lỗi đối với các hồ sơ giải quyết quá hạn.',
          responsible: 'Sở Công Thương',
          dueDate: '2024-07-10',
          status: 'in_progress',
          statusLabel: 'Đang thực hiện',
          overdue: false,
          overdueLabel: null,
          doneOn: null,
          findingIds: ['1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e'],
        },
      ],
    },
  },
});
