import { type DatabaseHandle, openDatabase } from '@kiemtra/db';
import pg from 'pg';

export interface NationalConfig {
  /** The database the dataset lives in; its name is its own (dropped and made anew by the generator). */
  url: string;
  provinces: number;
  years: number;
  /** yyyy-mm-dd: the generated programmes are as they stand on this day. */
  today: string;
}

/** NATIONAL_DATABASE_URL, PROVINCES (≤ 34), YEARS and TODAY from the environment, with the defaults. */
export function nationalConfig(env: NodeJS.ProcessEnv = process.env): NationalConfig {
  const provinces = Number(env.PROVINCES ?? 34);
  const years = Number(env.YEARS ?? 10);
  const today = env.TODAY ?? new Date().toISOString().slice(0, 10);
  if (!Number.isInteger(provinces) || provinces < 1 || provinces > 34)
    throw new Error('PROVINCES: từ 1 đến 34.');
  if (!Number.isInteger(years) || years < 1 || years > 20) throw new Error('YEARS: từ 1 đến 20.');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) throw new Error('TODAY: dạng yyyy-mm-dd.');
  return {
    url: env.NATIONAL_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/kiemtra_national',
    provinces,
    years,
    today,
  };
}

/** Drops the URL's database (closing its connections) and creates it empty. */
export async function recreateDatabase(url: string): Promise<void> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`Tên cơ sở dữ liệu không hợp lệ: ${name}`);
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
}

export function openNational(url: string): Promise<DatabaseHandle> {
  return openDatabase({ kind: 'postgres', url, maxConnections: 4 });
}
