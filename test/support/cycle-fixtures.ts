// A cycle whose candidate list is fixed, built through the real phase-1 API (for ballot tests and
// the benchmark). Works whatever the server's clock: the window spans 2000–2099 while proposals
// come in, then is closed early (to January 2000) so the cycle can move to screening.
import { randomBytes } from 'node:crypto';
import { Client } from './harness';

/** `titles`: the candidates' titles (default 候选项目1, 候选项目2, …). */
export async function createFixedCycle(admin: Client, opts: { candidates: number; seats: number; year?: number; titles?: string[] }) {
  const must = async (r: Promise<{ status: number; text: string; body: any }>, status = 200) => {
    const res = await r;
    if (res.status !== status) throw new Error(`cycle fixture: ${res.status} ${res.text}`);
    return res.body;
  };
  const year = opts.year ?? 2027;
  const tag = randomBytes(3).toString('hex');
  const dept = (await must(admin.post('/api/departments', { name: `测试责任单位${tag}` }), 201)).department.id;
  const password = 'long-enough-1';
  await must(
    admin.post('/api/accounts', { username: `dept-${tag}`, displayName: '测试责任单位', role: 'department', password, departmentId: dept }),
    201,
  );
  const proposer = await new Client(admin.base).login(`dept-${tag}`, password);
  const margin = Math.max(0, Math.min(1, opts.candidates - opts.seats));
  const cycle = (
    await must(
      admin.post('/api/cycles', {
        title: `${year}年民生实事项目`,
        year,
        opensOn: '2000-01-01',
        closesOn: '2099-12-31',
        seats: opts.seats,
        minMargin: margin,
        allowEqual: margin === 0,
      }),
      201,
    )
  ).cycle;
  const ids: string[] = [];
  for (let i = 1; i <= opts.candidates; i++) {
    const estimateYuan = 1_000_000 * i;
    ids.push(
      (
        await must(
          proposer.post(`/api/cycles/${cycle.id}/proposals`, {
            title: opts.titles?.[i - 1] ?? `候选项目${i}`,
            category: '其他',
            background: `背景${i}`,
            content: `建设内容${i}。`,
            location: '城关镇',
            estimateYuan,
            funding: [{ source: 'local_fiscal', amountYuan: estimateYuan }],
            deadline: `${year}-12-31`,
            targets: [{ indicator: '完成', value: '1', unit: '项' }],
            contactName: '联系人',
            contactPhone: '0000-0000000',
            submit: true,
          }),
          201,
        )
      ).proposal.id,
    );
  }
  await must(admin.patch(`/api/cycles/${cycle.id}`, { closesOn: '2000-01-31' }));
  await must(admin.post(`/api/cycles/${cycle.id}/phase`, { to: 'screening' }));
  for (const id of ids) await must(admin.post(`/api/proposals/${id}/screening`, { outcome: 'shortlist' }));
  const list = await must(admin.post(`/api/cycles/${cycle.id}/candidate-list/fix`));
  // Ballots are held in the balloting phase.
  await must(admin.post(`/api/cycles/${cycle.id}/phase`, { to: 'balloting' }));
  return { cycleId: cycle.id as string, candidateIds: list.candidates.map((c: { id: string }) => c.id) as string[] };
}
