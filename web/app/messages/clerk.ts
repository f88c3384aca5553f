// UI texts (ask.*), [zh, en] per key; merged into the one dictionary by ../i18n.ts.
// What the secretariat is asked before an action that cannot be undone or that changes the
// quorum: each message spells out the consequence with the numbers it will have.
export const clerkMessages = {
  'ask.checkIn.title': ['批量签到', 'Sign in many deputies'],
  'ask.checkIn.message': [
    '将 {n} 名代表标记为已签到。应到 {roster} 人，实到将由 {present} 人变为 {after} 人；法定人数（过半数）为 {needed} 人，签到后{quorum}。请确认这些代表确已到会。',
    'Marks {n} deputies present. Roster {roster}; present goes from {present} to {after}; the quorum is {needed}, which will then be {quorum}. Make sure they are in the hall.',
  ],
  'ask.checkIn.met': ['达到法定人数', 'met'],
  'ask.checkIn.short': ['仍差 {n} 人', 'short by {n}'],
  'ask.checkIn.confirm': ['确认签到 {n} 人', 'Sign in {n}'],

  'ask.open.title': ['开启投票', 'Open the vote'],
  'ask.open.message': [
    '开启后表决规则即冻结，候选项目和规则都不能再修改：{rules}。应到 {roster} 人，实到 {present} 人，法定人数 {needed} 人；已印制表决卡 {cards} 张。开启后代表即可投票，此操作记入账本，不能撤销。',
    'Opening freezes the rules; candidates and rules can no longer change: {rules}. Roster {roster}, present {present}, quorum {needed}; {cards} cards printed. Deputies can vote at once; this is ledgered and cannot be undone.',
  ],
  'ask.open.rules': [
    '候选 {candidates} 项，应选 {seats} 项，每张最多赞成 {maxFor} 项',
    '{candidates} candidates, {seats} seats, at most {maxFor} for per card',
  ],
  'ask.open.rulesEvaluation': ['测评项目 {candidates} 个', '{candidates} projects to rate'],

  'ask.close.numbers': [
    '已发出表决卡 {cards} 张，已投 {cast} 张，实到 {present} 人；截止后尚未投出的 {unused} 张表决卡不能再投。此操作记入账本，不能撤销。',
    '{cards} cards issued, {cast} cast, {present} present; the {unused} cards not yet cast can no longer vote. This is ledgered and cannot be undone.',
  ],
  'ask.tally.numbers': ['账本中共有 {cast} 张电子选票。', 'The ledger holds {cast} electronic ballots.'],
  'ask.certify.numbers': [
    '将确认的结果：已投 {cast} 张（实到 {present} 人，应到 {roster} 人）。',
    'The result to certify: {cast} cast ({present} present of {roster}).',
  ],

  'ask.phase.closed': [
    '年度结束后，项目不再要求报送进展，也不能再提出变更；全部记录转为公开的历史。',
    'Once closed, projects owe no more reports and take no more changes; everything becomes public history.',
  ],
  'ask.phase.implementation': [
    '将按已确认的表决结果生成实施项目，之后不能再回到票决阶段。',
    'Projects are created from the certified result; the cycle cannot return to the ballot.',
  ],
  'ask.phase.counts': ['本年度现有：{counts}。', 'This cycle now has: {counts}.'],
  'ask.phase.irreversible': ['此操作不能撤销。', 'This cannot be undone.'],
} as const satisfies Record<string, readonly [string, string]>;
