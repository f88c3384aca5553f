// Demo phase 0: a county congress of 231 deputies in 13 delegations, 11 departments with
// accounts, scrutineers — all entered through the same services the console uses.
import { createAccount } from '../../server/core/accounts/accounts.service';
import { createDelegation, createDepartment, importDeputiesCsv } from '../../server/core/roster/roster.service';
import { searchDeputies } from '../../server/core/roster/roster.repository';
import type { Actor, Deps } from '../../server/core/context';
import { DELEGATIONS, DEPARTMENTS, personName } from './names';
import { newKeyPair, type SignatureAlg } from '../../server/core/domain/signatures';
import { congressSignatureAlg, registerKey, submitKey } from '../../server/core/signers/signers.service';
import { findAccountByUsername } from '../../server/core/accounts/accounts.repository';

export const DEMO_PASSWORD = 'minsheng-2027';

/**
 * The scrutineers' signing keys, made here as each scrutineer's browser would make them (the demo
 * signs its certifications with them) and forgotten when the script ends: a demo scrutineer who logs
 * in makes a new key in the browser, which the secretariat registers as in a real congress.
 */
export const demoSigningKeys = new Map<string, { keyId: string; alg: SignatureAlg; privateKey: Uint8Array }>();
/** Before the demo story's first year, so every certification in it finds the keys registered. */
const KEYS_REGISTERED_AT = new Date('2023-07-01T01:00:00.000Z');

export interface Login {
  role: string;
  username: string;
  who: string;
}

export async function seedRoster(deps: Deps, admin: Actor): Promise<Login[]> {
  const now = deps.clock();
  const logins: Login[] = [];
  const delegationIds: string[] = [];
  for (const [i, [name]] of DELEGATIONS.entries()) {
    delegationIds.push((await createDelegation(deps.db, admin, { name, sortOrder: i + 1 }, now)).id);
  }
  // The roster goes in as a CSV, as a clerk would import it from the election committee's sheet.
  const lines = ['姓名,代表团,座位号,性别'];
  let n = 0;
  for (const [name, size] of DELEGATIONS) {
    for (let k = 0; k < size; k++) {
      n += 1;
      lines.push(`${personName(n)},${name},${n},${n % 3 === 0 ? '女' : '男'}`);
    }
  }
  const imported = await importDeputiesCsv(deps.db, admin, new TextEncoder().encode(lines.join('\r\n')), { dryRun: false }, now);
  if (imported.imported !== 231) throw new Error(`expected 231 deputies, imported ${imported.imported}`);

  for (const [name, username] of DEPARTMENTS) {
    const dept = await createDepartment(deps.db, admin, { name, contactName: `${name}办公室`, contactPhone: '0000-0000000' }, now);
    await createAccount(deps.db, admin, { username, displayName: name, role: 'department', password: DEMO_PASSWORD, departmentId: dept.id }, now);
    logins.push({ role: 'department', username, who: name });
  }

  const { rows } = await searchDeputies(deps.db, admin.congressId, { page: 1, pageSize: 500, status: 'active' });
  const bySeat = new Map(rows.map((r) => [r.deputy.seatNo, r.deputy]));
  const scrutineers: Array<[string, string, string]> = [
    ['zongjianpiao', '总监票人', '5'],
    ['jianpiao1', '监票人', '40'],
    ['jianpiao2', '监票人', '120'],
  ];
  for (const [username, title, seat] of scrutineers) {
    const dep = bySeat.get(seat)!;
    await createAccount(
      deps.db,
      admin,
      { username, displayName: `${title} ${dep.name}`, role: 'scrutineer', password: DEMO_PASSWORD, deputyId: dep.id },
      now,
    );
    logins.push({ role: 'scrutineer', username, who: `${title} ${dep.name}（${seat}号座）` });
  }
  const alg = await congressSignatureAlg(deps.db, admin.congressId);
  for (const [username, title] of scrutineers) {
    const account = (await findAccountByUsername(deps.db, username))!;
    const scrutineer: Actor = { ...admin, accountId: account.id, role: 'scrutineer', username, displayName: account.displayName };
    const { privateKey, publicKey } = newKeyPair(alg);
    const key = await submitKey(deps.db, scrutineer, { alg, publicKey });
    await registerKey(deps.db, admin, key.keyId, title === '总监票人' ? 'chief' : 'member', KEYS_REGISTERED_AT);
    demoSigningKeys.set(account.id, { keyId: key.keyId, alg, privateKey });
  }
  for (const seat of ['1', '29', '200']) {
    const dep = bySeat.get(seat)!;
    const username = `daibiao${seat}`;
    await createAccount(deps.db, admin, { username, displayName: dep.name, role: 'deputy', password: DEMO_PASSWORD, deputyId: dep.id }, now);
    logins.push({ role: 'deputy', username, who: `代表 ${dep.name}（${seat}号座）` });
  }
  void delegationIds;
  return logins;
}
