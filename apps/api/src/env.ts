import { isIP } from 'node:net';
import { z } from '@kiemtra/domain';
import { CronExpressionParser } from 'cron-parser';

const LOOPBACK_HOSTS = new Set(['127.0.0.1', '::1', '[::1]', 'localhost']);

/** A time of day (HH:MM) or a five-field cron expression, read in Asia/Ho_Chi_Minh. */
const isScheduleExpression = (text: string): boolean => {
  if (/^([01]\d|2[0-3]):[0-5]\d$/.test(text)) return true;
  if (text.trim().split(/\s+/).length !== 5) return false;
  try {
    CronExpressionParser.parse(text, { tz: 'Asia/Ho_Chi_Minh' });
    return true;
  } catch {
    return false;
  }
};

/** An address or a CIDR range, as Fastify's trustProxy reads them. */
const isAddressOrRange = (entry: string): boolean => {
  const [address = '', bits, ...rest] = entry.split('/');
  const version = isIP(address);
  if (version === 0 || rest.length > 0) return false;
  if (bits === undefined) return true;
  const n = Number(bits);
  return /^\d+$/.test(bits) && n >= 0 && n <= (version === 4 ? 32 : 128);
};

const envSchema = z
  .object({
    HOST: z.string().default('127.0.0.1'),
    PORT: z.coerce.number({ error: 'PORT phải là một số cổng.' }).int().min(0).max(65535).default(3001),
    // An empty DATABASE_URL means "not set": the embedded PGlite.
    DATABASE_URL: z.preprocess(
      (value) => (value === '' ? undefined : value),
      z
        .string()
        .regex(/^postgres(ql)?:\/\//, {
          error: 'DATABASE_URL phải có dạng postgres://người_dùng@máy:cổng/cơ_sở_dữ_liệu.',
        })
        .optional(),
    ),
    // How long a request waits on PostgreSQL before answering 503: to connect, and per statement.
    DATABASE_CONNECT_TIMEOUT_MS: z.coerce
      .number({ error: 'DATABASE_CONNECT_TIMEOUT_MS phải là một số mili giây.' })
      .int()
      .positive({ error: 'DATABASE_CONNECT_TIMEOUT_MS phải lớn hơn 0.' })
      .default(3000),
    DATABASE_STATEMENT_TIMEOUT_MS: z.coerce
      .number({ error: 'DATABASE_STATEMENT_TIMEOUT_MS phải là một số mili giây.' })
      .int()
      .positive({ error: 'DATABASE_STATEMENT_TIMEOUT_MS phải lớn hơn 0.' })
      .default(4000),
    DATA_DIR: z.string().default('./data/pglite'),
    // Where report attachments' bytes are kept: empty (the default) keeps them in the database.
    ATTACHMENTS_DIR: z.preprocess((value) => (value === '' ? undefined : value), z.string().optional()),
    SESSION_TTL_HOURS: z.coerce.number().positive().default(12),
    // demo: the Bình Định demo and its accounts; production: a province set up by `pnpm kiemtra setup`,
    // no demo data, no known password.
    KIEMTRA_MODE: z
      .enum(['demo', 'production'], { error: 'KIEMTRA_MODE phải là demo hoặc production.' })
      .default('demo'),
    // Unset: the demo in demo mode, nothing in production.
    SEED: z.preprocess(
      (value) => (value === '' ? undefined : value),
      z.enum(['binh-dinh-2024', 'none'], { error: 'SEED phải là binh-dinh-2024 hoặc none.' }).optional(),
    ),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    // One JSON log line per answered request (request id, operation, status, time, actor id).
    // On SIGTERM: how long the requests in flight get to finish before the process exits anyway.
    SHUTDOWN_TIMEOUT_MS: z.coerce
      .number({ error: 'SHUTDOWN_TIMEOUT_MS phải là một số mili giây.' })
      .int()
      .positive({ error: 'SHUTDOWN_TIMEOUT_MS phải lớn hơn 0.' })
      .default(20_000),
    // Background jobs (e-mails, reminders, scheduled backups): run by the API itself (in-process, the
    // default) or only by `pnpm kiemtra worker` processes (off), for a deployment with several APIs.
    JOBS_WORKERS: z
      .enum(['in-process', 'off'], {
        error:
          'JOBS_WORKERS phải là in-process (API tự chạy công việc nền) hoặc off (chỉ tiến trình worker chạy).',
      })
      .default('in-process'),
    // E-mail (notifications, reminders): off while SMTP_HOST is empty. See mail/mail-config.ts.
    SMTP_HOST: z.preprocess(
      (value) => (value === '' ? undefined : value),
      z
        .string()
        .max(253)
        .regex(/^[A-Za-z0-9.-]+$|^\[[0-9A-Fa-f:.]+\]$/, {
          error: 'SMTP_HOST phải là tên máy hoặc địa chỉ IP của máy chủ thư, ví dụ smtp.binhdinh.gov.vn.',
        })
        .optional(),
    ),
    SMTP_PORT: z.preprocess(
      (value) => (value === '' ? undefined : value),
      z.coerce
        .number({ error: 'SMTP_PORT phải là một số cổng (thường là 587, hoặc 465 với SMTP_SECURE=true).' })
        .int({ error: 'SMTP_PORT phải là một số cổng (thường là 587, hoặc 465 với SMTP_SECURE=true).' })
        .min(1, { error: 'SMTP_PORT phải nằm trong khoảng 1–65535.' })
        .max(65535, { error: 'SMTP_PORT phải nằm trong khoảng 1–65535.' })
        .optional(),
    ),
    // true: TLS from the first byte (port 465); false: STARTTLS when the server offers it (port 587).
    SMTP_SECURE: z
      .enum(['true', 'false'], { error: 'SMTP_SECURE phải là true (TLS ngay từ đầu, cổng 465) hoặc false.' })
      .default('false'),
    SMTP_USER: z.preprocess((value) => (value === '' ? undefined : value), z.string().max(320).optional()),
    SMTP_PASSWORD: z.preprocess(
      (value) => (value === '' ? undefined : value),
      z.string().max(1000).optional(),
    ),
    // The sender people see: an address, or "Tên <địa chỉ>".
    SMTP_FROM: z.preprocess(
      (value) => (value === '' ? undefined : value),
      z
        .string()
        .max(320)
        .regex(/^([^<>]+<[^\s@<>]+@[^\s@<>]+>|[^\s@<>]+@[^\s@<>]+)$/, {
          error:
            'SMTP_FROM phải là một địa chỉ thư, hoặc dạng "Tên <địa chỉ>", ví dụ "Kiểm tra CCHC <kiemtra@binhdinh.gov.vn>".',
        })
        .optional(),
    ),
    // Scheduled backups on the job queue: when (a daily HH:MM, or a cron), where, how many are kept.
    BACKUP_SCHEDULE: z.preprocess(
      (value) => (value === '' ? undefined : value),
      z
        .string()
        .max(100)
        .refine(isScheduleExpression, {
          error:
            'BACKUP_SCHEDULE phải là giờ trong ngày dạng HH:MM (ví dụ 02:30) hoặc biểu thức cron 5 trường (ví dụ "30 2 * * *"), theo giờ Việt Nam.',
        })
        .optional(),
    ),
    BACKUP_DIR: z.preprocess((value) => (value === '' ? undefined : value), z.string().max(1000).optional()),
    BACKUP_KEEP: z.coerce
      .number({ error: 'BACKUP_KEEP phải là số bản sao lưu được giữ lại (từ 1 đến 1000).' })
      .int({ error: 'BACKUP_KEEP phải là số bản sao lưu được giữ lại (từ 1 đến 1000).' })
      .min(1, { error: 'BACKUP_KEEP phải là số bản sao lưu được giữ lại (từ 1 đến 1000).' })
      .max(1000, { error: 'BACKUP_KEEP phải là số bản sao lưu được giữ lại (từ 1 đến 1000).' })
      .default(7),
    LOG_REQUESTS: z
      .enum(['true', 'false'], { error: 'LOG_REQUESTS phải là true hoặc false.' })
      .default('false'),
    // The bearer token a Prometheus server sends to read /metrics; empty: /metrics is off.
    METRICS_TOKEN: z.preprocess(
      (value) => (value === '' ? undefined : value),
      z.string().min(24, { error: 'METRICS_TOKEN phải dài ít nhất 24 ký tự.' }).max(200).optional(),
    ),
    // Whose X-Forwarded-For is believed: the portal on this machine by default. Comma-separated
    // addresses or CIDR ranges; empty: nobody's.
    TRUSTED_PROXIES: z
      .string()
      .default('127.0.0.1,::1')
      .transform((v) =>
        v
          .split(',')
          .map((e) => e.trim())
          .filter((e) => e !== ''),
      )
      .refine((list) => list.every(isAddressOrRange), {
        error:
          'TRUSTED_PROXIES phải là các địa chỉ IP hoặc dải CIDR, cách nhau bởi dấu phẩy (ví dụ 10.0.0.5,10.1.0.0/16).',
      }),
    // Issue 16: how many calls to /api/v1 each system, and each address, may make per window.
    REST_RATE_LIMIT_PER_SYSTEM: z.coerce
      .number({ error: 'REST_RATE_LIMIT_PER_SYSTEM phải là một số lần gọi.' })
      .int({ error: 'REST_RATE_LIMIT_PER_SYSTEM phải là số nguyên.' })
      .min(1, { error: 'REST_RATE_LIMIT_PER_SYSTEM phải lớn hơn 0.' })
      .max(1_000_000, { error: 'REST_RATE_LIMIT_PER_SYSTEM tối đa 1.000.000.' })
      .default(600),
    REST_RATE_LIMIT_PER_ADDRESS: z.coerce
      .number({ error: 'REST_RATE_LIMIT_PER_ADDRESS phải là một số lần gọi.' })
      .int({ error: 'REST_RATE_LIMIT_PER_ADDRESS phải là số nguyên.' })
      .min(1, { error: 'REST_RATE_LIMIT_PER_ADDRESS phải lớn hơn 0.' })
      .max(1_000_000, { error: 'REST_RATE_LIMIT_PER_ADDRESS tối đa 1.000.000.' })
      .default(1200),
    REST_RATE_LIMIT_WINDOW_SECONDS: z.coerce
      .number({ error: 'REST_RATE_LIMIT_WINDOW_SECONDS phải là một số giây.' })
      .int({ error: 'REST_RATE_LIMIT_WINDOW_SECONDS phải là số nguyên.' })
      .min(1, { error: 'REST_RATE_LIMIT_WINDOW_SECONDS phải lớn hơn 0.' })
      .max(86_400, { error: 'REST_RATE_LIMIT_WINDOW_SECONDS tối đa 86.400 (một ngày).' })
      .default(60),
    // How long an OAuth2 access token of /api/v1/oauth/token lasts.
    REST_ACCESS_TOKEN_SECONDS: z.coerce
      .number({ error: 'REST_ACCESS_TOKEN_SECONDS phải là một số giây.' })
      .int({ error: 'REST_ACCESS_TOKEN_SECONDS phải là số nguyên.' })
      .min(60, { error: 'REST_ACCESS_TOKEN_SECONDS ít nhất 60 giây.' })
      .max(86_400, { error: 'REST_ACCESS_TOKEN_SECONDS tối đa 86.400 (một ngày).' })
      .default(900),
    // The address people open the portal at. Over https the session cookie is Secure (and HSTS is sent).
    PUBLIC_ORIGIN: z
      .url({
        protocol: /^https?$/,
        error: 'PUBLIC_ORIGIN phải là địa chỉ http:// hoặc https://, ví dụ https://kiemtra.binhdinh.gov.vn.',
      })
      .default('http://127.0.0.1:5173'),
  })
  .refine((env) => env.KIEMTRA_MODE !== 'production' || env.SEED !== 'binh-dinh-2024', {
    path: ['SEED'],
    error:
      'Chế độ vận hành (KIEMTRA_MODE=production) không nạp dữ liệu trình diễn: bỏ SEED hoặc đặt SEED=none.',
  })
  .refine((env) => env.SMTP_HOST === undefined || env.SMTP_FROM !== undefined, {
    path: ['SMTP_FROM'],
    error: 'Khi đặt SMTP_HOST, hãy đặt SMTP_FROM: địa chỉ người gửi của thư kiemtra gửi đi.',
  })
  .refine((env) => (env.SMTP_USER === undefined) === (env.SMTP_PASSWORD === undefined), {
    path: ['SMTP_PASSWORD'],
    error:
      'SMTP_USER và SMTP_PASSWORD phải đặt cùng nhau (hoặc bỏ cả hai nếu máy chủ thư không cần đăng nhập).',
  })
  .refine(
    (env) =>
      env.SMTP_HOST !== undefined ||
      (env.SMTP_FROM === undefined && env.SMTP_USER === undefined && env.SMTP_PORT === undefined),
    {
      path: ['SMTP_HOST'],
      error: 'Đã đặt SMTP_PORT, SMTP_USER hoặc SMTP_FROM nhưng chưa đặt SMTP_HOST: thư sẽ không được gửi.',
    },
  )
  .refine((env) => env.BACKUP_SCHEDULE === undefined || env.BACKUP_DIR !== undefined, {
    path: ['BACKUP_DIR'],
    error: 'Khi đặt BACKUP_SCHEDULE, hãy đặt BACKUP_DIR: thư mục nhận các bản sao lưu định kỳ.',
  })
  // A session cookie must not cross a network in clear: beyond this machine, the portal is https.
  .refine(
    (env) => {
      const origin = new URL(env.PUBLIC_ORIGIN);
      return origin.protocol === 'https:' || LOOPBACK_HOSTS.has(origin.hostname);
    },
    {
      path: ['PUBLIC_ORIGIN'],
      error:
        'PUBLIC_ORIGIN phải dùng https:// khi cổng thông tin mở ra ngoài máy này (cookie phiên đăng nhập không được gửi không mã hóa).',
    },
  );

type ParsedEnv = z.infer<typeof envSchema>;
export type Env = Omit<ParsedEnv, 'SEED'> & { SEED: NonNullable<ParsedEnv['SEED']> };
export type Mode = Env['KIEMTRA_MODE'];

/** Cookies are Secure, and HSTS is sent, when people reach the portal over https. */
export const servedOverHttps = (env: Pick<Env, 'PUBLIC_ORIGIN'>): boolean =>
  new URL(env.PUBLIC_ORIGIN).protocol === 'https:';

/** The only place that reads process.env. */
export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `- ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Cấu hình môi trường không hợp lệ:\n${lines.join('\n')}`);
  }
  const seed = parsed.data.SEED ?? (parsed.data.KIEMTRA_MODE === 'production' ? 'none' : 'binh-dinh-2024');
  return { ...parsed.data, SEED: seed };
}
