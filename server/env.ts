// Configuration, read and validated once at start-up: a bad value stops the server with a message.
import path from 'node:path';
import { z } from 'zod';

const schema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_URL: z.string().url().optional(),
  DATA_DIR: z.string().default('./data'),
  /** Idle minutes after which a session ends. */
  SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(60 * 24 * 30)
    .default(8 * 60),
  /** Set when the server sits behind HTTPS so cookies get the Secure flag; auto when the request is https. */
  COOKIE_SECURE: z.enum(['true', 'false', 'auto']).default('auto'),
  /** Trust X-Forwarded-For / X-Forwarded-Proto from a reverse proxy in front. */
  TRUST_PROXY: z.enum(['true', 'false']).default('false'),
  /** Extra allowed Origins for state-changing requests (comma separated), besides the request's own host. */
  ALLOWED_ORIGINS: z.string().default(''),
  /** The address deputies' phones reach, printed in the cards' QR codes (default: the console's own origin). */
  PUBLIC_ORIGIN: z.string().url().optional(),
  LOG_LEVEL: z.enum(['silent', 'error', 'info']).default('info'),
});

export type Env = z.infer<typeof schema>;

export function loadEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return { ...parsed.data, DATA_DIR: path.resolve(parsed.data.DATA_DIR) };
}
