// The same rules as the server's (server/http/schemas.ts), checked before sending so the clerk
// gets the message at once and in the UI language.
import type { MessageKey } from './i18n';

const USERNAME = /^[a-z0-9][a-z0-9._-]*$/;

export function checkUsername(value: string): MessageKey | null {
  const v = value.trim().toLowerCase();
  if (!v) return 'check.required';
  return v.length >= 3 && v.length <= 40 && USERNAME.test(v) ? null : 'check.username';
}

export function checkPassword(value: string): MessageKey | null {
  if (!value) return 'check.required';
  return value.length >= 10 ? null : 'check.password';
}

export function checkRequired(value: string): MessageKey | null {
  return value.trim() ? null : 'check.required';
}
