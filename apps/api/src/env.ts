import { z } from '@kiemtra/domain';

const envSchema = z.object({
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
  SEED: z.enum(['binh-dinh-2024', 'none']).default('binh-dinh-2024'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type Env = z.infer<typeof envSchema>;

/** The only place that reads process.env. */
export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `- ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Cấu hình môi trường không hợp lệ:\n${lines.join('\n')}`);
  }
  return parsed.data;
}
