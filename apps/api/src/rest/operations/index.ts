import type { RestOperation } from '../operation.js';
import { getConclusion } from './conclusions.js';
import { downloadConclusionNotice } from './documents.js';
import { pushFigures } from './figures.js';
import { getInspection, listInspections } from './inspections.js';
import { getReportOutline } from './outline.js';
import { getPlan, listPlans } from './plans.js';
import { getPlanResults } from './results.js';
import { listUnits } from './units.js';

/** Every operation of /api/v1, in the document's order. */
export const REST_OPERATIONS: readonly RestOperation[] = [
  listUnits,
  listPlans,
  getPlan,
  listInspections,
  getInspection,
  getReportOutline,
  pushFigures,
  getConclusion,
  downloadConclusionNotice,
  getPlanResults,
];
