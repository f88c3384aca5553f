// Supervision by deputies through the real API: groups formed by the secretariat, items recorded
// by their members only, answered by the responsible department only, unanswered ones visible.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DRIVERS, startTestServer, type Client, type TestServer } from '../support/harness';
import { buildImplementation, deputyAccount, ok, otherDepartment, travel, type Implementation } from '../support/implementation-fixtures';

const problemCodes = (r: { body: any }) => (r.body?.error?.details?.problems ?? []).map((p: { code: string }) => p.code);

describe.each(DRIVERS)('phase 3 implementation: supervision [%s]', (driver) => {
  let server: TestServer;
  let impl: Implementation;
  let other: { id: string; client: Client };
  let leader: { deputyId: string; client: Client };
  let member: { deputyId: string; client: Client };
  let outsider: { deputyId: string; client: Client };
  let p1 = '';
  let p2 = '';
  let groupId = '';
  let categoryGroupId = '';
  const items: string[] = [];

  beforeAll(async () => {
    server = await startTestServer(driver);
    impl = await buildImplementation(server);
    other = await otherDepartment(server, impl);
    leader = await deputyAccount(server, impl, 0, 'daibiao1');
    member = await deputyAccount(server, impl, 1, 'daibiao2');
    outsider = await deputyAccount(server, impl, 2, 'daibiao3');
    [p1, p2] = impl.projects.map((p) => p.id);
  });
  afterAll(async () => server?.stop());

  const record = (c: Client, body: Record<string, unknown>, id = p1) =>
    c.post(`/api/projects/${id}/supervision`, {
      kind: 'inspection',
      occurredOn: '2027-04-01',
      text: '现场查看：主体结构施工中，进度基本符合计划。',
      ...body,
    });

  it('the secretariat forms groups of deputies, per project or per category (ledgered)', async () => {
    await travel(server, impl, '2027-04-02T10:00');
    const url = `/api/cycles/${impl.cycleId}/supervision-groups`;
    const body = { name: '第一监督小组', leaderDeputyId: leader.deputyId, memberDeputyIds: [member.deputyId, leader.deputyId], projectIds: [p1] };
    expect((await impl.dept.post(url, body)).status).toBe(403);
    expect((await leader.client.post(url, body)).status).toBe(403);
    expect(problemCodes(await impl.admin.post(url, { ...body, category: '其他' }))).toEqual(['group_scope']);
    expect(problemCodes(await impl.admin.post(url, { ...body, projectIds: [] }))).toEqual(['group_scope']);
    expect(problemCodes(await impl.admin.post(url, { ...body, projectIds: [impl.notSelected] }))).toEqual(['project_unknown']);
    expect(problemCodes(await impl.admin.post(url, { ...body, leaderDeputyId: '00000000-0000-4000-8000-000000000000' }))).toEqual(['deputy_unknown']);
    const g = ok(await impl.admin.post(url, body), 201).group;
    groupId = g.id;
    expect(g).toMatchObject({
      name: '第一监督小组',
      category: null,
      leader: { deputyId: leader.deputyId, name: '代表1' },
      members: [{ deputyId: member.deputyId, name: '代表2' }],
      projects: [{ id: p1, title: '候选项目1' }],
    });
    const byCategory = ok(await impl.admin.post(url, { name: '其他类监督组', leaderDeputyId: impl.hall.deputyIds[3], category: '其他' }), 201).group;
    categoryGroupId = byCategory.id;
    expect(byCategory).toMatchObject({ category: '其他', projects: [], members: [] });
    expect(ok(await outsider.client.get(url)).groups.map((x: any) => x.name)).toEqual(['第一监督小组', '其他类监督组']);
    const entry = ok(await server.client().get(`/api/ledgers/${impl.cycleLedgerId}`)).entries.find((e: any) => e.kind === 'supervision.group_formed');
    expect(entry.data).toMatchObject({
      groupId,
      leaderDeputyId: leader.deputyId,
      memberDeputyIds: [member.deputyId],
      projectIds: [p1],
      category: null,
    });
  });

  it('group members record inspections, questions and 督办建议 on their projects; nobody else', async () => {
    const first = ok(await record(member.client, {}), 201).item;
    items.push(first.id);
    expect(first).toMatchObject({
      kind: 'inspection',
      kindLabel: { zh: '视察' },
      groupId,
      groupName: '第一监督小组',
      recordedBy: { deputyId: member.deputyId, name: '代表2' },
      answer: null,
    });
    items.push(ok(await record(leader.client, { kind: 'recommendation', text: '建议加快施工进度，确保年底前完工。' }), 201).item.id);
    expect((await record(outsider.client, {})).status).toBe(403);
    expect((await record(leader.client, {}, p2)).status).toBe(403); // group 1 does not watch p2
    expect((await record(impl.dept, {})).status).toBe(403);
    expect(problemCodes(await record(member.client, { occurredOn: '2027-04-03' }))).toEqual(['occurred_future']);
    expect(problemCodes(await record(member.client, { occurredOn: '2027-01-01' }))).toEqual(['occurred_before_start']);
    expect(problemCodes(await record(impl.admin, {}))).toEqual(['group_required']);
    items.push(ok(await record(impl.admin, { groupId: categoryGroupId, kind: 'question', text: '资金拨付为何滞后？' }, p2), 201).item.id);
    expect(ok(await leader.client.get(`/api/projects?cycleId=${impl.cycleId}&supervised=true`)).projects.map((p: any) => p.id)).toEqual([p1]);
    const entry = ok(await server.client().get(`/api/ledgers/${impl.cycleLedgerId}`)).entries.find((e: any) => e.kind === 'supervision.recorded');
    expect(entry.data).toMatchObject({
      itemId: first.id,
      projectId: p1,
      groupId,
      kind: 'inspection',
      occurredOn: '2027-04-01',
      deputyId: member.deputyId,
    });
    expect(JSON.stringify(entry)).not.toContain('现场查看');
  });

  it('the responsible department answers each item once; unanswered ones stay visible', async () => {
    const answer = { text: '已增加施工班组，确保按计划推进。' };
    expect((await other.client.post(`/api/supervision-items/${items[1]}/answer`, answer)).status).toBe(403);
    expect((await member.client.post(`/api/supervision-items/${items[1]}/answer`, answer)).status).toBe(403);
    const a = ok(await impl.dept.post(`/api/supervision-items/${items[1]}/answer`, answer)).item;
    expect(a.answer).toMatchObject({ text: answer.text });
    expect((await impl.dept.post(`/api/supervision-items/${items[1]}/answer`, answer)).status).toBe(409);
    const open = ok(await impl.admin.get(`/api/supervision-items?cycleId=${impl.cycleId}&unanswered=true`));
    expect(open.items.map((i: any) => i.id).sort()).toEqual([items[0], items[2]].sort());
    expect(
      ok(await leader.client.get(`/api/supervision-items?cycleId=${impl.cycleId}`))
        .items.map((i: any) => i.id)
        .sort(),
    ).toEqual([items[0], items[1]].sort());
    expect(ok(await other.client.get(`/api/supervision-items?cycleId=${impl.cycleId}`)).items).toEqual([]);
    expect((await other.client.get(`/api/supervision-items?projectId=${p1}`)).status).toBe(403);
    const page = ok(await server.client().get(`/api/public/projects/${p1}`));
    expect(page.supervision.unanswered).toBe(1);
    expect(page.supervision.items.map((i: any) => [i.kind, i.answer?.text ?? null])).toEqual([
      ['recommendation', answer.text],
      ['inspection', null],
    ]);
    expect(page.supervision.groups.map((g: any) => g.name)).toEqual(['第一监督小组', '其他类监督组']);
    expect(ok(await server.client().get(`/api/public/cycles/${impl.cycleId}/overview`)).supervision).toEqual({ groups: 2, items: 3, unanswered: 2 });
  });

  it('changes a group (ledgered): switching to a category drops the named projects', async () => {
    const g = ok(
      await impl.admin.patch(`/api/supervision-groups/${groupId}`, { category: '其他', memberDeputyIds: [member.deputyId, outsider.deputyId] }),
    ).group;
    expect(g).toMatchObject({ category: '其他', projects: [], members: [{ name: '代表2' }, { name: '代表3' }] });
    expect(ok(await record(outsider.client, { kind: 'question', text: '何时完工？' }, p2), 201).item.groupId).toBe(groupId);
    expect((await impl.dept.patch(`/api/supervision-groups/${groupId}`, { name: 'x' })).status).toBe(403);
    expect((await impl.admin.patch(`/api/supervision-groups/${groupId}`, {})).status).toBe(400);
    const kinds = ok(await server.client().get(`/api/ledgers/${impl.cycleLedgerId}`)).entries.map((e: any) => e.kind);
    expect(kinds.filter((k: string) => k.startsWith('supervision.'))).toEqual([
      'supervision.group_formed',
      'supervision.group_formed',
      'supervision.recorded',
      'supervision.recorded',
      'supervision.recorded',
      'supervision.answered',
      'supervision.group_changed',
      'supervision.recorded',
    ]);
  });
});
