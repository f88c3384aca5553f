// A list costs the same number of database statements whatever its length (issue #14): no query
// per row. Every statement the server sends is counted through the database's query hook, around
// one request for a short list and one for a longer one.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listProjectsOfCycle } from '../../server/phase3-implementation/projects.repository';
import { projectRecords } from '../../server/phase3-implementation/project-record';
import { buildHall, createBallot, type Hall } from '../support/ballot-fixtures';
import { buildImplementation } from '../support/implementation-fixtures';
import { DRIVERS, startTestServer, type Client, type TestServer } from '../support/harness';

/** The statement without its parameters' numbering: an IN list grows with the list, the statement is the same. */
const statementOf = (sql: string) => sql.replace(/\(\$\d+(, \$\d+)*\)/g, '($n, …)').replace(/\$\d+/g, '$n');

describe.each(DRIVERS)('statements per list request [%s]', (driver) => {
  let server: TestServer;
  let hall: Hall;
  let statements: string[] = [];

  beforeAll(async () => {
    server = await startTestServer(driver, { onQuery: (sql) => statements.push(statementOf(sql)) });
    hall = await buildHall(server, { deputies: 4, candidates: 3, seats: 2 });
  });
  afterAll(async () => server?.stop());

  /** The answer to GET `path`, with the statements it took. */
  async function counted(client: Client, path: string) {
    statements = [];
    const r = await client.get(path);
    expect(r.status, r.text).toBe(200);
    return { body: r.body, statements: [...statements] };
  }

  it('GET /api/ballots: as many statements for three ballots as for one', async () => {
    await createBallot(hall);
    const one = await counted(hall.admin, '/api/ballots');
    expect(one.body.ballots).toHaveLength(1);
    // A cycle has one live project ballot: each further ballot goes to a fresh cycle of the hall.
    await createBallot(hall);
    await createBallot(hall);
    const three = await counted(hall.admin, '/api/ballots');
    expect(three.body.ballots).toHaveLength(3);
    expect(three.body.ballots.every((b: { candidates: unknown[] }) => b.candidates.length === 3)).toBe(true);
    expect(three.statements).toEqual(one.statements);
  });

  it('GET /api/tablets and /api/sittings: as many statements for three rows as for one', async () => {
    const made = (r: { status: number; text: string }) => expect(r.status, r.text).toBe(201);
    made(await hall.admin.post('/api/tablets/pairing-codes', { name: '第1排平板' }));
    const tablets1 = await counted(hall.admin, '/api/tablets');
    const sittings1 = await counted(hall.admin, '/api/sittings');
    for (const name of ['第2排平板', '第3排平板']) made(await hall.admin.post('/api/tablets/pairing-codes', { name }));
    for (const day of ['16', '17']) made(await hall.admin.post('/api/sittings', { title: `第${day}日全体会议`, date: `2027-01-${day}` }));
    const tablets3 = await counted(hall.admin, '/api/tablets');
    const sittings3 = await counted(hall.admin, '/api/sittings');
    expect(tablets3.body.tablets).toHaveLength(3);
    expect(sittings3.body.sittings).toHaveLength(3);
    expect(tablets3.statements).toEqual(tablets1.statements);
    expect(sittings3.statements).toEqual(sittings1.statements);
  });
});

describe.each(DRIVERS)('statements for a cycle’s project records (the annual report) [%s]', (driver) => {
  let server: TestServer;
  let statements: string[] = [];

  beforeAll(async () => {
    server = await startTestServer(driver, { onQuery: (sql) => statements.push(statementOf(sql)) });
  });
  afterAll(async () => server?.stop());

  it('projectRecords: as many statements for three projects as for one', async () => {
    const impl = await buildImplementation(server);
    const db = server.db.database.db;
    const rows = await listProjectsOfCycle(db, impl.cycleId);
    expect(rows).toHaveLength(3);
    statements = [];
    const one = await projectRecords(db, rows.slice(0, 1), server.clock.read());
    const oneStatements = [...statements];
    statements = [];
    const three = await projectRecords(db, rows, server.clock.read());
    expect(three.map((r) => r.project.id)).toEqual(rows.map((p) => p.id));
    expect(three[0]).toEqual(one[0]);
    expect(statements).toEqual(oneStatements);
  });
});
