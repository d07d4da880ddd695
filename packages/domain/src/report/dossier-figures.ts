import type { FigureField, FigureRule } from './outline.js';

/**
 * The one-stop system's counts of administrative-procedure dossiers (hệ thống một cửa điện tử):
 * asked by the comprehensive outline (I.3, "tình hình giải quyết thủ tục hành chính … tình trạng trễ
 * hẹn, quá hạn … thư xin lỗi") and by the thematic TTHC outline. A provincial system may push them.
 */
export const DOSSIER_FIGURES: readonly FigureField[] = [
  { key: 'dossiers_received', label: 'Số hồ sơ tiếp nhận', kind: 'count', unit: 'hồ sơ' },
  { key: 'dossiers_on_time', label: 'Số hồ sơ giải quyết đúng hạn', kind: 'count', unit: 'hồ sơ' },
  { key: 'dossiers_late', label: 'Số hồ sơ giải quyết trễ hạn', kind: 'count', unit: 'hồ sơ' },
  { key: 'dossiers_overdue', label: 'Số hồ sơ quá hạn chưa giải quyết', kind: 'count', unit: 'hồ sơ' },
  { key: 'apology_letters', label: 'Số thư xin lỗi đã gửi tổ chức, công dân', kind: 'count', unit: 'thư' },
];

export const DOSSIER_FIGURE_RULES: readonly FigureRule[] = [
  { key: 'dossiers_on_time', notGreaterThan: 'dossiers_received' },
  { key: 'dossiers_late', notGreaterThan: 'dossiers_received' },
  { key: 'dossiers_overdue', notGreaterThan: 'dossiers_received' },
];

/** The comprehensive outline's item that asks for the one-stop counts (seed Đề cương I.3, fourth bullet). */
export const COMPREHENSIVE_DOSSIER_ITEM_CODE = 'I.3.d';
