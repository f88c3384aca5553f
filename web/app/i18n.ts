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

  'deputies.title': ['代表名册', 'Deputies'],
  'deputies.caption': ['代表列表', 'List of deputies'],
  'deputies.add': ['新增代表', 'Add deputy'],
  'deputies.import': ['导入 CSV', 'Import CSV'],
  'deputies.template': ['下载导入模板', 'Download template'],
  'deputies.search': ['搜索', 'Search'],
  'deputies.searchPlaceholder': ['姓名或座位号', 'Name or seat number'],
  'deputies.allDelegations': ['全部代表团', 'All delegations'],
  'deputies.allStatuses': ['全部状态', 'Any status'],
  'deputies.empty': ['没有符合条件的代表。', 'No deputies match.'],
  'deputies.emptyRoster': [
    '名册中还没有代表。可以逐个新增，或导入 CSV 文件。',
    'The roster is empty. Add deputies one by one, or import a CSV file.',
  ],
  'deputies.addTitle': ['新增代表', 'Add a deputy'],
  'deputies.editTitle': ['编辑代表：{name}', 'Edit deputy: {name}'],
  'deputies.added': ['已新增代表：{name}', 'Deputy added: {name}'],
  'deputies.saved': ['已保存：{name}', 'Saved: {name}'],
  'deputies.deactivate': ['终止资格', 'End term'],
  'deputies.reactivate': ['恢复资格', 'Reactivate'],
  'deputies.deactivateTitle': ['终止“{name}”的代表资格', 'End the term of {name}'],
  'deputies.deactivateMessage': ['代表记录不会删除，需要时可以恢复。', 'The record is kept, never deleted, and can be reactivated.'],
  'deputies.reactivateTitle': ['恢复“{name}”的代表资格', 'Reactivate {name}'],
  'deputies.reactivateMessage': [
    '恢复后重新计入在册代表；原座位号须未被其他在册代表占用。',
    'The deputy counts as active again; the seat must not be held by another active deputy.',
  ],
  'deputies.reason': ['原因', 'Reason'],
  'deputies.reasonHint': ['例如：调离本行政区域', 'e.g. moved out of the jurisdiction'],
  'deputies.deactivated': ['已终止“{name}”的代表资格', 'Term ended: {name}'],
  'deputies.reactivated': ['已恢复“{name}”的代表资格', 'Reactivated: {name}'],
  'deputies.needDelegation': ['请先在“代表团”页面添加代表团，再添加代表。', 'Add a delegation on the Delegations page first.'],
  'deputies.chooseDelegation': ['请选择代表团', 'Choose a delegation'],
  'deputy.name': ['姓名', 'Name'],
  'deputy.delegation': ['代表团', 'Delegation'],
  'deputy.seat': ['座位号', 'Seat'],
  'deputy.seatHint': ['例如：A-012', 'e.g. A-012'],
  'deputy.gender': ['性别', 'Gender'],
  'deputy.phone': ['联系电话', 'Phone'],
  'deputy.note': ['备注', 'Note'],
  'deputy.standingCommittee': ['常委会组成人员', 'Standing committee member'],
  'deputy.standingCommitteeShort': ['常委', 'SC'],
  'deputy.standingCommitteeHint': [
    '由常委会组成人员进行满意度测评时，只有他们领取表决卡。',
    'When the standing committee evaluates, only its members get ballot cards.',
  ],
  'deputies.anyMembership': ['全部代表', 'All deputies'],
  'deputies.onlyStandingCommittee': ['只看常委会组成人员', 'Standing committee only'],
  'deputy.status': ['状态', 'Status'],
  'gender.male': ['男', 'Male'],
  'gender.female': ['女', 'Female'],
  'gender.unset': ['未填', 'Not given'],
  'status.active': ['在册', 'Active'],
  'status.terminated': ['已终止', 'Term ended'],

  'import.title': ['导入代表名册', 'Import deputies'],
  'import.intro': [
    '选择 CSV 文件（UTF-8 或 GB18030 编码均可，Excel“另存为 CSV”即可）。系统先检查全部数据：全部无误才导入；只要有一处错误，就一行也不导入。',
    'Choose a CSV file (UTF-8 or GB18030; Excel\'s "Save as CSV" works). Every row is checked first: the file is imported only if all rows are right, otherwise nothing is.',
  ],
  'import.columns': [
    '表头须有：姓名、代表团、座位号；可选：性别、联系电话、备注。代表团须已在“代表团”页面添加。',
    'Required columns: 姓名 (name), 代表团 (delegation), 座位号 (seat); optional: 性别, 联系电话, 备注. Delegations must exist already.',
  ],
  'import.chooseFile': ['选择 CSV 文件', 'Choose a CSV file'],
  'import.file': ['文件：{name}', 'File: {name}'],
  'import.checking': ['正在检查文件…', 'Checking the file…'],
  'import.errorsTitle': ['发现 {n} 处错误，未导入任何代表', '{n} problems found; nothing was imported'],
  'import.errorsHint': [
    '请在文件中改正以下各处，保存后重新选择文件。行号与 Excel 中的行号一致（表头为第 1 行）。',
    "Correct these in the file, save it and choose it again. Row numbers are the spreadsheet's (the header is row 1).",
  ],
  'import.errorsCaption': ['文件中的错误', 'Problems in the file'],
  'import.col.row': ['行号', 'Row'],
  'import.col.column': ['列', 'Column'],
  'import.col.problem': ['问题', 'Problem'],
  'import.wholeFile': ['整个文件', 'Whole file'],
  'import.ready': ['{n} 名代表可以导入', '{n} deputies can be imported'],
  'import.readyHint': ['文件检查无误。确认后一次性导入。', 'The file is correct. Confirm to import all of them at once.'],
  'import.encoding': ['文件编码：{encoding}', 'File encoding: {encoding}'],
  'import.confirm': ['确认导入', 'Import now'],
  'import.importing': ['正在导入…', 'Importing…'],
  'import.done': ['已导入 {n} 名代表', '{n} deputies imported'],
  'import.back': ['返回代表名册', 'Back to deputies'],
  'import.failed': ['导入失败', 'Import failed'],

  'delegations.title': ['代表团', 'Delegations'],
  'delegations.caption': ['代表团列表', 'List of delegations'],
  'delegations.add': ['新增代表团', 'Add delegation'],
  'delegations.addTitle': ['新增代表团', 'Add a delegation'],
  'delegations.editTitle': ['编辑代表团：{name}', 'Edit delegation: {name}'],
  'delegations.name': ['代表团名称', 'Delegation name'],
  'delegations.nameHint': ['例如：城关镇代表团', 'e.g. 城关镇代表团'],
  'delegations.sortOrder': ['排序号', 'Sort order'],
  'delegations.sortHint': ['数字小的排在前面', 'Smaller numbers come first'],
  'delegations.activeDeputies': ['在册代表', 'Active deputies'],
  'delegations.empty': ['还没有代表团。请先添加代表团，再添加或导入代表。', 'No delegations yet. Add them before adding or importing deputies.'],
  'delegations.added': ['已新增代表团：{name}', 'Delegation added: {name}'],
  'delegations.saved': ['已保存：{name}', 'Saved: {name}'],
  'delegations.moveUp': ['上移', 'Move up'],
  'delegations.moveDown': ['下移', 'Move down'],

  'departments.title': ['部门（责任单位）', 'Departments'],
  'departments.caption': ['部门列表', 'List of departments'],
  'departments.add': ['新增部门', 'Add department'],
  'departments.addTitle': ['新增部门', 'Add a department'],
  'departments.editTitle': ['编辑部门：{name}', 'Edit department: {name}'],
  'departments.name': ['部门名称', 'Department name'],
  'departments.nameHint': ['例如：县教育局、城关镇人民政府', 'e.g. 县教育局'],
  'departments.contactName': ['联系人', 'Contact person'],
  'departments.contactPhone': ['联系电话', 'Contact phone'],
  'departments.search': ['搜索', 'Search'],
  'departments.searchPlaceholder': ['部门名称', 'Department name'],
  'departments.status': ['状态', 'Status'],
  'departments.active': ['启用', 'Active'],
  'departments.inactive': ['已停用', 'Deactivated'],
  'departments.deactivate': ['停用', 'Deactivate'],
  'departments.reactivate': ['重新启用', 'Reactivate'],
  'departments.deactivateTitle': ['停用“{name}”', 'Deactivate {name}'],
  'departments.deactivateMessage': [
    '停用后不能再为该部门新建账号。记录保留，可以随时重新启用。',
    'No new accounts can be made for it. The record is kept and can be reactivated.',
  ],
  'departments.reactivateTitle': ['重新启用“{name}”', 'Reactivate {name}'],
  'departments.reactivateMessage': ['重新启用后，可以再为该部门新建账号。', 'Accounts can be made for it again.'],
  'departments.empty': ['没有符合条件的部门。', 'No departments match.'],
  'departments.added': ['已新增部门：{name}', 'Department added: {name}'],
  'departments.saved': ['已保存：{name}', 'Saved: {name}'],
  'departments.deactivated': ['已停用：{name}', 'Deactivated: {name}'],
  'departments.reactivated': ['已重新启用：{name}', 'Reactivated: {name}'],

  'accounts.title': ['账号', 'Accounts'],
  'accounts.caption': ['账号列表', 'List of accounts'],
  'accounts.add': ['新建账号', 'Create account'],
  'accounts.addTitle': ['新建账号', 'Create an account'],
  'accounts.role': ['角色', 'Role'],
  'accounts.boundTo': ['绑定', 'Bound to'],
  'accounts.status': ['状态', 'Status'],
  'accounts.active': ['启用', 'Active'],
  'accounts.inactive': ['已停用', 'Deactivated'],
  'accounts.you': ['（本人）', '(you)'],
  'accounts.department': ['所属部门', 'Department'],
  'accounts.chooseDepartment': ['请选择部门', 'Choose a department'],
  'accounts.noDepartments': ['还没有启用的部门，请先在“部门”页面添加。', 'No active departments: add one on the Departments page first.'],
  'accounts.deputy': ['对应代表', 'Deputy'],
  'accounts.deputyOptional': ['对应代表（监票人可不绑定）', 'Deputy (optional for scrutineers)'],
  'accounts.deputySearch': ['搜索代表', 'Find a deputy'],
  'accounts.deputySearchPlaceholder': ['姓名或座位号', 'Name or seat number'],
  'accounts.chooseDeputy': ['请选择代表', 'Choose a deputy'],
  'accounts.noDeputy': ['不绑定', 'None'],
  'accounts.initialPassword': ['初始密码', 'Initial password'],
  'accounts.initialPasswordHint': [
    '至少 10 位。请告知本人，并提醒其登录后修改。',
    'At least 10 characters. Tell the holder and ask them to change it.',
  ],
  'accounts.created': ['已新建账号：{name}', 'Account created: {name}'],
  'accounts.rename': ['改名', 'Rename'],
  'accounts.renameTitle': ['修改账号“{name}”的姓名', 'Rename account {name}'],
  'accounts.renamed': ['已保存：{name}', 'Saved: {name}'],
  'accounts.resetPassword': ['重置密码', 'Reset password'],
  'accounts.resetTitle': ['重置“{name}”的密码', 'Reset the password of {name}'],
  'accounts.newPassword': ['新密码', 'New password'],
  'accounts.resetDone': ['密码已重置，该账号已在所有设备上退出登录。', 'Password reset; the account was logged out everywhere.'],
  'accounts.deactivate': ['停用', 'Deactivate'],
  'accounts.reactivate': ['重新启用', 'Reactivate'],
  'accounts.deactivateTitle': ['停用账号“{name}”', 'Deactivate account {name}'],
  'accounts.deactivateMessage': [
    '停用后该账号立即退出登录，且不能再登录。可以随时重新启用。',
    'The account is logged out at once and cannot log in. It can be reactivated.',
  ],
  'accounts.reactivateTitle': ['重新启用账号“{name}”', 'Reactivate account {name}'],
  'accounts.reactivateMessage': ['重新启用后，该账号可以用原密码登录。', 'The account can log in again with its password.'],
  'accounts.deactivated': ['已停用：{name}', 'Deactivated: {name}'],
  'accounts.reactivated': ['已重新启用：{name}', 'Reactivated: {name}'],
  'accounts.empty': ['还没有账号。', 'No accounts.'],
  'accounts.lockouts': ['近 24 小时被锁定的账号', 'Accounts locked in the last 24 hours'],
  'accounts.lockoutsIntro': [
    '同一账号 15 分钟内 5 次密码错误后，新的浏览器暂时不能登录；本人曾登录过的浏览器不受影响。下列为被锁定的账号，可能有人在尝试猜测密码。',
    'After 5 wrong passwords in 15 minutes an account is locked for new browsers; browsers its holder logged in with before are not affected. Someone may be guessing these passwords.',
  ],
  'accounts.lockoutKind.login': ['登录', 'Login'],
  'accounts.lockoutKind.password': ['修改密码', 'Password change'],
  'accounts.lockoutAttempts': ['尝试次数', 'Attempts'],
  'accounts.lockoutUntil': ['解除时间', 'Until'],
  'accounts.lockoutWhat': ['类型', 'Kind'],

  'ledgers.title': ['账本', 'Ledgers'],
  'ledgers.caption': ['账本列表', 'List of ledgers'],
  'ledgers.intro': [
    '系统中的每一次变更都记入只能追加、以哈希相连的账本。下载的导出文件可以离线核验（npm run verify）。',
    'Every change is written to an append-only, hash-chained ledger. A downloaded export can be verified offline (npm run verify).',
  ],
  'ledgers.name': ['名称', 'Title'],
  'ledgers.kind': ['类型', 'Kind'],
  'ledgers.visibility': ['公开', 'Public'],
  'ledgers.entries': ['条目数', 'Entries'],
  'ledgers.created': ['创建时间', 'Created'],
  'ledgers.view': ['查看', 'View'],
  'ledgers.public': ['公开', 'Public'],
  'ledgers.private': ['不公开', 'Not public'],
  'ledgers.empty': ['还没有账本。', 'No ledgers.'],
  'ledgerKind.congress': ['行政记录', 'Administrative'],
  'ledgerKind.cycle': ['年度项目', 'Cycle'],
  'ledgerKind.ballot': ['票决', 'Ballot'],
  'ledger.back': ['返回账本列表', 'Back to ledgers'],
  'ledger.head': ['链头', 'Chain head'],
  'ledger.headSeq': ['序号', 'Sequence'],
  'ledger.headHash': ['哈希', 'Hash'],
  'ledger.download': ['下载导出文件（JSON）', 'Download export (JSON)'],
  'ledger.caption': ['账本条目', 'Ledger entries'],
  'ledger.seq': ['序号', 'Seq'],
  'ledger.at': ['时间', 'Time'],
  'ledger.kind': ['事项', 'Entry'],
  'ledger.hash': ['哈希', 'Hash'],
  'ledger.data': ['内容', 'Data'],
  'ledger.empty': ['账本中还没有条目。', 'The ledger has no entries yet.'],
  'entry.congress.created': ['代表大会创建', 'Congress created'],
  'entry.account.created': ['新建账号', 'Account created'],
  'entry.account.updated': ['账号变更', 'Account changed'],
  'entry.account.password_changed': ['修改密码', 'Password changed'],
  'entry.delegation.created': ['新增代表团', 'Delegation added'],
  'entry.delegation.updated': ['代表团变更', 'Delegation changed'],
  'entry.deputy.added': ['新增代表', 'Deputy added'],
  'entry.deputy.updated': ['代表信息变更', 'Deputy changed'],
  'entry.deputy.deactivated': ['终止代表资格', 'Deputy term ended'],
  'entry.deputy.reactivated': ['恢复代表资格', 'Deputy reactivated'],
  'entry.deputy.imported': ['导入代表', 'Deputies imported'],
  'entry.department.created': ['新增部门', 'Department added'],
  'entry.department.updated': ['部门变更', 'Department changed'],
  'entry.department.deactivated': ['停用部门', 'Department deactivated'],
  'entry.department.reactivated': ['重新启用部门', 'Department reactivated'],

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
