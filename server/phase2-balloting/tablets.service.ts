// Hall tablets. The secretariat creates a tablet and gets a pairing code; the tablet sends the
// code once and receives a device token it keeps. Unpaired tablets show only the pairing screen.
import { randomBytes } from 'node:crypto';
import type { Db } from '../../db/client';
import { findCongress } from '../core/accounts/accounts.repository';
import { secureRandomString } from '../core/domain/random';
import { appendCongressEntry } from '../core/ledger/ledger.service';
import { AppError, notFound } from '../core/errors';
import { consume } from '../core/rate-limit/rate-limit.service';
import type { Actor } from '../core/context';
import { encodeToken, tokenHash } from './domain/card-token';
import {
  insertTablet,
  listTabletRows,
  lockTabletByPairingCode,
  setTabletPaired,
  touchTabletByToken,
  updateTabletRow,
  type TabletRow,
} from './tablets.repository';

const PAIRING_MINUTES = 15;
/** A tablet that has not called in for this long is shown offline. */
export const ONLINE_WINDOW_MS = 45_000;

/** 8 Crockford symbols (40 bits), valid 15 minutes, single use, rate limited: enough for a hall. */
function newPairingCode(): string {
  return encodeToken(randomBytes(13)).slice(0, 8);
}

function normalizePairingCode(input: string): string | null {
  const s = input.trim().toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  return /^[0-9A-HJKMNP-TV-Z]{8}$/.test(s) ? s : null;
}

export function describeTablet(t: TabletRow, now: Date) {
  return {
    id: t.id,
    name: t.name,
    paired: !!t.pairedAt && !t.revokedAt,
    revoked: !!t.revokedAt,
    pairedAt: t.pairedAt?.toISOString() ?? null,
    lastSeenAt: t.lastSeenAt?.toISOString() ?? null,
    online: !!t.lastSeenAt && !t.revokedAt && now.getTime() - t.lastSeenAt.getTime() < ONLINE_WINDOW_MS,
    pairingExpiresAt: t.pairedAt ? null : (t.pairingExpiresAt?.toISOString() ?? null),
  };
}

export async function listTablets(db: Db, actor: Actor, now: Date) {
  const rows = await listTabletRows(db, actor.congressId);
  return rows.map((t) => describeTablet(t, now));
}

/** Creates a tablet (or renews the code of an unpaired one) and returns its pairing code. */
export async function createPairingCode(db: Db, actor: Actor, input: { name: string; tabletId?: string }, now: Date) {
  const code = newPairingCode();
  const expires = new Date(now.getTime() + PAIRING_MINUTES * 60_000);
  return db.transaction(async (tx) => {
    let row;
    if (input.tabletId) {
      row = await updateTabletRow(tx, actor.congressId, input.tabletId, {
        name: input.name,
        pairingCodeHash: tokenHash(code),
        pairingExpiresAt: expires,
        deviceTokenHash: null,
        pairedAt: null,
        revokedAt: null,
      });
      if (!row) throw notFound({ zh: '未找到该平板', en: 'Tablet not found' });
    } else {
      row = await insertTablet(tx, { congressId: actor.congressId, name: input.name, pairingCodeHash: tokenHash(code), pairingExpiresAt: expires });
    }
    await appendCongressEntry(tx, actor.congressId, 'tablet.pairing_started', { tabletId: row!.id, name: input.name, by: actor.accountId }, now);
    return { tablet: describeTablet(row!, now), code: `${code.slice(0, 4)}-${code.slice(4)}`, expiresAt: expires.toISOString() };
  });
}

export async function pairTablet(db: Db, input: { code: string; ip: string }, now: Date) {
  await consume(db, [{ key: `pair:${input.ip}`, max: 20, windowSeconds: 600 }], now);
  const code = normalizePairingCode(input.code);
  const wrong = () => new AppError('not_found', { zh: '配对码无效或已过期', en: 'Unknown or expired pairing code' });
  if (!code) throw wrong();
  return db.transaction(async (tx) => {
    const row = await lockTabletByPairingCode(tx, tokenHash(code), now);
    if (!row) throw wrong();
    const deviceToken = secureRandomString(32);
    const paired = await setTabletPaired(tx, row.id, tokenHash(deviceToken), now);
    await appendCongressEntry(tx, row.congressId, 'tablet.paired', { tabletId: row.id, name: row.name }, now);
    const congress = await findCongress(tx, row.congressId);
    return { deviceToken, tablet: describeTablet(paired, now), congress: { id: congress!.id, name: congress!.name } };
  });
}

/** The tablet calling in: who it is (and it is now online). Null for an unknown or revoked token. */
export async function touchTablet(db: Db, deviceToken: string | undefined, now: Date) {
  if (!deviceToken || deviceToken.length > 100) return null;
  const row = await touchTabletByToken(db, tokenHash(deviceToken), now);
  if (!row) return null;
  const congress = await findCongress(db, row.congressId);
  return { tablet: describeTablet(row, now), congress: { id: congress!.id, name: congress!.name } };
}

export async function updateTablet(db: Db, actor: Actor, id: string, input: { name?: string; revoke?: boolean }, now: Date) {
  return db.transaction(async (tx) => {
    const row = await updateTabletRow(tx, actor.congressId, id, {
      ...(input.name ? { name: input.name } : {}),
      ...(input.revoke ? { revokedAt: now, deviceTokenHash: null } : {}),
    });
    if (!row) throw notFound({ zh: '未找到该平板', en: 'Tablet not found' });
    await appendCongressEntry(
      tx,
      actor.congressId,
      input.revoke ? 'tablet.revoked' : 'tablet.renamed',
      { tabletId: id, name: row.name, by: actor.accountId },
      now,
    );
    return describeTablet(row, now);
  });
}
