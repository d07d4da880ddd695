/**
 * The seed says "dự kiến kiểm tra 22 cơ quan, đơn vị, địa phương" while its own lists name more.
 * kiemtra never hides the gap: it shows the expected number beside the actual one.
 */
export interface TargetCountComparison {
  expected: number | null;
  /** Units named as targets, sub-targets (communes) included. */
  actual: number;
  difference: number | null;
  message: string;
}

export function compareTargetCount(
  expected: number | null,
  targets: number,
  subTargets: number,
): TargetCountComparison {
  const actual = targets + subTargets;
  if (expected === null) {
    return { expected, actual, difference: null, message: `Kế hoạch có ${actual} đối tượng kiểm tra.` };
  }
  const difference = actual - expected;
  const detail = `${targets} đối tượng chính và ${subTargets} đơn vị cấp xã`;
  const message =
    difference === 0
      ? `Đúng số dự kiến: ${actual} đối tượng (${detail}).`
      : difference > 0
        ? `Thực tế ${actual} đối tượng (${detail}), nhiều hơn ${difference} so với số dự kiến ${expected}.`
        : `Thực tế ${actual} đối tượng (${detail}), ít hơn ${-difference} so với số dự kiến ${expected}.`;
  return { expected, actual, difference, message };
}

/**
 * The target count of a plan from its targets, each with its sub-targets (communes): the one
 * count that the plan page, the workbook and the API all show.
 * @example planTargetCount(22, [{ subUnits: [{}, {}] }, { subUnits: [] }]).actual // 4
 */
export function planTargetCount(
  expected: number | null,
  targets: readonly { subUnits: readonly unknown[] }[],
): TargetCountComparison {
  const subTargets = targets.reduce((n, t) => n + t.subUnits.length, 0);
  return compareTargetCount(expected, targets.length, subTargets);
}
