// Which address the cards' QR codes carry, and whether deputies' phones can open it. A card printed
// with a loopback address (localhost, 127.x, ::1) opens nothing on a phone; a card whose address is
// not the configured PUBLIC_ORIGIN was printed from a page or a server that disagrees with it.
// Pure: the caller passes the machine's interfaces (os.networkInterfaces()) and the port.

export interface CardOriginCheck {
  /** The origin printed in every QR code: `<origin>/v#<token>`. */
  origin: string;
  /** PUBLIC_ORIGIN as configured, or null when unset (the QR then takes the console's own origin). */
  publicOrigin: string | null;
  /** The origin is this machine only: phones cannot reach it. */
  loopback: boolean;
  /** PUBLIC_ORIGIN is set and the QR origin is another one. */
  mismatch: boolean;
  /** Addresses of this machine on its networks, as origins a phone in the hall might reach. */
  lanOrigins: string[];
}

/** True for localhost names, 127.0.0.0/8, ::1 and 0.0.0.0 (never reachable from another device). */
export function isLoopbackHost(hostname: string): boolean {
  const h = hostname
    .toLowerCase()
    .replace(/^\[|\]$/g, '')
    .replace(/\.$/, '');
  if (h === 'localhost' || h.endsWith('.localhost')) return true;
  if (/^127(\.\d{1,3}){3}$/.test(h)) return true;
  if (h === '0.0.0.0' || h === '::' || h === '::1' || h === '0:0:0:0:0:0:0:1') return true;
  if (/^::ffff:127(\.\d{1,3}){3}$/.test(h)) return true;
  return false;
}

export function isLoopbackOrigin(origin: string): boolean {
  try {
    return isLoopbackHost(new URL(origin).hostname);
  } catch {
    return false;
  }
}

/** The same origin, written one way (scheme and host lower case, default port dropped). */
export function normalOrigin(origin: string): string {
  try {
    return new URL(origin).origin;
  } catch {
    return origin;
  }
}

/** Shape of one entry of os.networkInterfaces(), the fields read here. */
export interface InterfaceAddress {
  address: string;
  family: string | number;
  internal: boolean;
}

/**
 * `http://<address>:<port>` for each external IPv4 address, then each global IPv6 one (link-local
 * fe80:: addresses need a zone id that browsers do not take in a URL).
 */
export function lanOrigins(interfaces: Record<string, InterfaceAddress[] | undefined>, port: number, protocol = 'http:'): string[] {
  const v4: string[] = [];
  const v6: string[] = [];
  const suffix = (protocol === 'http:' && port === 80) || (protocol === 'https:' && port === 443) ? '' : `:${port}`;
  for (const list of Object.values(interfaces)) {
    for (const a of list ?? []) {
      if (a.internal || isLoopbackHost(a.address)) continue;
      const family = String(a.family);
      if (family === 'IPv4' || family === '4') v4.push(`${protocol}//${a.address}${suffix}`);
      else if ((family === 'IPv6' || family === '6') && !/^fe80:/i.test(a.address)) v6.push(`${protocol}//[${a.address}]${suffix}`);
    }
  }
  return [...new Set([...v4, ...v6])];
}

export function checkCardOrigin(origin: string, publicOrigin: string | null | undefined, lan: string[]): CardOriginCheck {
  const configured = publicOrigin ? normalOrigin(publicOrigin) : null;
  const printed = normalOrigin(origin);
  return {
    origin: printed,
    publicOrigin: configured,
    loopback: isLoopbackOrigin(printed),
    mismatch: configured !== null && configured !== printed,
    lanOrigins: lan,
  };
}

/**
 * The start-up message about the cards' address: the LAN addresses to open the console at, and
 * how to set PUBLIC_ORIGIN; or, when it is set, whether it is one phones can reach.
 */
export function cardOriginNotice(
  publicOrigin: string | null,
  interfaces: Record<string, InterfaceAddress[] | undefined>,
  port: number,
  host: string,
): string {
  const lan = lanOrigins(interfaces, port);
  const listensOnLoopback = isLoopbackHost(host) && host !== '0.0.0.0' && host !== '::';
  const lines: string[] = [];
  if (publicOrigin) {
    lines.push(`表决卡二维码地址 / ballot card QR address: PUBLIC_ORIGIN=${publicOrigin}`);
    if (isLoopbackOrigin(publicOrigin))
      lines.push(`[warn] PUBLIC_ORIGIN 是本机地址，代表的手机无法打开 / PUBLIC_ORIGIN is a loopback address: phones cannot open it`);
  } else {
    lines.push('表决卡二维码地址 / ballot card QR address: PUBLIC_ORIGIN is not set, so the QR codes carry the address the console is opened at.');
    lines.push('  Do not print cards from http://localhost: phones cannot open it.');
  }
  if (listensOnLoopback) lines.push(`[warn] HOST=${host}: only this machine can connect; set HOST=0.0.0.0 for the hall's tablets and phones`);
  else if (lan.length) {
    lines.push('  This machine on the network (open the console here, or set PUBLIC_ORIGIN to one of them):');
    for (const o of lan) lines.push(`    ${o}`);
    if (!publicOrigin) lines.push(`  e.g. PUBLIC_ORIGIN=${lan[0]} npm start`);
  } else lines.push('  No network address found besides loopback: connect this machine to the hall network.');
  return lines.join('\n');
}
