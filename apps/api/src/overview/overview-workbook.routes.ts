import { safeFileName, tablesWorkbookXlsx } from '@kiemtra/documents';
import { OVERVIEW_DIMENSIONS, z } from '@kiemtra/domain';
import type { FastifyInstance } from 'fastify';
import { downloadActor, parseParams, sendFailure, sendFile, uuidParam } from '../documents/document-http.js';
import type { AppDeps } from '../trpc/context.js';
import { authorize } from '../trpc/init.js';
import { toOverviewDto } from './overview.dto.js';
import { overviewSheets } from './overview-sheets.js';
import { programmeOverview } from './programme-overview.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const by = z.enum(OVERVIEW_DIMENSIONS, { error: 'Cách nhóm không hợp lệ.' });
const yearParams = z.object({
  year: z.coerce
    .number()
    .int()
    .min(2000, 'Năm phải từ 2000 đến 2100.')
    .max(2100, 'Năm phải từ 2000 đến 2100.'),
  by,
});
const planParams = z.object({ planId: uuidParam('kế hoạch'), by });

/** The leadership view of a year or a plan as an Excel workbook: what the page shows, same numbers. */
export function registerOverviewWorkbookRoutes(app: FastifyInstance, deps: AppDeps): void {
  const send = async (
    actor: Awaited<ReturnType<typeof downloadActor>>,
    input: { year?: number; planId?: string; by: (typeof OVERVIEW_DIMENSIONS)[number] },
    reply: Parameters<typeof sendFile>[0],
  ) => {
    authorize(actor, 'results.read', { tenantId: actor.tenantId });
    const o = toOverviewDto(await programmeOverview(deps, actor, input));
    const scope = o.planId ? (o.plans.find((p) => p.id === o.planId)?.title ?? 'Kế hoạch') : `năm ${o.year}`;
    const title = `Tổng quan tình hình kiểm tra CCHC ${scope}`;
    return sendFile(reply, {
      name: safeFileName(title, 'xlsx'),
      mime: XLSX,
      bytes: await tablesWorkbookXlsx(title, overviewSheets(o)),
    });
  };
  app.get('/documents/overview/:year/:by.xlsx', async (req, reply) => {
    try {
      const params = parseParams(yearParams, req.params);
      return await send(await downloadActor(deps, req), params, reply);
    } catch (error) {
      return sendFailure(reply, error);
    }
  });
  app.get('/documents/plans/:planId/overview-:by.xlsx', async (req, reply) => {
    try {
      const params = parseParams(planParams, req.params);
      return await send(await downloadActor(deps, req), params, reply);
    } catch (error) {
      return sendFailure(reply, error);
    }
  });
}
