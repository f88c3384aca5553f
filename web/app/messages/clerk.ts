// UI texts (ask.*, table.*, vl.*), [zh, en] per key; merged into the one dictionary by ../i18n.ts.
// What the secretariat is asked before an action that cannot be undone or that changes the
// quorum: each message spells out the consequence with the numbers it will have.
export const clerkMessages = {
  'table.scrollHint': ['表格较宽，可左右滑动查看全部列 ⇆', 'Wide table: swipe sideways to see every column ⇆'],

  'ask.checkIn.title': ['批量签到', 'Sign in many deputies'],
  'ask.checkIn.message': [
    '将 {n} 名代表标记为已签到。应到 {roster} 人，实到将由 {present} 人变为 {after} 人；法定人数为 {needed} 人，签到后{quorum}。请确认这些代表确已到会。',
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
    '年度结束后，本年度 {n} 个项目不再要求报送进展，也不能再提出变更；全部记录转为公开的历史。',
    'Once closed, the {n} projects of this cycle owe no more reports and take no more changes; everything becomes public history.',
  ],
  'ask.phase.implementation': [
    '将按已确认的表决结果生成 {n} 个实施项目，交各责任单位组织实施；之后不能再回到票决阶段。',
    'Creates {n} projects from the certified result, for their departments to carry out; the cycle cannot return to the ballot.',
  ],
  'ask.phase.evaluation': [
    '进入后可对本年度 {n} 个项目组织满意度测评；调整申请须已全部决定，之后不能再回到组织实施阶段。',
    'Then the {n} projects of this cycle can be put to a satisfaction evaluation; every change request must be decided, and the cycle cannot return to implementation.',
  ],
  'ask.phase.counts': ['本年度现有：{counts}。', 'This cycle now has: {counts}.'],
  'ask.phase.irreversible': ['此操作不能撤销。', 'This cannot be undone.'],

  'vl.certifiedBy': ['本次表决结果已于 {at} 经 {by} 确认并公开。', 'The result was certified by {by} at {at} and is public.'],
  'vl.adopted': ['表决确定以下 {n} 个项目为本年度民生实事项目：', 'The vote adopted these {n} projects:'],
  'vl.noneAdopted': ['本次表决没有项目获得通过。', 'No project was adopted by this vote.'],
  'vl.votes': ['（赞成 {for}，反对 {against}，弃权 {abstain}）', ' ({for} for, {against} against, {abstain} abstaining)'],
  'vl.evaluated': ['本次满意度测评共测评 {n} 个项目，结果如下：', 'This evaluation rated {n} projects:'],
  'vl.rate': ['满意率 {rate}', 'satisfaction {rate}'],
  'vl.checking': ['正在本机核验公开账本……', 'Checking the public ledger on this device…'],
  'vl.ok': ['已核验：账本与公布的结果一致', 'Verified: the ledger bears out the published result'],
  'vl.okDetail': [
    '本机已重新计算账本全部 {n} 条记录的哈希链（链头第 {seq} 号 {hash}），并根据账本中的选票重新计票，结果与公布的一致。',
    'This device recomputed the hash chain of all {n} entries (head {seq}, {hash}) and recounted the ballots in the ledger; the result matches what was published.',
  ],
  'vl.bad': ['不一致：账本核验未能通过', 'Mismatch: the ledger did not pass the check'],
  'vl.badDetail': [
    '下载到的账本与哈希链或公布的结果不符，不能据此相信该结果。请向人大常委会办公室反映。',
    'The ledger received does not match its hash chain or the published result; do not rely on it. Please tell the congress office.',
  ],
  'vl.unavailable': ['暂时无法取得账本，请稍后再试。', 'The ledger could not be fetched; try again later.'],
  'vl.signedBy': [
    '监票人签名已核验：{names}。本机已按本人大公开的签名密钥登记册逐一验证签名。',
    'Scrutineers’ signatures verified: {names}. This device checked each against the congress’s public register of signing keys.',
  ],
  'vl.paperSignedBy': [
    '纸质票统计（第 {seq} 号）由 {names} 录入并签名确认。',
    'Paper totals (entry {seq}) entered and confirmed, signed, by {names}.',
  ],
  'vl.unsigned': [
    '此结果的确认未附监票人签名（签名功能启用前确认）。',
    'This certification carries no scrutineers’ signatures (made before signatures existed).',
  ],
  'vl.keysUnavailable': [
    '暂时无法取得签名密钥登记册，签名尚未核验。',
    'The register of signing keys could not be fetched: the signatures are not checked yet.',
  ],
  'vl.role.chief': ['总监票人', 'chief scrutineer'],
  'vl.role.member': ['监票人', 'scrutineer'],
  'vl.experts': ['供专业人士：账本文件与命令行核验', 'For specialists: the files and the command-line check'],
  'vl.command': [
    '下载的账本可以离线核验全部哈希、重新计票并核验监票人签名，在本系统源码目录中运行：',
    'A downloaded ledger can be checked offline, every hash, the count and the scrutineers’ signatures; in the source directory run:',
  ],
} as const satisfies Record<string, readonly [string, string]>;
