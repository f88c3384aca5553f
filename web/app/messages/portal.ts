// UI texts (portal.*), [zh, en] per key; merged into the one dictionary by ../i18n.ts.
// The public portal (web/public/portal/): "/" without a session, /public, /public/<code>/<year>,
// and the console's setting of the public code.
export const portalMessages = {
  'portal.title': ['民生实事项目公开', 'Livelihood projects in public'],
  'portal.intro': [
    '群众提建议、人大代表票决、政府部门实施、代表评议：每年的民生实事项目在这里全过程公开。',
    "Citizens suggest, deputies vote, departments carry the projects out and deputies rate them: each year's livelihood projects are public here at every step.",
  ],
  'portal.staffLogin': ['工作人员登录', 'Staff login'],
  'portal.noCongress': ['尚未开通任何人民代表大会的公开页面。', 'No congress has public pages yet.'],
  'portal.noYears': ['本级人大尚未开始民生实事项目的年度工作。', 'This congress has not opened a year of livelihood projects yet.'],
  'portal.address': ['本页地址：{path}', 'Address of this page: {path}'],
  'portal.allYears': ['全部年度', 'All years'],
  'portal.yearLink': ['{year}年度', 'Year {year}'],
  'portal.nothingNow': [
    '目前没有需要群众参与的事项；候选项目名单确定后将在此公布。',
    'Nothing to take part in right now; the candidate list will be published here once it is fixed.',
  ],
  'portal.windowOpen': ['征集建议至 {closes}', 'Suggestions open until {closes}'],
  'portal.windowLater': ['建议征集期：{opens} 至 {closes}', 'Suggestions period: {opens} to {closes}'],
  'portal.nowHeading': ['现在可以', 'What you can do now'],
  'portal.moreHeading': ['本年度的其他页面', "More of this year's pages"],
  'portal.details': ['年度概况与候选项目', 'The year and its candidates'],
  'portal.notFoundTitle': ['未找到该页面', 'Page not found'],
  'portal.notFound': [
    '没有找到这个人大或年度。请核对地址，或从公开首页进入。',
    'No such congress or year. Check the address, or start from the public home page.',
  ],
  'portal.home': ['公开首页', 'Public home page'],
  'portal.breadcrumb': ['位置', 'You are here'],

  // What each current page is, as a link and a line saying what it holds.
  'portal.page.suggest': ['提出项目建议', 'Suggest a project'],
  'portal.page.suggestNote': [
    '群众可以在线提出民生实事项目建议，并凭查询码跟踪办理情况。',
    'Anyone may suggest a project online and follow it with a tracking code.',
  ],
  'portal.page.candidates': ['候选项目名单', 'Candidate list'],
  'portal.page.candidatesNote': [
    '提交人民代表大会票决的候选项目、投资估算和责任单位。',
    "The candidates put to the congress's vote, their budgets and departments.",
  ],
  'portal.page.results': ['票决结果', 'Vote results'],
  'portal.page.resultsNote': [
    '人大代表票决的计票结果，经监票人确认后公布。',
    "The deputies' vote, published once the scrutineers have certified it.",
  ],
  'portal.page.progress': ['实施进展', 'Progress'],
  'portal.page.progressNote': [
    '每个项目的进度、资金拨付、代表监督和评议结果。',
    "Each project's progress, funds paid, deputies' supervision and ratings.",
  ],
  'portal.page.report': ['年度报告', 'Annual report'],
  'portal.page.reportNote': ['可打印的年度报告（PDF、CSV）。', 'The printable annual report (PDF, CSV).'],

  // The console's setting of the code (MyAccountPage's congress section).
  'portal.code.heading': ['公开地址', 'Public address'],
  'portal.code.label': ['公开代码', 'Public code'],
  'portal.code.hint': [
    '群众访问的地址为 /public/代码/年份。只能用小写字母、数字和连字符，以字母开头，例如 xx-county。',
    'Citizens reach the pages at /public/<code>/<year>. Lowercase letters, digits and hyphens, starting with a letter, e.g. xx-county.',
  ],
  'portal.code.current': ['当前公开地址：', 'Current public address: '],
  'portal.code.fixed': [
    '公开代码已在公开页面的地址中使用，不能再更改。',
    'The public code is already in the public pages’ addresses and cannot change.',
  ],
  'portal.code.derived': [
    '此代码由系统自动生成，可以改为便于群众记忆的代码（确定并开始年度工作后不能再更改）。',
    'The system made this code; you may replace it with one citizens can remember (fixed once chosen and a year is opened).',
  ],
  'portal.code.save': ['保存公开代码', 'Save the public code'],
  'portal.code.saved': ['公开代码已保存：{code}', 'Public code saved: {code}'],
  'portal.code.check': [
    '公开代码须为 2–40 位小写字母、数字或连字符，以字母开头',
    'Use 2–40 lowercase letters, digits or hyphens, starting with a letter',
  ],
  'portal.code.setupHint': [
    '群众访问公开页面的地址：/public/代码/年份，例如 xx-county。确定并开始年度工作后不能更改。',
    'Citizens reach the public pages at /public/<code>/<year>, e.g. xx-county. Fixed once a year is opened.',
  ],
} as const;
