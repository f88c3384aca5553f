// One ranking convention on the projects too: two projects chosen with equal 赞成 share their rank
// in the vote (1, 1, 3), and every answer that gives a project's rank says it is shared — the
// public project page and list, the staff list and project, the timeline's words and the annual
// report's CSV (并列第 1 名).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DRIVERS, startTestServer, type TestServer } from '../support/harness';
import { buildImplementation, ok, type Implementation } from '../support/implementation-fixtures';

describe.each(DRIVERS)('tied ranks of projects [%s]', (driver) => {
  let server: TestServer;
  let impl: Implementation;
  const nobody = () => server.client();

  beforeAll(async () => {
    server = await startTestServer(driver);
    // 赞成 5, 5 and 3 of 5 deputies: the first two share rank 1, the third is 3rd.
    impl = await buildImplementation(server, [5, 5, 3]);
  });
  afterAll(async () => server?.stop());

  const expected = [
    { for: 5, rank: 1, tied: true },
    { for: 5, rank: 1, tied: true },
    { for: 3, rank: 3, tied: false },
  ];

  it('answers tied: true with the same rank on the public project pages and list', async () => {
    for (const [i, p] of impl.projects.entries()) {
      const page = ok(await nobody().get(`/api/public/projects/${p.id}`));
      expect(page.vote).toMatchObject(expected[i]!);
      expect(page.project.vote).toMatchObject(expected[i]!);
      const words = page.timeline.find((e: { type: string }) => e.type === 'ballot.certified').title;
      expect(words.zh).toBe(`代表票决当选：赞成 ${expected[i]!.for} 票，得票${expected[i]!.tied ? '并列' : ''}第 ${expected[i]!.rank} 名`);
      expect(words.en).toBe(
        `Selected by the deputies' vote: ${expected[i]!.for} for, ${expected[i]!.tied ? 'tied ' : ''}No. ${expected[i]!.rank} by votes`,
      );
    }
    const list = ok(await nobody().get(`/api/public/cycles/${impl.cycleId}/projects`));
    expect(list.projects.map((p: { vote: object }) => p.vote)).toMatchObject(expected);
  });

  it('answers the same to staff: the list, a project, and the annual report CSV', async () => {
    const list = ok(await impl.admin.get(`/api/projects?cycleId=${impl.cycleId}`));
    expect(list.projects.map((p: { vote: object }) => p.vote)).toMatchObject(expected);
    const one = ok(await impl.dept.get(`/api/projects/${impl.projects[1]!.id}`));
    expect(one.project.vote).toMatchObject(expected[1]!);
    const csv = (await nobody().get(`/api/public/cycles/${impl.cycleId}/projects.csv`)).text;
    const rows = csv.split(/\r?\n/).filter(Boolean).slice(1);
    expect(rows.map((r) => r.split(',').at(-1))).toEqual(['"并列第 1 名"', '"并列第 1 名"', '"第 3 名"']);
  });
});
