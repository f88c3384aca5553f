// `npm run reliability:pglite-kill` — the kill-burst test on embedded PGlite: SIGKILL the server
// mid-burst, start it again on the same data directory, let clients retry what was not
// acknowledged; no acknowledged ballot lost, the chain intact. See kill-burst.ts.
//   npm run reliability:pglite-kill -- --cards 3000 --clients 50
import { isMain } from './lib';
import { main } from './kill-burst';

if (isMain(import.meta.url)) await main('pglite');
