import type { DeadlineExplanation, ExplanationStep } from './compute-deadline.js';
import { READING_LABELS } from './deadline-rules.js';
import { formatVietnameseWithWeekday as fmt } from './local-date.js';

/**
 * Renders an explanation as Vietnamese lines, dates as "Thứ Sáu 13/09/2024", ready for the
 * portal or a document.
 *
 * @example explanationToText(computeDeadline({ rule, baseDate, calendar }).explanation)
 */
export function explanationToText(e: DeadlineExplanation): string[] {
  const lines: string[] = [];
  lines.push(`${e.rule.label}: “${e.rule.legalText}” (${e.rule.legalRef}).`);
  const base = `${capitalize(e.baseEvent.label)} là ${fmt(e.baseEvent.date)}`;

  if (e.rule.kind === 'explicit_due_date') {
    lines.push(`Mốc: ${base}.`);
    lines.push(`${e.dueDateLabel}: ${fmt(e.dueDate)} (hết 24 giờ ngày này).`);
    for (const s of e.steps) {
      lines.push(`Lưu ý: ${fmt(s.date)} không phải ngày làm việc (${s.label}).`);
    }
    pushYears(lines, e);
    return lines;
  }

  const n = e.rule.workingDays ?? 0;
  if (e.rule.direction === 'after') {
    lines.push(
      `Mốc tính: ${base}. Ngày này không được tính; thời hạn ${n} ngày làm việc bắt đầu từ ngày hôm sau (Điều 147 Bộ luật Dân sự 2015).`,
    );
  } else {
    lines.push(
      `Mốc tính: ${base}. Đếm lùi ${n} ngày làm việc trước ngày này, không tính ngày này (Điều 147 Bộ luật Dân sự 2015, áp dụng theo chiều ngược lại).`,
    );
  }
  for (const s of e.steps) lines.push(stepLine(s));

  if (e.rule.direction === 'after') {
    lines.push(`${e.dueDateLabel}: ${fmt(e.dueDate)} (hết 24 giờ ngày này, Điều 148 Bộ luật Dân sự 2015).`);
  } else {
    const reading = e.reading ?? 'A';
    lines.push(`${e.dueDateLabel}: ${fmt(e.dueDate)}; thực hiện vào ngày này hoặc trước đó là đúng hạn.`);
    lines.push(`Áp dụng ${READING_LABELS[reading].replace('N ngày', `${n} ngày`)}.`);
    const other = e.otherReading;
    if (other) {
      const extra = other.steps.filter((s) => !s.counted);
      const skipped =
        extra.length > 0
          ? `; bỏ qua thêm: ${extra.map((s) => `${fmt(s.date)} (${s.label})`).join(', ')}`
          : '';
      lines.push(
        other.reading === 'B'
          ? `Theo ${READING_LABELS.B.replace('N ngày', `${n} ngày`)}, hạn là ${fmt(other.dueDate)}${skipped}.`
          : `Theo cách đọc A, hạn là ${fmt(other.dueDate)}.`,
      );
    }
  }
  pushYears(lines, e);
  return lines;
}

function stepLine(s: ExplanationStep): string {
  const estimated = s.scheduleStatus === 'rules' && !s.counted && s.kind !== 'weekend' ? ' — dự kiến' : '';
  if (s.counted) {
    const note = s.kind === 'working_weekend' ? ` — ${s.label}` : '';
    return `- ${fmt(s.date)}: ngày làm việc thứ ${s.ordinal ?? 0}${note}`;
  }
  return `- ${fmt(s.date)}: bỏ qua (${s.label}${estimated})`;
}

function pushYears(lines: string[], e: DeadlineExplanation): void {
  for (const y of e.calendarYears) {
    lines.push(
      y.status === 'official'
        ? `Lịch năm ${y.year}: ${y.statusLabel} (${y.source ?? ''}).`
        : `Lịch năm ${y.year}: ${y.statusLabel}; ngày nghỉ tính theo Điều 112 Bộ luật Lao động 2019 (dự kiến, có thể thay đổi khi có thông báo).`,
    );
  }
}

function capitalize(s: string): string {
  return s.length === 0 ? s : s.charAt(0).toUpperCase() + s.slice(1);
}
