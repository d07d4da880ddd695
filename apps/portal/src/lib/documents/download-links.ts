/**
 * Where the portal serves each document: /tai-lieu/tai-ve/… forwards to the API's /documents/…
 * with the person's session, so that a plain link downloads the file, with or without JavaScript.
 */
export const DOWNLOAD_PREFIX = '/tai-lieu/tai-ve';

export const documentLinks = {
  teamDecision: (teamId: string) => `${DOWNLOAD_PREFIX}/teams/${teamId}/decision.docx`,
  roundNotice: (teamId: string) => `${DOWNLOAD_PREFIX}/teams/${teamId}/schedule-notice.docx`,
  roundNoticesZip: (teamId: string) => `${DOWNLOAD_PREFIX}/teams/${teamId}/schedule-notices.zip`,
  visitNotice: (inspectionId: string) =>
    `${DOWNLOAD_PREFIX}/inspections/${inspectionId}/schedule-notice.docx`,
  minutes: (inspectionId: string) => `${DOWNLOAD_PREFIX}/inspections/${inspectionId}/minutes.docx`,
  conclusionNotice: (inspectionId: string) =>
    `${DOWNLOAD_PREFIX}/inspections/${inspectionId}/conclusion-notice.docx`,
  summaryReport: (roundId: string) => `${DOWNLOAD_PREFIX}/rounds/${roundId}/summary-report.docx`,
  reportOutline: (planId: string) => `${DOWNLOAD_PREFIX}/plans/${planId}/report-outline.docx`,
  planWorkbook: (planId: string) => `${DOWNLOAD_PREFIX}/plans/${planId}/workbook.xlsx`,
  overviewWorkbook: (scope: { year: number; planId: string | null; by: string }) =>
    scope.planId
      ? `${DOWNLOAD_PREFIX}/plans/${scope.planId}/overview-${scope.by}.xlsx`
      : `${DOWNLOAD_PREFIX}/overview/${scope.year}/${scope.by}.xlsx`,
};

const UUID = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';
const FORWARDABLE = new RegExp(
  `^(teams/${UUID}/(decision\\.docx|schedule-notice\\.docx|schedule-notices\\.zip)|inspections/${UUID}/(schedule-notice|minutes|conclusion-notice)\\.docx|rounds/${UUID}/summary-report\\.docx|plans/${UUID}/(report-outline\\.docx|workbook\\.xlsx|overview-(unit|team|group)\\.xlsx)|overview/\\d{4}/(unit|team|group)\\.xlsx)$`,
);

/**
 * The API path a download address forwards to, or null when the address names no document: the
 * portal forwards only these, never an arbitrary path.
 * @example apiDocumentPath('teams/…/decision.docx') // '/documents/teams/…/decision.docx'
 */
export function apiDocumentPath(path: string): string | null {
  return FORWARDABLE.test(path) ? `/documents/${path}` : null;
}
