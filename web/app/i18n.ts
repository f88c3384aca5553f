// UI language: Chinese first, English by a switch. One signal, remembered in localStorage; `t()`
// reads it, so every text in JSX follows a switch without a reload.
import { createSignal } from 'solid-js';
import { departmentImplementationMessages } from './messages/department-implementation';
import { evaluationMessages } from './messages/evaluation';
import { hallMessages } from './messages/hall';
import { hallConsoleMessages } from './messages/hall-console';
import { progressMessages } from './messages/progress';
import { annualReportMessages } from './messages/annual-report';
import { coreMessages } from './messages/core';
import { supervisionMessages } from './messages/supervision';
import { solicitationMessages } from './messages/solicitation';
import { solicitationConsoleMessages } from './messages/solicitation-console';
import { solicitationPublicMessages } from './messages/solicitation-public';

export type Lang = 'zh' | 'en';

const messages = {
  ...coreMessages, ...solicitationMessages, ...solicitationConsoleMessages, ...solicitationPublicMessages, ...hallMessages, ...hallConsoleMessages, ...progressMessages, ...departmentImplementationMessages,
  ...supervisionMessages, ...evaluationMessages, ...annualReportMessages,
};

export type MessageKey = keyof typeof messages;

const STORAGE_KEY = 'minsheng.lang';

function storedLang(): Lang {
  try {
    const v = localStorage.getItem(STORAGE_KEY);
    if (v === 'en' || v === 'zh') return v;
  } catch { /* storage blocked: fall back to the default */ }
  return 'zh';
}

const [lang, setLangSignal] = createSignal<Lang>(storedLang());
export { lang };

export function htmlLang(l: Lang = lang()): string {
  return l === 'zh' ? 'zh-CN' : 'en';
}

export function setLang(l: Lang) {
  setLangSignal(l);
  try { localStorage.setItem(STORAGE_KEY, l); } catch { /* not remembered; still switched */ }
  document.documentElement.lang = htmlLang(l);
}

export function t(key: MessageKey, vars?: Record<string, string | number>): string {
  const text: string = messages[key][lang() === 'zh' ? 0 : 1];
  if (!vars) return text;
  return text.replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m));
}

/** For keys built from server values (roles, statuses): unknown values show as they are. */
export function tMaybe(key: string, fallback: string): string {
  return key in messages ? t(key as MessageKey) : fallback;
}

/**
 * Server validation messages come as "中文 / English" (see server/http/schemas.ts); show the half
 * in the UI language. Other messages are already in the language we asked for.
 */
export function pickServerText(message: string): string {
  const parts = message.split(' / ');
  if (parts.length !== 2) return message;
  return lang() === 'zh' ? parts[0]! : parts[1]!;
}

// English dates in day-month order with a 24-hour clock, as the Chinese ones are read.
const dateLocale = () => (lang() === 'zh' ? 'zh-CN' : 'en-GB');

export function formatDateTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(dateLocale(), { dateStyle: 'medium', timeStyle: 'medium' }).format(d);
}

/** Date and time apart, for a table cell that shows them on two lines. */
export function formatDateAndTime(iso: string): { date: string; time: string } {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return { date: iso, time: '' };
  return {
    date: new Intl.DateTimeFormat(dateLocale(), { dateStyle: 'medium' }).format(d),
    time: new Intl.DateTimeFormat(dateLocale(), { timeStyle: 'medium', hourCycle: 'h23' }).format(d),
  };
}
