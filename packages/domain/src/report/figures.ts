import type { FigureField, FigureRule } from './outline.js';

/** A figure's value as entered or pushed; null when left empty. */
export type FigureValues = Readonly<Record<string, number | null | undefined>>;

export interface FigureIssue {
  code: 'unknown_figure' | 'not_a_number' | 'negative' | 'not_whole' | 'percent_out_of_range' | 'exceeds';
  message: string;
  /** The figure's key, for the portal to show the message beside it. */
  field: string;
}

const number = (n: number) => n.toLocaleString('vi-VN');

/**
 * The checks of an item's figures: counts are whole numbers ≥ 0, percentages lie in 0–100, amounts
 * are ≥ 0, and each rule's figure does not exceed its bound (settled on time ≤ received). Empty
 * figures are not checked: an item may be saved half-filled.
 * @example checkFigures(fields, rules, { dossiers_received: 10, dossiers_on_time: 12 })
 *   // [{ code: 'exceeds', field: 'dossiers_on_time', … }]
 */
export function checkFigures(
  fields: readonly FigureField[],
  rules: readonly FigureRule[],
  values: FigureValues,
): FigureIssue[] {
  const issues: FigureIssue[] = [];
  const byKey = new Map(fields.map((f) => [f.key, f]));
  for (const key of Object.keys(values)) {
    if (!byKey.has(key))
      issues.push({ code: 'unknown_figure', field: key, message: `Mục này không có số liệu “${key}”.` });
  }
  for (const field of fields) {
    const value = values[field.key];
    if (value === null || value === undefined) continue;
    const name = `“${field.label}”`;
    if (!Number.isFinite(value)) {
      issues.push({ code: 'not_a_number', field: field.key, message: `${name} phải là một số.` });
    } else if (value < 0) {
      issues.push({ code: 'negative', field: field.key, message: `${name} không được là số âm.` });
    } else if (field.kind === 'count' && !Number.isInteger(value)) {
      issues.push({
        code: 'not_whole',
        field: field.key,
        message: `${name} phải là số nguyên (đếm ${field.unit}).`,
      });
    } else if (field.kind === 'percent' && value > 100) {
      issues.push({
        code: 'percent_out_of_range',
        field: field.key,
        message: `${name} là tỷ lệ phần trăm, phải từ 0 đến 100.`,
      });
    }
  }
  for (const rule of rules) {
    const value = values[rule.key];
    const bound = values[rule.notGreaterThan];
    if (value === null || value === undefined || bound === null || bound === undefined) continue;
    if (value > bound) {
      const label = byKey.get(rule.key)?.label ?? rule.key;
      const boundLabel = byKey.get(rule.notGreaterThan)?.label ?? rule.notGreaterThan;
      issues.push({
        code: 'exceeds',
        field: rule.key,
        message: `“${label}” (${number(value)}) không được lớn hơn “${boundLabel}” (${number(bound)}).`,
      });
    }
  }
  return issues;
}
