// `npm run demo`: loads a realistic county congress into the configured database (PGlite in
// DATA_DIR, or DATABASE_URL) and prints the logins. Safe to run twice: the second run only prints.
import { findAccountByUsername, listAccounts } from '../server/core/accounts/accounts.repository';
import { addCongress } from '../server/core/setup/congress.service';
import { loadEnv } from '../server/env';
import type { Actor } from '../server/core/context';
import { makeDeps, openDatabaseFor } from '../server/server';
import { DEMO_PASSWORD, seedRoster, type Login } from './demo/roster';
import { seedBalloting } from './demo/balloting';
import { seedEvaluatedYear } from './demo/evaluation';
import { seedImplementation } from './demo/implementation';
import { seedSolicitation } from './demo/solicitation';
import { parseArgs } from 'node:util';
import { isHashAlg } from '../server/core/domain/ledger-hash';

const ADMIN_USERNAME = 'mishu';
/** The demo congress's public code: citizens' pages are /public/shifan-xian/<year>. */
const DEMO_CODE = 'shifan-xian';
// `npm run demo -- --hash sm3`: SM3 ledgers and SM2 scrutineer keys; by default SHA-256 and Ed25519.
const { values: flags } = parseArgs({ options: { hash: { type: 'string', default: 'sha256' } } });
if (!isHashAlg(flags.hash)) {
  console.error(`--hash must be sha256 or sm3, not ${JSON.stringify(flags.hash)}`);
  process.exit(2);
}
const hashAlg = flags.hash;

const env = loadEnv();
const database = await openDatabaseFor(env);
const deps = makeDeps(database, env);
try {
  const existing = await findAccountByUsername(deps.db, ADMIN_USERNAME);
  if (existing) {
    console.log(`The demo is already loaded (account "${ADMIN_USERNAME}" exists); nothing was changed.`);
    const accounts = await listAccounts(deps.db, existing.congressId);
    printLogins(
      accounts
        .map((r) => r.account)
        .filter((a) => a.active)
        .map((a) => ({ role: a.role, username: a.username, who: a.displayName })),
    );
  } else {
    console.log(`Loading the demo: 示范县第十八届人民代表大会 (ledgers ${hashAlg}) …`);
    const { congress, account } = await addCongress(
      deps.db,
      {
        congress: { name: '示范县第十八届人民代表大会', jurisdiction: '示范县', level: 'county', code: DEMO_CODE, hashAlg },
        admin: { username: ADMIN_USERNAME, displayName: '县人大常委会办公室', password: DEMO_PASSWORD },
      },
      deps.clock(),
    );
    const admin: Actor = {
      accountId: account.id,
      congressId: congress.id,
      role: 'secretariat',
      username: account.username,
      displayName: account.displayName,
      departmentId: null,
      deputyId: null,
      sessionId: 'demo',
    };
    const logins: Login[] = [{ role: 'secretariat', username: ADMIN_USERNAME, who: '县人大常委会办公室（秘书处）' }];
    logins.push(...(await seedRoster(deps, admin)));
    // In story order as far as each year allows: 2024 up to its evaluation, the 2026–2027 proposals,
    // 2025 up to its plenary, where the deputies also rate 2024's projects.
    const evaluate2024 = await seedEvaluatedYear(deps, admin, logins);
    await seedSolicitation(deps, admin, logins);
    const { sitting } = await seedImplementation(deps, admin, logins);
    await evaluate2024(sitting.id);
    await seedBalloting(deps, admin);
    printLogins(logins);
  }
} finally {
  await database.close();
}

function printLogins(logins: Login[]) {
  console.log(`\nDemo logins (password for all: ${DEMO_PASSWORD}) — demo only, never use in production:\n`);
  for (const l of logins) console.log(`  ${l.role.padEnd(12)} ${l.username.padEnd(14)} ${l.who}`);
  console.log(`\nStart the system with \`npm start\` and open http://localhost:${env.PORT}`);
  console.log(`Citizens' pages: http://localhost:${env.PORT}/ (no login), e.g. http://localhost:${env.PORT}/public/${DEMO_CODE}/2025`);
}
