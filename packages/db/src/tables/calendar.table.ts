import type { LawHolidayStatus, OfficialSchedule } from '@kiemtra/domain';
import type { Generated, JSONColumnType } from 'kysely';

export interface OfficialSchedulesTable {
  id: Generated<string>;
  year: number;
  schedule: JSONColumnType<OfficialSchedule, string, string>;
  version: Generated<number>;
  updated_at: Generated<Date>;
}

export interface LawHolidayRulesTable {
  id: Generated<string>;
  name: string;
  month: number;
  day: number;
  status: LawHolidayStatus;
  /** yyyy-mm-dd */
  valid_from: string;
  basis: string;
  version: Generated<number>;
  updated_at: Generated<Date>;
}
