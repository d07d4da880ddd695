import { inspectionByIdInput, inspectionListInput } from '@kiemtra/domain';
import { restDeadline } from '../deadline-view.js';
import { defineOperation } from '../operation.js';
import { pageOf } from '../paginate.js';
import { inspectionSchema } from '../schemas.js';
import { EXAMPLE_PLAN_ID } from './plans.js';

const EXAMPLE_INSPECTION = {
  id: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
  planId: EXAMPLE_PLAN_ID,
  planTitle: 'Kế hoạch kiểm tra công tác cải cách hành chính năm 2024',
  orgUnitId: '7b0a3c52-6a51-4a8e-9a55-0c8f1b0e2a11',
  orgUnitName: 'Sở Công Thương',
  teamName: 'Đoàn kiểm tra số 1',
  form: 'direct',
  formLabel: 'Kiểm tra trực tiếp',
  status: 'notified',
  statusLabel: 'Đã thông báo lịch',
  startDate: '2024-05-20',
  endDate: '2024-05-21',
  deadlines: [
    {
      code: 'UNIT_REPORT',
      key: 'unit_report',
      label: 'Đơn vị gửi báo cáo',
      dueDate: '2024-05-13',
      doneOn: null,
      state: { kind: 'due_in', workingDays: 3 },
      stateLabel: 'Còn 3 ngày làm việc',
      provisional: false,
    },
  ],
};

type Row = {
  id: string;
  planId: string;
  planTitle: string;
  orgUnitId: string;
  orgUnitName: string;
  teamName: string | null;
  form: string;
  formLabel: string;
  status: string;
  statusLabel: string;
  startDate: string | null;
  endDate: string | null;
};
const view = (i: Row, deadlines: Parameters<typeof restDeadline>[0][]) => ({
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
  deadlines: deadlines.map(restDeadline),
});

export const listInspections = defineOperation({
  operationId: 'listInspections',
  method: 'get',
  path: '/inspections',
  tag: 'Cuộc kiểm tra',
  summary: 'Các cuộc kiểm tra với mọi thời hạn',
  description:
    'Các cuộc kiểm tra của một kế hoạch (`planId`), của các kế hoạch một năm (`year`) hoặc của các kế hoạch đang thực hiện (mặc định), mỗi cuộc với mọi thời hạn và trạng thái của nó hôm nay.',
  scopes: ['inspections:read'],
  query: inspectionListInput.unwrap().pick({ planId: true, year: true, cursor: true, limit: true }),
  output: pageOf(inspectionSchema),
  async run(call, { query }) {
    const page = await call.inspections.list(query);
    return { items: page.items.map((i) => view(i, i.deadlines)), nextCursor: page.nextCursor ?? null };
  },
  examples: {
    query: { planId: EXAMPLE_PLAN_ID, limit: 50 },
    response: { items: [EXAMPLE_INSPECTION], nextCursor: null },
  },
});

export const getInspection = defineOperation({
  operationId: 'getInspection',
  method: 'get',
  path: '/inspections/{inspectionId}',
  tag: 'Cuộc kiểm tra',
  summary: 'Một cuộc kiểm tra với mọi thời hạn',
  description: 'Cuộc kiểm tra với mọi thời hạn (hạn, ngày đã làm, trạng thái hôm nay).',
  scopes: ['inspections:read'],
  params: inspectionByIdInput,
  output: inspectionSchema,
  async run(call, { params }) {
    const { inspection, deadlines } = await call.inspections.deadlines({ inspectionId: params.inspectionId });
    return view(inspection, deadlines);
  },
  examples: { params: { inspectionId: EXAMPLE_INSPECTION.id }, response: EXAMPLE_INSPECTION },
});
