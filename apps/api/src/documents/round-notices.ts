import { Readable } from 'node:stream';
import type { PlanForPlanning, TeamRecord } from '@kiemtra/db';
import { safeFileName, scheduleNoticeDocx, zipFiles } from '@kiemtra/documents';
import type { PlanLetterheads } from './letterhead.js';
import type { NoticeVisit } from './schedule-notice.source.js';
import { scheduleNoticeSource } from './schedule-notice.source.js';

/** One line of the progress stream of a round's notices. */
export type RoundProgressLine =
  | { kind: 'progress'; done: number; total: number; unitName: string }
  | { kind: 'done'; total: number; fileName: string; zipBase64: string }
  | { kind: 'error'; message: string };

/**
 * Every notice of a team's round, one DOCX per visit, generated one after the other: as files for
 * a plain ZIP download, or as a stream of NDJSON lines that report each finished notice and end
 * with the ZIP, so that the portal can show the progress and then save the file.
 */
export function roundNoticesStream(input: {
  plan: PlanForPlanning;
  team: TeamRecord;
  visits: readonly NoticeVisit[];
  letterheads: PlanLetterheads;
  zipName: string;
  /** Told of a failure midway through the stream, when the status line has already gone out. */
  onError: (error: unknown) => void;
}) {
  const { plan, team, visits, letterheads } = input;
  async function* generate(): AsyncGenerator<{ name: string; bytes: Uint8Array; unitName: string }> {
    for (const visit of visits) {
      const bytes = await scheduleNoticeDocx(
        scheduleNoticeSource({ plan, team, visits: [visit], letterheads, scope: 'visit' }),
      );
      const unitName = visit.inspection.orgUnitName;
      yield { name: safeFileName(`Thông báo lịch kiểm tra - ${unitName}`, 'docx'), bytes, unitName };
    }
  }
  return {
    async files() {
      const files: { name: string; bytes: Uint8Array }[] = [];
      for await (const f of generate()) files.push(f);
      return files;
    },
    lines(): Readable {
      const total = visits.length;
      async function* ndjson(): AsyncGenerator<string> {
        const files: { name: string; bytes: Uint8Array }[] = [];
        try {
          for await (const f of generate()) {
            files.push(f);
            const line: RoundProgressLine = {
              kind: 'progress',
              done: files.length,
              total,
              unitName: f.unitName,
            };
            yield `${JSON.stringify(line)}\n`;
          }
          const zip = zipFiles(files);
          const done: RoundProgressLine = {
            kind: 'done',
            total,
            fileName: input.zipName,
            zipBase64: Buffer.from(zip).toString('base64'),
          };
          yield `${JSON.stringify(done)}\n`;
        } catch (error) {
          input.onError(error);
          const failed: RoundProgressLine = {
            kind: 'error',
            message: 'Không tạo được các thông báo do lỗi hệ thống; vui lòng thử lại hoặc báo quản trị viên.',
          };
          yield `${JSON.stringify(failed)}\n`;
        }
      }
      return Readable.from(ndjson());
    },
  };
}
