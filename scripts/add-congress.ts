// Adds another congress (tenant) with its first secretariat account, for deployments that host many:
//   npx tsx scripts/add-congress.ts --name 某镇人民代表大会 --jurisdiction 某镇 --level township --code mou-zhen --username zhen-mishu --display 某镇人大主席团 [--hash sm3]
// --code is the public code (/public/<code>/<year>); without it a "township-1"-style code is given, which the secretariat may replace once.
// The password is read from the ADMIN_PASSWORD environment variable, so it stays out of shell history.
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { congressInput } from '../server/core/setup/setup.routes';
import { addCongress } from '../server/core/setup/congress.service';
import { findAccountByUsername } from '../server/core/accounts/accounts.repository';
import { loadEnv } from '../server/env';
import { makeDeps, openDatabaseFor } from '../server/server';

const { values } = parseArgs({
  options: {
    name: { type: 'string' },
    jurisdiction: { type: 'string' },
    level: { type: 'string' },
    code: { type: 'string' },
    username: { type: 'string' },
    display: { type: 'string' },
    hash: { type: 'string' },
  },
});
const parsed = congressInput.safeParse({
  congress: { name: values.name, jurisdiction: values.jurisdiction, level: values.level, code: values.code, hashAlg: values.hash },
  admin: { username: values.username, displayName: values.display, password: process.env.ADMIN_PASSWORD },
});
if (!parsed.success) {
  console.error('Invalid input:\n' + z.prettifyError(parsed.error));
  process.exit(2);
}
const env = loadEnv();
const database = await openDatabaseFor(env);
try {
  const deps = makeDeps(database, env);
  if (await findAccountByUsername(deps.db, parsed.data.admin.username)) {
    console.error(`Username "${parsed.data.admin.username}" is taken.`);
    process.exitCode = 1;
  } else {
    const { congress } = await addCongress(deps.db, parsed.data, deps.clock());
    console.log(
      `Added ${congress.name} (${congress.id}); its public pages are /public/${congress.publicCode}; its secretariat logs in as ${parsed.data.admin.username}.`,
    );
  }
} finally {
  await database.close();
}
