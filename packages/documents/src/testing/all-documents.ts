import { conclusionNoticeDocx } from '../documents/conclusion-notice.js';
import { minutesDocx } from '../documents/minutes.js';
import { reportOutlineDocx } from '../documents/report-outline.js';
import { scheduleNoticeDocx } from '../documents/schedule-notice.js';
import { summaryReportDocx } from '../documents/summary-report.js';
import { teamDecisionDocx } from '../documents/team-decision.js';
import { unitReportDocx } from '../documents/unit-report.js';
import {
  conclusionNoticeSample,
  minutesSample,
  reportOutlineSample,
  scheduleNoticeSample,
  summaryReportSample,
  teamDecisionSample,
  unitReportSample,
} from './sample-inputs.js';

/** The seven documents of issue 7, each generated from its sample, with the kind line it must print. */
export const SAMPLE_DOCUMENTS: readonly {
  name: string;
  kind: string;
  generate: () => Promise<Uint8Array>;
}[] = [
  {
    name: 'quyet-dinh-thanh-lap-doan',
    kind: 'QUYẾT ĐỊNH',
    generate: () => teamDecisionDocx(teamDecisionSample()),
  },
  {
    name: 'thong-bao-lich-kiem-tra',
    kind: 'THÔNG BÁO',
    generate: () => scheduleNoticeDocx(scheduleNoticeSample()),
  },
  { name: 'de-cuong-bao-cao', kind: 'BÁO CÁO', generate: () => reportOutlineDocx(reportOutlineSample()) },
  { name: 'bao-cao-cua-don-vi', kind: 'BÁO CÁO', generate: () => unitReportDocx(unitReportSample()) },
  { name: 'bien-ban', kind: 'BIÊN BẢN', generate: () => minutesDocx(minutesSample()) },
  {
    name: 'thong-bao-ket-luan',
    kind: 'THÔNG BÁO',
    generate: () => conclusionNoticeDocx(conclusionNoticeSample()),
  },
  { name: 'bao-cao-tong-hop', kind: 'BÁO CÁO', generate: () => summaryReportDocx(summaryReportSample()) },
];
