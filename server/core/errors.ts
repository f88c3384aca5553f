// Typed error codes, each mapped to one HTTP status. Every API error leaves the server as
// {"error": {"code", "message", "details"?}}; the message follows the caller's language.

export const ERROR_STATUS = {
  bad_request: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  rule_violation: 422,
  rate_limited: 429,
  internal: 500,
  unavailable: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;
export type Message = string | { zh: string; en: string };

export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    readonly msg: Message,
    readonly details?: unknown,
    /** Seconds, for 429 and 503. */
    readonly retryAfter?: number,
  ) {
    super(typeof msg === 'string' ? msg : msg.en);
    this.status = ERROR_STATUS[code];
  }
}

export const badRequest = (msg: Message, details?: unknown) => new AppError('bad_request', msg, details);
export const notFound = (what: Message = { zh: '未找到', en: 'Not found' }) => new AppError('not_found', what);
export const forbidden = (msg: Message = { zh: '无权执行此操作', en: 'You may not do this' }) => new AppError('forbidden', msg);
export const conflict = (msg: Message, details?: unknown) => new AppError('conflict', msg, details);
export const ruleViolation = (msg: Message, details?: unknown) => new AppError('rule_violation', msg, details);
export const rateLimited = (retryAfter: number) =>
  new AppError('rate_limited', { zh: '尝试过于频繁，请稍后再试', en: 'Too many attempts; try again later' }, { retryAfter }, retryAfter);

export function pickMessage(msg: Message, lang: 'zh' | 'en'): string {
  return typeof msg === 'string' ? msg : msg[lang];
}

export function errorBody(code: ErrorCode, message: string, details?: unknown) {
  return { error: details === undefined ? { code, message } : { code, message, details } };
}
