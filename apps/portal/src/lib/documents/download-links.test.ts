import { describe, expect, it } from 'vitest';
import { apiDocumentPath, documentLinks } from './download-links';

const id = '0b8f5a0e-2c1d-4e5f-8a9b-0c1d2e3f4a5b';

describe('download addresses', () => {
  it('forward each document address to the API path of the same document', () => {
    for (const link of [
      documentLinks.teamDecision(id),
      documentLinks.roundNotice(id),
      documentLinks.roundNoticesZip(id),
      documentLinks.visitNotice(id),
      documentLinks.minutes(id),
      documentLinks.conclusionNotice(id),
      documentLinks.summaryReport(id),
      documentLinks.reportOutline(id),
      documentLinks.planWorkbook(id),
      documentLinks.overviewWorkbook({ year: 2024, planId: null, by: 'team' }),
      documentLinks.overviewWorkbook({ year: 2024, planId: id, by: 'unit' }),
    ]) {
      const path = link.replace('/tai-lieu/tai-ve/', '');
      expect(apiDocumentPath(path)).toBe(`/documents/${path}`);
    }
  });

  it('refuse any other path, so the portal forwards nothing else to the API', () => {
    expect(apiDocumentPath('../trpc/auth.me')).toBeNull();
    expect(apiDocumentPath(`teams/${id}/decision.pdf`)).toBeNull();
    expect(apiDocumentPath(`plans/${id}/workbook.xlsx/extra`)).toBeNull();
    expect(apiDocumentPath('teams/abc/decision.docx')).toBeNull();
    expect(apiDocumentPath(`inspections/${id}/minutes-notice.docx`)).toBeNull();
    expect(apiDocumentPath('overview/2024/anything.xlsx')).toBeNull();
  });
});
