import { describe, expect, it } from 'vitest';
import { readEnv, servedOverHttps } from './env.js';

describe('readEnv', () => {
  it('defaults to PGlite in ./data with the 2024 seed', () => {
    const env = readEnv({});
    expect(env).toMatchObject({ PORT: 3001, DATA_DIR: './data/pglite', SEED: 'binh-dinh-2024' });
    expect(env.DATABASE_URL).toBeUndefined();
  });
  it('treats an empty DATABASE_URL as not set', () => {
    expect(readEnv({ DATABASE_URL: '' }).DATABASE_URL).toBeUndefined();
  });
  it('says in Vietnamese what is wrong with a bad setting', () => {
    expect(() => readEnv({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL phải có dạng postgres:\/\//);
    expect(() => readEnv({ PORT: 'abc' })).toThrow(/PORT/);
  });
});

describe('where report attachments are kept', () => {
  it('keeps them in the database unless a directory is named', () => {
    expect(readEnv({}).ATTACHMENTS_DIR).toBeUndefined();
    expect(readEnv({ ATTACHMENTS_DIR: '' }).ATTACHMENTS_DIR).toBeUndefined();
    expect(readEnv({ ATTACHMENTS_DIR: '/var/lib/kiemtra/tep' }).ATTACHMENTS_DIR).toBe('/var/lib/kiemtra/tep');
  });
});

describe('how long a request waits on PostgreSQL', () => {
  it('waits 3 s to connect and 4 s per statement unless told otherwise', () => {
    expect(readEnv({})).toMatchObject({
      DATABASE_CONNECT_TIMEOUT_MS: 3000,
      DATABASE_STATEMENT_TIMEOUT_MS: 4000,
    });
    expect(readEnv({ DATABASE_STATEMENT_TIMEOUT_MS: '1500' }).DATABASE_STATEMENT_TIMEOUT_MS).toBe(1500);
  });
  it('refuses a timeout that is not a positive number, in Vietnamese', () => {
    expect(() => readEnv({ DATABASE_CONNECT_TIMEOUT_MS: 'abc' })).toThrow(/phải là một số mili giây/);
    expect(() => readEnv({ DATABASE_STATEMENT_TIMEOUT_MS: '0' })).toThrow(/phải lớn hơn 0/);
  });
});

describe('web security settings (issue 18)', () => {
  it('believes X-Forwarded-For only from the configured proxies, checked at start', () => {
    expect(readEnv({}).TRUSTED_PROXIES).toEqual(['127.0.0.1', '::1']);
    expect(readEnv({ TRUSTED_PROXIES: '10.0.0.5, 10.1.0.0/16' }).TRUSTED_PROXIES).toEqual([
      '10.0.0.5',
      '10.1.0.0/16',
    ]);
    expect(readEnv({ TRUSTED_PROXIES: '' }).TRUSTED_PROXIES).toEqual([]);
    expect(() => readEnv({ TRUSTED_PROXIES: 'portal.local' })).toThrow(
      /TRUSTED_PROXIES phải là các địa chỉ IP/,
    );
    expect(() => readEnv({ TRUSTED_PROXIES: '10.0.0.0/33' })).toThrow(/TRUSTED_PROXIES/);
  });

  it('marks cookies Secure over https and refuses plain http beyond this machine', () => {
    expect(servedOverHttps(readEnv({}))).toBe(false);
    expect(servedOverHttps(readEnv({ PUBLIC_ORIGIN: 'https://kiemtra.binhdinh.gov.vn' }))).toBe(true);
    expect(() => readEnv({ PUBLIC_ORIGIN: 'http://kiemtra.binhdinh.gov.vn' })).toThrow(
      /PUBLIC_ORIGIN phải dùng https:\/\//,
    );
    expect(() => readEnv({ PUBLIC_ORIGIN: 'ftp://x' })).toThrow(/PUBLIC_ORIGIN/);
  });
});

describe('the two modes', () => {
  it('is the demo, with its data, unless told otherwise', () => {
    expect(readEnv({})).toMatchObject({ KIEMTRA_MODE: 'demo', SEED: 'binh-dinh-2024' });
    expect(readEnv({ KIEMTRA_MODE: 'demo', SEED: 'none' })).toMatchObject({ SEED: 'none' });
  });
  it('loads no demo data in production', () => {
    expect(readEnv({ KIEMTRA_MODE: 'production' })).toMatchObject({
      KIEMTRA_MODE: 'production',
      SEED: 'none',
    });
    expect(readEnv({ KIEMTRA_MODE: 'production', SEED: '' }).SEED).toBe('none');
  });
  it('refuses the demo data in production, saying what to do', () => {
    expect(() => readEnv({ KIEMTRA_MODE: 'production', SEED: 'binh-dinh-2024' })).toThrow(
      /SEED: Chế độ vận hành \(KIEMTRA_MODE=production\) không nạp dữ liệu trình diễn: bỏ SEED hoặc đặt SEED=none\./,
    );
  });
  it('refuses a mode it does not know, in Vietnamese', () => {
    expect(() => readEnv({ KIEMTRA_MODE: 'prod' })).toThrow(/KIEMTRA_MODE phải là demo hoặc production\./);
  });
});

describe('who runs the background jobs', () => {
  it('runs them in the API unless told off, and says the choices in Vietnamese', () => {
    expect(readEnv({}).JOBS_WORKERS).toBe('in-process');
    expect(readEnv({ JOBS_WORKERS: 'off' }).JOBS_WORKERS).toBe('off');
    expect(() => readEnv({ JOBS_WORKERS: 'yes' })).toThrow(/JOBS_WORKERS phải là in-process .* hoặc off/);
  });
});

describe('the SMTP settings', () => {
  it('leaves e-mail off when SMTP_HOST is empty', () => {
    expect(readEnv({}).SMTP_HOST).toBeUndefined();
    expect(readEnv({ SMTP_HOST: '' }).SMTP_HOST).toBeUndefined();
  });
  it('takes a complete configuration', () => {
    const env = readEnv({
      SMTP_HOST: 'smtp.binhdinh.gov.vn',
      SMTP_PORT: '465',
      SMTP_SECURE: 'true',
      SMTP_USER: 'kiemtra',
      SMTP_PASSWORD: 'mật-khẩu',
      SMTP_FROM: 'Kiểm tra CCHC <kiemtra@binhdinh.gov.vn>',
    });
    expect(env).toMatchObject({ SMTP_HOST: 'smtp.binhdinh.gov.vn', SMTP_PORT: 465, SMTP_SECURE: 'true' });
  });
  it('names each wrong value in Vietnamese', () => {
    expect(() => readEnv({ SMTP_HOST: 'smtp.binhdinh.gov.vn' })).toThrow(
      /Khi đặt SMTP_HOST, hãy đặt SMTP_FROM/,
    );
    expect(() => readEnv({ SMTP_HOST: 'smtp x', SMTP_FROM: 'a@b.vn' })).toThrow(/SMTP_HOST phải là tên máy/);
    expect(() => readEnv({ SMTP_HOST: 'smtp.b.vn', SMTP_FROM: 'a@b.vn', SMTP_PORT: '99999' })).toThrow(
      /SMTP_PORT phải nằm trong khoảng 1–65535/,
    );
    expect(() => readEnv({ SMTP_HOST: 'smtp.b.vn', SMTP_FROM: 'không phải thư' })).toThrow(
      /SMTP_FROM phải là một địa chỉ thư/,
    );
    expect(() => readEnv({ SMTP_HOST: 'smtp.b.vn', SMTP_FROM: 'a@b.vn', SMTP_USER: 'kiemtra' })).toThrow(
      /SMTP_USER và SMTP_PASSWORD phải đặt cùng nhau/,
    );
    expect(() => readEnv({ SMTP_SECURE: 'yes' })).toThrow(/SMTP_SECURE phải là true/);
    expect(() => readEnv({ SMTP_FROM: 'a@b.vn' })).toThrow(/chưa đặt SMTP_HOST/);
  });
});

describe('the limits of /api/v1 (issue 16)', () => {
  it('lets each system call 600 times a minute, each address 1200, and access tokens last 15 minutes', () => {
    expect(readEnv({})).toMatchObject({
      REST_RATE_LIMIT_PER_SYSTEM: 600,
      REST_RATE_LIMIT_PER_ADDRESS: 1200,
      REST_RATE_LIMIT_WINDOW_SECONDS: 60,
      REST_ACCESS_TOKEN_SECONDS: 900,
    });
    expect(readEnv({ REST_RATE_LIMIT_PER_SYSTEM: '30' }).REST_RATE_LIMIT_PER_SYSTEM).toBe(30);
  });
  it('refuses a limit that is not a positive whole number, in Vietnamese', () => {
    expect(() => readEnv({ REST_RATE_LIMIT_PER_SYSTEM: '0' })).toThrow(
      /REST_RATE_LIMIT_PER_SYSTEM phải lớn hơn 0/,
    );
    expect(() => readEnv({ REST_RATE_LIMIT_WINDOW_SECONDS: '1.5' })).toThrow(/phải là số nguyên/);
    expect(() => readEnv({ REST_ACCESS_TOKEN_SECONDS: '10' })).toThrow(/ít nhất 60 giây/);
  });
});

describe('scheduled backups', () => {
  it('are off unless a schedule is given, and keep 7 backups by default', () => {
    expect(readEnv({}).BACKUP_SCHEDULE).toBeUndefined();
    expect(readEnv({}).BACKUP_KEEP).toBe(7);
  });
  it('take a daily time or a five-field cron', () => {
    expect(readEnv({ BACKUP_SCHEDULE: '02:30', BACKUP_DIR: '/var/backups/kiemtra' }).BACKUP_SCHEDULE).toBe(
      '02:30',
    );
    expect(readEnv({ BACKUP_SCHEDULE: '30 2 * * 1-5', BACKUP_DIR: '/b', BACKUP_KEEP: '14' })).toMatchObject({
      BACKUP_SCHEDULE: '30 2 * * 1-5',
      BACKUP_KEEP: 14,
    });
  });
  it('name each wrong value in Vietnamese', () => {
    expect(() => readEnv({ BACKUP_SCHEDULE: '25:00', BACKUP_DIR: '/b' })).toThrow(
      /BACKUP_SCHEDULE phải là giờ/,
    );
    expect(() => readEnv({ BACKUP_SCHEDULE: '* * *', BACKUP_DIR: '/b' })).toThrow(
      /BACKUP_SCHEDULE phải là giờ/,
    );
    expect(() => readEnv({ BACKUP_SCHEDULE: '61 2 * * *', BACKUP_DIR: '/b' })).toThrow(
      /BACKUP_SCHEDULE phải là giờ/,
    );
    expect(() => readEnv({ BACKUP_SCHEDULE: '02:30' })).toThrow(
      /Khi đặt BACKUP_SCHEDULE, hãy đặt BACKUP_DIR/,
    );
    expect(() => readEnv({ BACKUP_KEEP: '0' })).toThrow(/BACKUP_KEEP phải là số bản sao lưu/);
  });
});
