// Messages of the card printing: the address in the QR codes and its warnings, the PDF of the
// cards with its progress; [zh, en] per key, merged into the one dictionary by ../i18n.ts.
export const cardPrintMessages = {
  'cards.pdf.button': ['表决卡 PDF', 'Cards as PDF'],
  'cards.pdf.title': ['表决卡 PDF', 'Ballot cards as PDF'],
  'cards.pdf.intro': [
    '服务器为每位已签到代表印制一张表决卡，生成 A4 PDF（每页 8 张）并直接下载，适合人数较多的会议。PDF 即时生成，不在服务器保存。',
    'The server issues one card per deputy present and sends them as an A4 PDF (8 cards a sheet) to download; best for large sittings. The PDF is made on the spot and never stored.',
  ],
  'cards.pdf.reprint': [
    '已印制过表决卡：生成 PDF 将使此前所有未使用的表决卡作废，每位已签到代表得到一张新卡。',
    'Cards were printed before: making the PDF voids every unused card, and each deputy present gets a new one.',
  ],
  'cards.pdf.make': ['生成并下载 PDF', 'Make and download the PDF'],
  'cards.pdf.making': ['正在生成 PDF…', 'Making the PDF…'],
  'cards.pdf.progress': ['已生成 {done} / {total} 页', '{done} of {total} pages written'],
  'cards.pdf.progressLabel': ['PDF 生成进度', 'PDF progress'],
  'cards.pdf.done': [
    '已下载：{n} 张表决卡，{pages} 页，{size}。请立即打印；离开本页后无法再次下载，需重新印制。',
    'Downloaded: {n} cards on {pages} pages, {size}. Print them now: after leaving this page they cannot be downloaded again and must be printed anew.',
  ],
  'cards.pdf.saveAgain': ['再次保存 PDF', 'Save the PDF again'],
  'cards.pdf.failed': ['PDF 生成失败：{message}', 'The PDF failed: {message}'],

  'cards.origin.label': ['二维码地址', 'Address in the QR codes'],
  'cards.origin.checking': ['正在检查二维码地址…', 'Checking the address in the QR codes…'],
  'cards.origin.loopbackTitle': ['警告：代表的手机无法打开这些表决卡', 'Warning: phones cannot open these cards'],
  'cards.origin.loopback': [
    '二维码中的地址 {origin} 是本机地址（localhost / 127.x / ::1），只有这台电脑能打开；代表用手机扫码将无法投票。',
    'The address in the QR codes, {origin}, is a loopback address (localhost / 127.x / ::1): only this computer can open it, and deputies scanning with a phone cannot vote.',
  ],
  'cards.origin.mismatchTitle': ['警告：二维码地址与 PUBLIC_ORIGIN 不一致', 'Warning: the QR address differs from PUBLIC_ORIGIN'],
  'cards.origin.mismatch': [
    '二维码中的地址是 {origin}，而服务器配置的 PUBLIC_ORIGIN 是 {configured}。',
    'The QR codes carry {origin}, while the server is configured with PUBLIC_ORIGIN {configured}.',
  ],
  'cards.origin.fix': [
    '请在服务器上设置 PUBLIC_ORIGIN 为会场网络中手机能访问的地址并重启，例如：',
    'On the server, set PUBLIC_ORIGIN to an address phones on the hall network can reach, and restart, for example:',
  ],
  'cards.origin.fixNoLan': [
    '请在服务器上设置 PUBLIC_ORIGIN 为会场网络中手机能访问的地址（例如 http://192.168.1.10:3000）并重启。',
    'On the server, set PUBLIC_ORIGIN to an address phones on the hall network can reach (e.g. http://192.168.1.10:3000), and restart.',
  ],
  'cards.origin.orOpen': ['或者用上述地址打开管理后台后重新印制。', 'Or open the console at that address and print again.'],
  'cards.origin.unset': [
    '未设置 PUBLIC_ORIGIN：二维码使用本浏览器打开的地址。请确认代表的手机能打开它。',
    'PUBLIC_ORIGIN is not set: the QR codes carry the address this browser opened. Make sure deputies’ phones can open it.',
  ],
  'cards.origin.override': [
    '我明白这些表决卡在手机上无法打开，仍要打印（仅用于测试）',
    'I understand phones cannot open these cards; print anyway (for testing only)',
  ],
  'cards.origin.stopped': ['请先处理上面的警告。', 'Deal with the warning above first.'],
} as const satisfies Record<string, readonly [string, string]>;
