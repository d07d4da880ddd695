import { conclusionNoticeDocx } from '../documents/conclusion-notice.js';
import { minutesDocx } from '../documents/minutes.js';
import { reportOutlineDocx } from '../documents/report-outline.js';
import { scheduleNoticeDocx } from '../documents/schedule-notice.js';
import { summaryReportDocx } from '../documents/summary-report.js';
import { teamDecisionDocx } from '../documents/team-decision.js';
import { unitReportDocx } from '../documents/unit-report.js';
import type { FrameInput } from '../layout/frame-schema.js';
import {
  conclusionNoticeSample,
  minutesSample,
  reportOutlineSample,
  scheduleNoticeSample,
  summaryReportSample,
  teamDecisionSample,
  unitReportSample,
} from './sample-inputs.js';

/** A generated document with what a reader checks on it: the kind line, the issuer, who signs. */
export interface SampleDocument {
  name: string;
  kind: string;
  /** The issuing body as its letterhead names it (ô 2), also the PDF's author. */
  issuer: string;
  /** Every name printed under a signature. */
  signers: string[];
  generate: () => Promise<Uint8Array>;
}

const issuerOf = (frame: FrameInput) => frame.issuer.name;
const signerOf = (frame: FrameInput) => [frame.signer.name];

const teamDecision = teamDecisionSample();
const scheduleNotice = scheduleNoticeSample();
const outline = reportOutlineSample();
const unitReport = unitReportSample();
const minutes = minutesSample();
const conclusion = conclusionNoticeSample();
const summary = summaryReportSample();

/** The seven documents of issue 7, each generated from its sample, with the kind line it must print. */
export const SAMPLE_DOCUMENTS: readonly SampleDocument[] = [
  {
    name: 'quyet-dinh-thanh-lap-doan',
    kind: 'QUYẾT ĐỊNH',
    issuer: issuerOf(teamDecision.frame),
    signers: signerOf(teamDecision.frame),
    generate: () => teamDecisionDocx(teamDecisionSample()),
  },
  {
    name: 'thong-bao-lich-kiem-tra',
    kind: 'THÔNG BÁO',
    issuer: issuerOf(scheduleNotice.frame),
    signers: signerOf(scheduleNotice.frame),
    generate: () => scheduleNoticeDocx(scheduleNoticeSample()),
  },
  {
    name: 'de-cuong-bao-cao',
    kind: 'BÁO CÁO',
    issuer: issuerOf(outline.frame),
    signers: signerOf(outline.frame),
    generate: () => reportOutlineDocx(reportOutlineSample()),
  },
  {
    name: 'bao-cao-cua-don-vi',
    kind: 'BÁO CÁO',
    issuer: issuerOf(unitReport.frame),
    signers: signerOf(unitReport.frame),
    generate: () => unitReportDocx(unitReportSample()),
  },
  {
    name: 'bien-ban',
    kind: 'BIÊN BẢN',
    issuer: issuerOf(minutes.frame),
    signers: [minutes.chair.name, minutes.secretary.name, minutes.unitRepresentative.name],
    generate: () => minutesDocx(minutesSample()),
  },
  {
    name: 'thong-bao-ket-luan',
    kind: 'THÔNG BÁO',
    issuer: issuerOf(conclusion.frame),
    signers: signerOf(conclusion.frame),
    generate: () => conclusionNoticeDocx(conclusionNoticeSample()),
  },
  {
    name: 'bao-cao-tong-hop',
    kind: 'BÁO CÁO',
    issuer: issuerOf(summary.frame),
    signers: signerOf(summary.frame),
    generate: () => summaryReportDocx(summaryReportSample()),
  },
];

/**
 * Longer versions of the conclusion notice and the summary report, one more finding or unit at a
 * time, so that a page break falls before, inside and after the signature block and the headings.
 */
export const LENGTHENED_DOCUMENTS: readonly SampleDocument[] = [
  ...Array.from({ length: 12 }, (_, i) => 14 + i).map((extra) => {
    const input = conclusionNoticeSample();
    const findings = [
      ...(input.findings ?? []),
      ...Array.from({ length: extra }, (_, k) => ({
        id: `x${k}`,
        area: 'A3' as const,
        kind: 'shortcoming' as const,
        description: `Hồ sơ thủ tục hành chính số ${k + 1} giải quyết trễ hẹn so với quy định, chưa có văn bản xin lỗi người dân`,
      })),
    ];
    return {
      name: `thong-bao-ket-luan-dai-${extra}`,
      kind: 'THÔNG BÁO',
      issuer: issuerOf(input.frame),
      signers: signerOf(input.frame),
      generate: () => conclusionNoticeDocx({ ...input, findings }),
    };
  }),
  ...Array.from({ length: 6 }, (_, i) => 14 + 3 * i).map((count) => {
    const input = summaryReportSample();
    const sample = input.summary.units[0];
    const units = Array.from({ length: count }, (_, k) => ({
      ...(sample as NonNullable<typeof sample>),
      unitName: `UBND xã số ${k + 1}`,
    }));
    return {
      name: `bao-cao-tong-hop-dai-${count}`,
      kind: 'BÁO CÁO',
      issuer: issuerOf(input.frame),
      signers: signerOf(input.frame),
      generate: () => summaryReportDocx({ ...input, summary: { ...input.summary, units } }),
    };
  }),
];
