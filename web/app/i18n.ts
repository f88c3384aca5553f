// UI language: Chinese first, English by a switch. One signal, remembered in localStorage; `t()`
// reads it, so every text in JSX follows a switch without a reload.
import { createSignal } from 'solid-js';
import { cardPrintMessages } from './messages/card-print';
import { departmentImplementationMessages } from './messages/department-implementation';
import { evaluationMessages } from './messages/evaluation';
import { hallMessages } from './messages/hall';
import { hallConsoleMessages } from './messages/hall-console';
import { progressMessages } from './messages/progress';
import { annualReportMessages } from './messages/annual-report';
import { resultMessages } from './messages/results';
import { clerkMessages } from './messages/clerk';
import { supervisionMessages } from './messages/supervision';
import { solicitationMessages } from './messages/solicitation';
import { solicitationConsoleMessages } from './messages/solicitation-console';
import { solicitationPublicMessages } from './messages/solicitation-public';
import { portalMessages } from './messages/portal';
import { signingMessages } from './messages/signing';
import { rosterMessages } from './messages/roster';
import { accountsMessages } from './messages/accounts';

export type Lang = 'zh' | 'en';

// Each key holds [zh, en] side by side, so a text cannot exist in one language only.
const coreMessages = {
  'app.title': ['民生实事项目票决系统', 'Livelihood Projects Voting'],
  'app.loading': ['正在加载…', 'Loading…'],
  'app.loadFailed': ['无法连接服务器。', 'Cannot reach the server.'],
  'app.retry': ['重试', 'Try again'],
  'app.notFound': ['页面不存在', 'Page not found'],
  'app.backHome': ['返回首页', 'Back to the start page'],

  'lang.other': ['English', '中文'],
  'lang.otherTag': ['en', 'zh-CN'],
  'lang.switchTitle': ['Switch to English', '切换为中文'],

  'shell.skip': ['跳到主要内容', 'Skip to main content'],
  'shell.nav': ['主导航', 'Main navigation'],
  'shell.logout': ['退出登录', 'Log out'],
  'shell.loggedOut': ['已退出登录', 'You are logged out'],

  'role.secretariat': ['秘书处', 'Secretariat'],
  'role.department': ['部门', 'Department'],
  'role.deputy': ['代表', 'Deputy'],
  'role.scrutineer': ['监票人', 'Scrutineer'],

  'nav.deputies': ['代表名册', 'Deputies'],
  'nav.delegations': ['代表团', 'Delegations'],
  'nav.departments': ['部门', 'Departments'],
  'nav.accounts': ['账号', 'Accounts'],
  'nav.ledgers': ['账本', 'Ledgers'],
  'nav.myAccount': ['我的账号', 'My account'],

  'common.save': ['保存', 'Save'],
  'common.saving': ['正在保存…', 'Saving…'],
  'common.cancel': ['取消', 'Cancel'],
  'common.close': ['关闭', 'Close'],
  'common.confirm': ['确定', 'Confirm'],
  'common.edit': ['编辑', 'Edit'],
  'common.actions': ['操作', 'Actions'],
  'common.loading': ['正在加载…', 'Loading…'],
  'common.optional': ['选填', 'optional'],
  'common.all': ['全部', 'All'],
  'common.prev': ['上一页', 'Previous'],
  'common.next': ['下一页', 'Next'],
  'common.pageInfo': ['共 {total} 条，第 {page} / {pages} 页', '{total} in all, page {page} of {pages}'],
  'common.readOnly': ['只读：监票人可以查看，不能修改。', 'Read only: scrutineers can look but not change.'],
  'common.fixFields': ['请修改标出的内容后再提交。', 'Please correct the marked fields.'],
  'common.dismiss': ['关闭提示', 'Dismiss'],

  'field.username': ['用户名', 'Username'],
  'field.password': ['密码', 'Password'],
  'field.displayName': ['姓名', 'Name'],
  'hint.username': ['3–40 位小写字母、数字或 . _ -，登录时使用', '3–40 lower-case letters, digits or . _ -; used to log in'],
  'hint.password': ['至少 10 位', 'At least 10 characters'],
  'check.required': ['不能为空', 'Required'],
  'check.username': [
    '用户名须为 3–40 位小写字母、数字或 . _ -，并以字母或数字开头',
    'Use 3–40 lower-case letters, digits or . _ -, starting with a letter or digit',
  ],
  'check.password': ['密码至少 10 位', 'At least 10 characters'],
  'check.passwordMismatch': ['两次输入的密码不一致', 'The two passwords differ'],

  'error.network': ['网络连接失败，请检查网络后重试。', 'Network error: check the connection and try again.'],
  'error.http': ['服务器返回错误（{status}）。', 'The server answered with an error ({status}).'],

  'setup.title': ['首次使用设置', 'First-run setup'],
  'setup.intro': [
    '系统尚未初始化。请填写本级人民代表大会的信息，并创建第一个秘书处账号。此设置只能进行一次，完成后即进入管理后台。',
    "The system is not set up yet. Enter your people's congress and create the first secretariat account. This is done once; afterwards you go straight to the console.",
  ],
  'setup.congress': ['人民代表大会', "People's congress"],
  'setup.congressName': ['代表大会名称', 'Congress name'],
  'setup.congressNameHint': ['例如：某某县人民代表大会', 'e.g. 某某县人民代表大会'],
  'setup.jurisdiction': ['行政区域', 'Jurisdiction'],
  'setup.jurisdictionHint': ['例如：某某县', 'e.g. 某某县'],
  'setup.level': ['层级', 'Level'],
  'setup.admin': ['第一个秘书处账号', 'First secretariat account'],
  'setup.passwordConfirm': ['再次输入密码', 'Repeat the password'],
  'setup.submit': ['完成设置', 'Finish setup'],
  'setup.submitting': ['正在设置…', 'Setting up…'],
  'setup.done': ['设置完成，欢迎使用', 'Setup complete. Welcome'],
  'level.province': ['省级', 'Province'],
  'level.city': ['市级', 'City'],
  'level.county': ['县级', 'County'],
  'level.township': ['乡镇级', 'Township'],

  'login.title': ['登录', 'Log in'],
  'login.intro': ['请输入秘书处为您开设的用户名和密码。', 'Use the username and password the secretariat set up for you.'],
  'login.submit': ['登录', 'Log in'],
  'login.submitting': ['正在登录…', 'Logging in…'],
  'login.sessionEnded': ['登录已失效，请重新登录。', 'Your session has ended; please log in again.'],

  'myAccount.title': ['我的账号', 'My account'],
  'myAccount.changePassword': ['修改密码', 'Change password'],
  'myAccount.current': ['当前密码', 'Current password'],
  'myAccount.next': ['新密码', 'New password'],
  'myAccount.confirm': ['再次输入新密码', 'Repeat the new password'],
  'myAccount.submit': ['修改密码', 'Change password'],
  'myAccount.done': ['密码已修改，其他设备上的登录已退出。', 'Password changed; your other sessions were ended.'],

  'home.welcome': ['欢迎，{name}', 'Welcome, {name}'],
  'home.congress': ['所属代表大会', 'Congress'],
  'home.role': ['角色', 'Role'],
  'home.departmentIntro': [
    '这里将用于申报候选项目、报送实施进展和答复督办。相关功能将陆续开放。',
    'Here you will submit candidate projects, report implementation progress and answer supervision. These pages are coming.',
  ],
  'home.deputyIntro': [
    '这里将用于提出项目建议、阅读会前材料、参加监督和满意度评议。相关功能将陆续开放。',
    'Here you will propose projects, read the materials before the session, supervise and rate. These pages are coming.',
  ],
} as const satisfies Record<string, readonly [string, string]>;

const messages = {
  ...coreMessages,
  ...rosterMessages,
  ...accountsMessages,
  ...solicitationMessages,
  ...solicitationConsoleMessages,
  ...solicitationPublicMessages,
  ...hallMessages,
  ...hallConsoleMessages,
  ...cardPrintMessages,
  ...progressMessages,
  ...departmentImplementationMessages,
  ...supervisionMessages,
  ...evaluationMessages,
  ...signingMessages,
  ...annualReportMessages,
  ...resultMessages,
  ...clerkMessages,
  ...portalMessages,
};

export type MessageKey = keyof typeof messages;

const STORAGE_KEY = 'minsheng.lang';

function storedLang(): Lang {
  try {
    const v = localStorage.getItem(STORAGE_KEY);
    if (v === 'en' || v === 'zh') return v;
  } catch {
    /* storage blocked: fall back to the default */
  }
  return 'zh';
}

const [lang, setLangSignal] = createSignal<Lang>(storedLang());
export { lang };

export function htmlLang(l: Lang = lang()): string {
  return l === 'zh' ? 'zh-CN' : 'en';
}

export function setLang(l: Lang) {
  setLangSignal(l);
  try {
    localStorage.setItem(STORAGE_KEY, l);
  } catch {
    /* not remembered; still switched */
  }
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
