// Entry point: `npm start` (after building the web app) and `npm run dev`.
import { networkInterfaces } from 'node:os';
import { loadEnv } from './env';
import { cardOriginNotice } from './phase2-balloting/domain/card-origin';
import { pdfUnavailableReason } from './phase3-implementation/annual-report-pdf';
import { makeDeps, openDatabaseFor, startServer } from './server';

async function main() {
  const env = loadEnv();
  const database = await openDatabaseFor(env);
  const deps = makeDeps(database, env);
  const server = await startServer(deps);
  const where = database.driver === 'postgres' ? 'PostgreSQL' : `embedded PGlite in ${env.DATA_DIR}`;
  console.log(`民生实事票决系统 listening on ${server.url} (database: ${where})`);
  // The cards' QR codes carry PUBLIC_ORIGIN (else the console's own address): say which addresses
  // phones in the hall can reach, so nobody prints cards for localhost.
  console.log(cardOriginNotice(env.PUBLIC_ORIGIN ?? null, networkInterfaces(), server.port, env.HOST));
  // The annual report's PDF export needs a Chromium on this machine: say plainly when it is off.
  const noPdf = pdfUnavailableReason();
  console.log(
    noPdf ? `[warn] report PDF export is OFF: ${noPdf}; readers can still print the report page` : 'report PDF export is on (Chromium found)',
  );
  const stop = async () => {
    await server.close();
    await database.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
