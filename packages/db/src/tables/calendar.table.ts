import type { OfficialSchedule } from '@kiemtra/domain';
import type { Generated, JSONColumnType } from 'kysely';

export interface OfficialSchedulesTable {
  id: Generated<string>;
  year: number;
  schedule: JSONColumnType<OfficialSchedule, string, string>;
  version: Generated<number>;
  updated_at: Generated<Date>;
}
