/** One line the API streams while it makes the notices of a round (see the API's round-notices.ts). */
export type RoundProgressLine =
  | { kind: 'progress'; done: number; total: number; unitName: string }
  | { kind: 'done'; total: number; fileName: string; zipBase64: string }
  | { kind: 'error'; message: string };

/**
 * Splits streamed text into complete NDJSON lines; the last, unfinished piece is kept for the
 * next chunk.
 * @example splitLines('{"a":1}\n{"b"', '') // { lines: [{ a: 1 }], rest: '{"b"' }
 */
export function splitLines(chunk: string, rest: string): { lines: RoundProgressLine[]; rest: string } {
  const parts = (rest + chunk).split('\n');
  const last = parts.pop() ?? '';
  const lines = parts.filter((p) => p.trim() !== '').map((p) => JSON.parse(p) as RoundProgressLine);
  return { lines, rest: last };
}

/** "Đã tạo 3/12 thông báo (Sở Công Thương)", what the portal says while the ZIP is being made. */
export function progressText(line: RoundProgressLine | null): string {
  if (line === null) return 'Đang chuẩn bị tạo các thông báo…';
  switch (line.kind) {
    case 'progress':
      return `Đã tạo ${line.done}/${line.total} thông báo (vừa xong: ${line.unitName}).`;
    case 'done':
      return `Đã tạo xong ${line.total} thông báo; tệp ZIP đang được tải về.`;
    case 'error':
      return line.message;
  }
}

/** The percentage shown by the progress bar. */
export function progressPercent(line: RoundProgressLine | null): number {
  if (line === null) return 0;
  if (line.kind === 'done') return 100;
  if (line.kind === 'error' || line.total === 0) return 0;
  return Math.round((line.done / line.total) * 100);
}
