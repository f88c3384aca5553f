// Demo phase 4: 2024年民生实事项目, the evaluated year. Chosen at the 2024 plenary (5 of 6
// candidates), carried out through 2024 with monthly reports (the back streets late and finished
// late), then rated by the deputies at the 2025 plenary right after they voted the 2025 projects:
// three 满意, one 基本满意, and the back-street renovation 不满意 — a rectification order, which
// 县住房和城乡建设局 answers in March; the cycle is then closed. Two steps, because the 2025
// plenary's sitting comes from the 2025 story (implementation.ts).
import '../../server/phases';
import type { Actor, Deps } from '../../server/core/context';
import { moveCyclePhase } from '../../server/cycle/cycles.service';
import { createEvaluationBallot } from '../../server/phase4-evaluation/evaluation-ballots.service';
import { listRectifications, reportRectification } from '../../server/phase4-evaluation/evaluation.service';
import { answerItem, createGroup, recordItem } from '../../server/phase3-implementation/supervision.service';
import { scheduleProgress, type Spec } from './implementation';
import { at, castCards, chooseProjects, countAndCertify, demoActors, timedDeps } from './plenary';
import type { Login } from './roster';

type Rated = Spec & { rating?: { satisfied: number; basically: number } };

const SPECS: Rated[] = [
  {
    key: 'checkup',
    title: '城乡居民免费健康体检',
    category: '医疗卫生',
    dept: 'weijian',
    wan: '620',
    higher: 30,
    place: '全县各乡镇卫生院',
    need: '农村老年人和慢性病患者体检覆盖率低，疾病发现晚。',
    scale: '为65岁以上老年人和慢性病患者提供免费健康体检，建立电子健康档案。',
    target: ['完成体检', '4.2', '万人次'],
    votes: 214,
    plan: [
      ['完成体检机构遴选', '2024-03-31'],
      ['完成体检2万人次', '2024-07-31'],
      ['全部完成并建档', '2024-11-30'],
    ],
    progress: [
      ['2024-02', 5],
      ['2024-03', 12, 0],
      ['2024-04', 25],
      ['2024-05', 38],
      ['2024-06', 46],
      ['2024-07', 55, 1],
      ['2024-08', 66],
      ['2024-09', 78],
      ['2024-10', 90],
      ['2024-11', 100, 2],
    ],
    rating: { satisfied: 183, basically: 34 },
  },
  {
    key: 'canteen',
    title: '中小学校食堂改造提升',
    category: '教育',
    dept: 'jiaoyu',
    wan: '1360',
    higher: 40,
    place: '全县28所中小学',
    need: '部分农村学校食堂面积不足、设施陈旧，食品安全隐患较多。',
    scale: '改造学校食堂28个，配备明厨亮灶和冷链留样设施。',
    target: ['改造学校食堂', '28', '个'],
    votes: 205,
    plan: [
      ['完成设计招标', '2024-04-30'],
      ['暑期集中施工', '2024-08-31'],
      ['全部投入使用', '2024-10-31'],
    ],
    progress: [
      ['2024-02', 3],
      ['2024-03', 8],
      ['2024-04', 15, 0],
      ['2024-05', 24],
      ['2024-06', 35],
      ['2024-07', 62],
      ['2024-08', 90, 1],
      ['2024-09', 96],
      ['2024-10', 100, 2],
    ],
    late: ['2024-06'],
    rating: { satisfied: 152, basically: 58 },
  },
  {
    key: 'sewage',
    title: '农村生活污水治理',
    category: '生态环境',
    dept: 'shengtai',
    wan: '2480',
    higher: 50,
    place: '南湖镇、柳河镇等6个乡镇',
    need: '部分村庄生活污水直排，影响河道水质和人居环境。',
    scale: '建设村级污水处理设施32座，铺设收集管网58公里。',
    target: ['治理行政村', '32', '个'],
    votes: 188,
    plan: [
      ['完成选址和设计', '2024-04-30'],
      ['完成16座设施', '2024-08-31'],
      ['全部建成运行', '2024-12-20'],
    ],
    progress: [
      ['2024-02', 4],
      ['2024-03', 9],
      ['2024-04', 16, 0],
      ['2024-05', 27],
      ['2024-06', 38],
      ['2024-07', 47],
      ['2024-08', 56, 1],
      ['2024-09', 68],
      ['2024-10', 80],
      ['2024-11', 91],
      ['2024-12', 100, 2],
    ],
    rating: { satisfied: 88, basically: 104 },
  },
  {
    key: 'backstreets',
    title: '城区背街小巷改造',
    category: '城乡建设',
    dept: 'zhujian',
    wan: '1750',
    higher: 0,
    place: '城关镇、东城街道',
    need: '老城区背街小巷路面破损、雨污混流、照明不足，群众出行不便。',
    scale: '改造背街小巷46条，同步实施雨污分流和路灯安装。',
    target: ['改造背街小巷', '46', '条'],
    votes: 171,
    plan: [
      ['完成设计', '2024-03-31'],
      ['完成23条', '2024-08-31'],
      ['全部完工', '2024-12-31'],
    ],
    progress: [
      ['2024-02', 3],
      ['2024-03', 6, 0],
      ['2024-04', 10],
      ['2024-05', 14],
      ['2024-06', 20],
      ['2024-07', 27],
      ['2024-08', 35],
      ['2024-09', 44],
      ['2024-10', 52, 1],
      ['2024-11', 70],
      ['2024-12', 86],
    ],
    late: ['2024-05', '2024-09', '2024-11'],
    rating: { satisfied: 41, basically: 63 },
  },
  {
    key: 'jobs',
    title: '零就业家庭就业援助和技能培训',
    category: '就业',
    dept: 'renshe',
    wan: '380',
    higher: 60,
    place: '县人力资源市场',
    need: '部分城乡家庭无人就业，缺乏职业技能。',
    scale: '开展职业技能培训3000人次，帮助零就业家庭每户至少一人就业。',
    target: ['培训', '3000', '人次'],
    votes: 196,
    plan: [
      ['摸清底数', '2024-03-15'],
      ['完成培训1500人次', '2024-07-31'],
      ['全部完成', '2024-11-30'],
    ],
    progress: [
      ['2024-02', 10],
      ['2024-03', 20, 0],
      ['2024-04', 30],
      ['2024-05', 41],
      ['2024-06', 50],
      ['2024-07', 60, 1],
      ['2024-08', 70],
      ['2024-09', 80],
      ['2024-10', 91],
      ['2024-11', 100, 2],
    ],
    rating: { satisfied: 140, basically: 70 },
  },
  {
    key: 'gym',
    title: '县体育馆维修改造',
    category: '文化体育',
    dept: 'wenlv',
    wan: '890',
    higher: 0,
    place: '县体育馆',
    need: '体育馆屋面渗漏，看台座椅损坏。',
    scale: '维修屋面，更换座椅3000个。',
    target: ['更换座椅', '3000', '个'],
    votes: 74,
  },
];

const NARRATIVE: Record<string, (pct: number) => string> = {
  checkup: (p) =>
    p < 100
      ? `已完成体检约${((4.2 * p) / 100).toFixed(1)}万人次，同步录入电子健康档案。`
      : '全年完成体检4.26万人次，全部建立电子健康档案，异常结果已反馈随访。',
  canteen: (p) => (p < 100 ? `食堂改造累计完成${p}%，暑期集中施工不影响正常就餐。` : '28所学校食堂全部改造完成并投入使用，实现明厨亮灶全覆盖。'),
  sewage: (p) => (p < 100 ? `已建成污水处理设施${Math.round((32 * p) / 100)}座，管网铺设同步推进。` : '32座设施全部建成并通水运行，出水水质达标。'),
  backstreets: (p) => `已完成改造${Math.round((46 * p) / 100)}条，部分路段因管线迁改和居民协调进度滞后。`,
  jobs: (p) => (p < 100 ? `已开展技能培训${Math.round((3000 * p) / 100)}人次。` : '完成培训3120人次，零就业家庭实现动态清零。'),
};

/** 2024 from solicitation through a year of implementation; returns the step that evaluates it. */
export async function seedEvaluatedYear(deps: Deps, admin: Actor, logins: Login[]) {
  const db = deps.db;
  const actor = await demoActors(deps, logins);
  const { cycle, rows, projects, specOf, idOf } = await chooseProjects(
    deps,
    admin,
    actor,
    {
      year: 2024,
      seats: 5,
      sitting: { title: '县十八届人大四次会议第二次全体会议', date: '2024-01-10' },
      present: 224,
      implementationOn: '2024-01-22',
    },
    SPECS,
  );

  const events: Array<{ at: Date; run: () => Promise<unknown> }> = [];
  const on = (when: Date, run: () => Promise<unknown>) => events.push({ at: when, run });
  for (const p of projects) {
    const s = specOf.get(p.id)!;
    scheduleProgress(on, deps, actor(s.dept), p, s, NARRATIVE[s.key]!, at('2024-02-06'));
  }
  const leader = actor('daibiao29').deputyId!;
  const members = rows
    .map((r) => r.deputy.id)
    .filter((d) => d !== leader)
    .slice(20, 24);
  let groupId = '';
  let itemId = '';
  on(at('2024-03-01'), async () => {
    groupId = (
      await createGroup(
        db,
        admin,
        cycle.id,
        { name: '城建环保监督小组', leaderDeputyId: leader, memberDeputyIds: members, projectIds: [idOf('sewage'), idOf('backstreets')] },
        at('2024-03-01'),
      )
    ).id;
  });
  on(at('2024-09-12', '15:00'), async () => {
    itemId = (
      await recordItem(
        db,
        actor('daibiao29'),
        idOf('backstreets'),
        {
          kind: 'recommendation',
          occurredOn: '2024-09-12',
          text: '督办建议：背街小巷改造进度明显滞后，施工围挡影响沿街居民出行，请倒排工期并公布各路段完工时间。',
        },
        at('2024-09-12', '15:00'),
      )
    ).id;
  });
  on(at('2024-09-26', '10:00'), () =>
    answerItem(db, actor('zhujian'), itemId, { text: '已倒排工期，在各路段公示完工时间，年底前完成主要路段。' }, at('2024-09-26', '10:00')),
  );
  events.sort((a, b) => a.at.getTime() - b.at.getTime());
  for (const e of events) await e.run();
  await moveCyclePhase(db, admin, cycle.id, 'evaluation', at('2024-12-28'));
  void groupId;

  /** At the 2025 plenary, after the 2025 ballot is certified: the satisfaction evaluation, rectification, closing. */
  return async function evaluateAt(sittingId: string) {
    const day = '2025-01-08';
    const ballot = await createEvaluationBallot(
      db,
      admin,
      { cycleId: cycle.id, sittingId, title: '2024年民生实事项目满意度测评', rules: {} },
      at(day, '10:10'),
    );
    const rated = projects.map((p) => ({ id: p.id, rating: specOf.get(p.id)!.rating! }));
    const timed = timedDeps(deps, at(day, '10:15'));
    // Card k rates each project by where k falls in its 满意 / 基本满意 / 不满意 counts (shifted per project, so ballots mix).
    const cast = await castCards(timed, admin, ballot.id, at(day, '10:30'), (k) =>
      Object.fromEntries(
        rated.map(({ id, rating }, i) => {
          const n = (k + i * 37) % 226;
          return [id, n < rating.satisfied ? 'satisfied' : n < rating.satisfied + rating.basically ? 'basically_satisfied' : 'unsatisfied'];
        }),
      ),
    );
    if (cast !== 226) throw new Error(`expected 226 evaluators present, printed ${cast}`);
    await countAndCertify(timed, admin, [actor('zongjianpiao'), actor('jianpiao1')], ballot.id, at(day, '10:55'));
    const { rectifications } = await listRectifications(db, admin, { cycleId: cycle.id, status: 'open' });
    for (const r of rectifications) {
      await reportRectification(
        db,
        actor('zhujian'),
        r.id,
        {
          text: '已成立整改专班，对滞后的背街小巷逐条倒排工期，2025年3月底前全部完工；增设临时便道和夜间照明，减少对居民出行的影响。',
        },
        at('2025-03-25', '16:00'),
      );
    }
    await moveCyclePhase(db, admin, cycle.id, 'closed', at('2025-04-10'));
    console.log('Loaded 2024年民生实事项目 (evaluated at the 2025 plenary: 满意 3, 基本满意 1, 不满意 1 with its rectification report; closed).');
  };
}
