/** The directory a scheduled backup writes: kiemtra-YYYYMMDD-HHMMSS, in Việt Nam's time (UTC+7). */
export function scheduledBackupName(at: Date): string {
  const local = new Date(at.getTime() + 7 * 3_600_000).toISOString();
  return `kiemtra-${local.slice(0, 10).replaceAll('-', '')}-${local.slice(11, 19).replaceAll(':', '')}`;
}

const NAME = /^kiemtra-\d{8}-\d{6}$/;

/**
 * Which scheduled backups to delete so that the newest `keep` remain. Only names a scheduled backup
 * writes are considered: anything else in the directory (a backup made by hand) is never touched.
 * @example backupsToPrune(['kiemtra-20261201-023000', 'kiemtra-20261202-023000', 'tay'], 1) // ['kiemtra-20261201-023000']
 */
export function backupsToPrune(names: readonly string[], keep: number): string[] {
  const scheduled = names.filter((n) => NAME.test(n)).sort();
  return scheduled.slice(0, Math.max(0, scheduled.length - keep));
}
