// Demo phase 3: 2025年民生实事项目, carried from proposals through a certified secret ballot of the
// plenary into implementation, then a year of it — entered through the same services the API
// uses, on a fixed timeline (each call passes its own `now`, so ledger times follow the story):
// - 8 proposals, 6 chosen by 226 deputies present (roster 231);
// - monthly progress reports from February 2025, some late, one corrected; the water project on
//   quarterly reporting from April;
// - the hospital adjusted by an approved decision (deadline to June 2026, budget up); the bus
//   shelters suspended; an extension of the pocket parks refused — they are late and, with no
//   report for October 2026, overdue;
// - three supervision groups with inspections, questions and 督办建议, answered — but one.
import type { Actor, Deps } from '../../server/core/context';
import { decideChange, requestChange } from '../../server/phase3-implementation/changes.service';
import { setCadence, setPlan } from '../../server/phase3-implementation/projects.service';
import { findProject, milestonesOf, reportsOf, type ProjectRow } from '../../server/phase3-implementation/projects.repository';
import { submitReport } from '../../server/phase3-implementation/progress-reports.service';
import { answerItem, createGroup, recordItem } from '../../server/phase3-implementation/supervision.service';
import { at, chooseProjects, demoActors, fundingOf, yuan, type CandidateSpec } from './plenary';
import type { Login } from './roster';

export interface Spec extends CandidateSpec {
  plan?: Array<[name: string, dueOn: string]>;
  /** Month (YYYY-MM) → percent complete reported for it, and the milestone (index) reached. */
  progress?: Array<[month: string, percent: number, milestone?: number]>;
  /** Months reported only after they ended (on the 3rd of the next month). */
  late?: string[];
}

const SPECS: Spec[] = [
  {
    key: 'school',
    title: '城区第一小学改扩建工程',
    category: '教育',
    dept: 'jiaoyu',
    wan: '2980',
    higher: 30,
    place: '城关镇人民路',
    need: '城区第一小学建于1987年，校舍陈旧，学位紧张，大班额问题突出。',
    scale: '新建教学楼一栋5800平方米，改造运动场，新增学位540个。',
    target: ['新增学位', '540', '个'],
    votes: 208,
    plan: [
      ['完成施工招标', '2025-03-31'],
      ['主体结构封顶', '2025-07-31'],
      ['竣工验收交付使用', '2025-12-20'],
    ],
    progress: [
      ['2025-02', 5],
      ['2025-03', 12, 0],
      ['2025-04', 25],
      ['2025-05', 38],
      ['2025-06', 50],
      ['2025-07', 63, 1],
      ['2025-08', 72],
      ['2025-09', 81],
      ['2025-10', 90],
      ['2025-11', 100, 2],
    ],
    late: ['2025-04'],
  },
  {
    key: 'hospital',
    title: '县人民医院急诊急救中心建设',
    category: '医疗卫生',
    dept: 'weijian',
    wan: '3600',
    higher: 50,
    place: '县人民医院',
    need: '急诊用房不足，胸痛、卒中中心建设滞后，农村急救半径大。',
    scale: '新建急诊急救综合楼6200平方米，建设胸痛、卒中、创伤三大中心。',
    target: ['急诊抢救床位', '60', '张'],
    votes: 201,
    plan: [
      ['完成设计和招标', '2025-04-30'],
      ['主体结构封顶', '2025-10-31'],
      ['竣工验收投入使用', '2025-12-31'],
    ],
    progress: [
      ['2025-02', 3],
      ['2025-03', 6],
      ['2025-04', 10, 0],
      ['2025-05', 15],
      ['2025-06', 20],
      ['2025-07', 24],
      ['2025-08', 28],
      ['2025-09', 33],
      ['2025-10', 40],
      ['2025-11', 48],
      ['2025-12', 55, 1],
      ['2026-01', 62],
      ['2026-02', 68],
      ['2026-03', 77],
      ['2026-04', 88],
      ['2026-05', 100, 2],
    ],
  },
  {
    key: 'eldercare',
    title: '农村互助养老服务站建设',
    category: '养老',
    dept: 'minzheng',
    wan: '860',
    higher: 40,
    place: '全县10个乡镇',
    need: '农村留守老人多，日间照料和助餐服务缺乏。',
    scale: '建设农村互助养老服务站40个，配备助餐、休闲和康复设施。',
    target: ['建成服务站', '40', '个'],
    votes: 193,
    plan: [
      ['完成选址', '2025-03-31'],
      ['建成20个服务站', '2025-07-31'],
      ['全部建成运营', '2025-12-20'],
    ],
    progress: [
      ['2025-02', 8],
      ['2025-03', 15, 0],
      ['2025-04', 24],
      ['2025-05', 33],
      ['2025-06', 42],
      ['2025-07', 52, 1],
      ['2025-08', 60],
      ['2025-09', 70],
      ['2025-10', 80],
      ['2025-11', 92],
      ['2025-12', 100, 2],
    ],
    late: ['2025-04', '2025-08'],
  },
  {
    key: 'water',
    title: '农村供水管网延伸工程',
    category: '水利',
    dept: 'shuili',
    wan: '2150',
    higher: 60,
    place: '南湖镇、龙潭镇、柳河镇',
    need: '部分偏远村组仍以分散式供水为主，水质水量无保障。',
    scale: '延伸供水管网96公里，新建加压泵站4座，覆盖18个行政村。',
    target: ['新增受益人口', '3.1', '万人'],
    votes: 182,
    plan: [
      ['完成招标', '2025-04-30'],
      ['管网铺设过半', '2025-08-31'],
      ['通水验收', '2025-12-20'],
    ],
    // Quarterly from April: one report a quarter.
    progress: [
      ['2025-02', 4],
      ['2025-03', 9],
      ['2025-06', 35, 0],
      ['2025-09', 70, 1],
      ['2025-12', 100, 2],
    ],
  },
  {
    key: 'park',
    title: '城区口袋公园建设',
    category: '城乡建设',
    dept: 'zhujian',
    wan: '1280',
    higher: 0,
    place: '城关镇、东城街道',
    need: '老城区公共绿地少，群众休闲健身场所不足。',
    scale: '利用边角地建设口袋公园12个，总面积3.6万平方米。',
    target: ['建成口袋公园', '12', '个'],
    votes: 171,
    plan: [
      ['完成设计', '2025-03-31'],
      ['建成6个公园', '2025-08-31'],
      ['全部建成开放', '2025-12-31'],
    ],
    progress: [
      ['2025-02', 3],
      ['2025-03', 8, 0],
      ['2025-04', 12],
      ['2025-05', 18],
      ['2025-06', 25],
      ['2025-07', 33],
      ['2025-08', 41],
      ['2025-09', 50, 1],
      ['2025-10', 58],
      ['2025-11', 66],
      ['2025-12', 73],
      ['2026-01', 76],
      ['2026-02', 78],
      ['2026-03', 81],
      ['2026-04', 84],
      ['2026-05', 87],
      ['2026-06', 90],
      ['2026-07', 92],
      ['2026-08', 94],
      ['2026-09', 96],
    ],
    late: ['2025-06', '2026-03'],
  },
  {
    key: 'busStops',
    title: '城乡公交候车亭改造',
    category: '交通',
    dept: 'jiaotong',
    wan: '540',
    higher: 0,
    place: '全县主要公交线路',
    need: '候车亭破旧，缺少遮雨设施和线路信息。',
    scale: '新建改造候车亭120个，配置电子站牌30块。',
    target: ['新建改造候车亭', '120', '个'],
    votes: 160,
    plan: [
      ['完成设计', '2025-03-31'],
      ['完成60个候车亭', '2025-08-31'],
      ['全部完成', '2025-12-31'],
    ],
    progress: [
      ['2025-02', 5],
      ['2025-03', 10, 0],
      ['2025-04', 16],
      ['2025-05', 22],
      ['2025-06', 26],
    ],
  },
  {
    key: 'parking',
    title: '老城区公共停车场建设',
    category: '城乡建设',
    dept: 'chengguan',
    wan: '1650',
    higher: 0,
    place: '城关镇老城区',
    need: '老城区停车位缺口大，占道停车影响通行。',
    scale: '新建公共停车场2处，新增泊位520个。',
    target: ['新增泊位', '520', '个'],
    votes: 92,
  },
  {
    key: 'square',
    title: '县文化广场提升改造',
    category: '文化体育',
    dept: 'wenlv',
    wan: '980',
    higher: 0,
    place: '县文化广场',
    need: '广场设施老化，夜间照明不足。',
    scale: '改造广场铺装1.2万平方米，更新灯光和健身设施。',
    target: ['改造面积', '1.2', '万平方米'],
    votes: 61,
  },
];

const NARRATIVE: Record<string, (pct: number) => string> = {
  school: (p) =>
    p < 15
      ? '完成施工图审查和招标准备，施工单位进场。'
      : p < 63
        ? `教学楼主体施工中，累计完成形象进度${p}%。`
        : p < 100
          ? `主体已封顶，进行内外装修和运动场改造，完成${p}%。`
          : '工程竣工验收合格，已交付学校使用，秋季学期新增学位540个。',
  hospital: (p) =>
    p < 12
      ? '完成初步设计和施工招标。'
      : p < 55
        ? `综合楼主体施工中，完成${p}%。`
        : p < 100
          ? `主体封顶，推进设备采购安装和三大中心建设，完成${p}%。`
          : '急诊急救中心竣工验收并投入使用，胸痛、卒中、创伤中心同步运行。',
  eldercare: (p) =>
    p < 100 ? `已建成服务站${Math.round((40 * p) / 100)}个，陆续开展助餐和日间照料服务。` : '40个服务站全部建成运营，日均服务老人约1200人次。',
  water: (p) =>
    p < 35
      ? '完成勘察设计，开展施工招标。'
      : p < 100
        ? `管网铺设${Math.round((96 * p) / 100)}公里，加压泵站建设中。`
        : '管网延伸工程全部完工，18个行政村实现稳定供水。',
  park: (p) => `已建成口袋公园${Math.floor((12 * p) / 100)}个，其余在施工中，累计完成${p}%。`,
  busStops: (p) => `完成候车亭改造${Math.round((120 * p) / 100)}个。`,
};

export async function seedImplementation(deps: Deps, admin: Actor, logins: Login[]) {
  const db = deps.db;
  const dept = await demoActors(deps, logins);
  // ---- 征集初定 and 审议票决: eight proposals, the plenary's secret ballot, 226 of 231 present ----------
  const { cycle, sitting, rows, projects, specOf, idOf } = await chooseProjects(
    deps,
    admin,
    dept,
    {
      year: 2025,
      seats: 6,
      sitting: { title: '县十八届人大五次会议第二次全体会议', date: '2025-01-08' },
      present: 226,
      implementationOn: '2025-01-20',
    },
    SPECS,
  );

  // Everything after this happens on one timeline across projects: gather, sort, run in order.
  const events: Array<{ at: Date; run: () => Promise<unknown> }> = [];
  const on = (when: Date, run: () => Promise<unknown>) => events.push({ at: when, run });

  for (const p of projects) {
    const s = specOf.get(p.id)!;
    scheduleProgress(on, deps, dept(s.dept), p, s, NARRATIVE[s.key]!, at('2025-02-10'));
  }

  // A figure corrected the next day.
  on(at('2025-06-26', '09:00'), async () => {
    const school = idOf('school');
    const june = (await reportsOf(db, [school])).find((r) => r.asOf === '2025-06-25')!;
    await submitReport(
      db,
      dept('jiaoyu'),
      school,
      {
        asOf: june.asOf,
        percentComplete: 50,
        disbursedYuan: 12_800_000,
        narrative: june.narrative,
        milestonesReached: [],
        correctsId: june.id,
        correctionNote: '累计拨付资金误填，按财政国库支付数更正。',
      },
      at('2025-06-26', '09:00'),
    );
  });

  // The water project reports quarterly from the second quarter.
  on(at('2025-02-15'), () => setCadence(db, admin, cycle.id, { cadence: 'quarterly', projectIds: [idOf('water')] }, at('2025-02-15')));

  // Supervision groups and their work.
  const deputyOf = (u: string) => dept(u).deputyId!;
  const others = rows.map((r) => r.deputy.id).filter((d) => !['daibiao1', 'daibiao29', 'daibiao200'].map(deputyOf).includes(d));
  const groupIds: Record<string, string> = {};
  on(at('2025-03-01'), async () => {
    groupIds.one = (
      await createGroup(
        db,
        admin,
        cycle.id,
        {
          name: '第一监督小组（教育卫生）',
          leaderDeputyId: deputyOf('daibiao1'),
          memberDeputyIds: others.slice(0, 4),
          projectIds: [idOf('school'), idOf('hospital')],
        },
        at('2025-03-01'),
      )
    ).id;
    groupIds.two = (
      await createGroup(
        db,
        admin,
        cycle.id,
        {
          name: '第二监督小组（城乡建设类）',
          leaderDeputyId: deputyOf('daibiao29'),
          memberDeputyIds: others.slice(4, 8),
          projectIds: [],
          category: '城乡建设',
        },
        at('2025-03-01'),
      )
    ).id;
    groupIds.three = (
      await createGroup(
        db,
        admin,
        cycle.id,
        {
          name: '第三监督小组（民生保障）',
          leaderDeputyId: deputyOf('daibiao200'),
          memberDeputyIds: others.slice(8, 12),
          projectIds: [idOf('eldercare'), idOf('water'), idOf('busStops')],
        },
        at('2025-03-01'),
      )
    ).id;
  });
  const supervise = (
    when: string,
    deputy: string,
    key: string,
    kind: 'inspection' | 'question' | 'recommendation',
    text: string,
    answer?: [when: string, text: string],
  ) => {
    let itemId = '';
    on(at(when, '15:00'), async () => {
      itemId = (await recordItem(db, dept(deputy), idOf(key), { kind, occurredOn: when, text }, at(when, '15:00'))).id;
    });
    if (answer)
      on(at(answer[0], '11:00'), () => answerItem(db, dept(specOf.get(idOf(key))!.dept), itemId, { text: answer[1] }, at(answer[0], '11:00')));
  };
  supervise(
    '2025-04-15',
    'daibiao1',
    'school',
    'inspection',
    '视察施工现场：主体施工有序，安全文明施工措施到位；建议合理安排工期，避免影响正常教学。',
    ['2025-04-25', '已调整高噪声作业时段至课余时间，并设置隔音围挡。'],
  );
  supervise('2025-05-20', 'daibiao200', 'water', 'question', '管网延伸后的水价和入户费用如何确定？群众较为关心。', [
    '2025-05-30',
    '入户工程费用由项目资金承担，水价执行县级统一标准，已在各村公示。',
  ]);
  supervise('2025-06-10', 'daibiao1', 'hospital', 'recommendation', '督办建议：加快急诊楼设备采购进度，提前谋划人员配备和培训。', [
    '2025-06-24',
    '设备采购已进入公开招标程序，医护人员培训计划已制定，分三批组织。',
  ]);
  supervise('2025-09-18', 'daibiao29', 'park', 'inspection', '视察口袋公园建设：已建成6个，群众反映良好；其余点位进度偏慢，建议倒排工期。', [
    '2025-09-30',
    '已对剩余6个点位倒排工期，逐一明确责任人和完成时限。',
  ]);
  supervise('2025-10-22', 'daibiao200', 'eldercare', 'inspection', '视察白沙乡、桃源乡服务站：助餐服务运行正常，建议完善适老化扶手和紧急呼叫设施。', [
    '2025-11-05',
    '已为全部服务站增设适老化扶手，紧急呼叫设施年底前配齐。',
  ]);
  supervise('2026-09-10', 'daibiao29', 'park', 'recommendation', '督办建议：尽快完成剩余地块的管线迁改和绿化工程，向社会公布完工和开放时间。');

  // Changes: the hospital's adjustment approved, the bus shelters suspended, the parks' extension refused.
  const change = (
    when: string,
    key: string,
    input: Parameters<typeof requestChange>[3],
    decision: [when: string, decidedOn: string, outcome: 'approved' | 'rejected', number: string, note?: string],
  ) => {
    let changeId = '';
    on(at(when), async () => {
      changeId = (await requestChange(db, dept(specOf.get(idOf(key))!.dept), idOf(key), input, at(when))).id;
    });
    on(at(decision[0], '16:00'), () =>
      decideChange(
        db,
        admin,
        changeId,
        { outcome: decision[2], decidedOn: decision[1], decisionNumber: decision[3], note: decision[4] ?? null },
        at(decision[0], '16:00'),
      ),
    );
  };
  const hospitalBudget = yuan('4000');
  change(
    '2025-08-20',
    'hospital',
    {
      kind: 'adjust',
      reason: '按国家胸痛、卒中中心建设标准优化设计，增加负压抢救单元，工程量和投资相应增加，工期需顺延至2026年6月。',
      adjust: { deadline: '2026-06-30', budgetYuan: hospitalBudget, funding: fundingOf(hospitalBudget, 45) },
    },
    ['2025-09-12', '2025-09-10', 'approved', '示人常〔2025〕21号', '同意调整，请县卫生健康局严格控制投资，确保2026年6月底前投入使用。'],
  );
  // The department re-dates the milestones not yet reached to the new deadline.
  const redated: Record<string, string> = { 主体结构封顶: '2025-12-31', 竣工验收投入使用: '2026-06-20' };
  on(at('2025-09-20'), async () =>
    setPlan(
      db,
      dept('weijian'),
      idOf('hospital'),
      {
        summary: '按常委会调整决定优化设计，2026年6月底前投入使用。',
        milestones: (await milestonesOf(db, [idOf('hospital')])).map((m) => ({ id: m.id, name: m.name, dueOn: redated[m.name] ?? m.dueOn })),
      },
      at('2025-09-20'),
    ),
  );
  change('2025-06-18', 'busStops', { kind: 'suspend', reason: '城区主干道改造工程同步实施，候车亭改造需与道路工程统筹，暂缓实施。' }, [
    '2025-07-08',
    '2025-07-05',
    'approved',
    '示人常〔2025〕15号',
    '同意暂缓，待道路改造完成后另行决定。',
  ]);
  change(
    '2025-11-10',
    'park',
    { kind: 'adjust', reason: '部分地块管线迁改协调难度大，申请将完成时限延至2026年10月。', adjust: { deadline: '2026-10-31' } },
    ['2025-12-05', '2025-12-03', 'rejected', '示人常〔2025〕30号', '不同意延期，请县住房和城乡建设局加大协调力度，尽快完成。'],
  );

  events.sort((a, b) => a.at.getTime() - b.at.getTime());
  for (const e of events) await e.run();
  console.log(
    'Loaded 2025年民生实事项目 (in implementation: 6 projects chosen by a certified ballot, a year of progress reports, supervision, decisions).',
  );
  return { sitting };
}

type On = (when: Date, run: () => Promise<unknown>) => void;

/**
 * The plan on `planOn`, then a report per month of `spec.progress` (on the 25th — the 20th for the
 * water project — or on the 3rd of the next month for the late ones), with the funds disbursed
 * following the percentage against the budget in force that day.
 */
export function scheduleProgress(on: On, deps: Deps, department: Actor, p: ProjectRow, s: Spec, narrative: (pct: number) => string, planOn: Date) {
  const db = deps.db;
  on(planOn, () =>
    setPlan(
      db,
      department,
      p.id,
      { summary: `${s.scale}按计划分阶段组织实施。`, milestones: s.plan!.map(([name, dueOn]) => ({ name, dueOn })) },
      planOn,
    ),
  );
  for (const [month, percent, milestone] of s.progress ?? []) {
    const late = (s.late ?? []).includes(month);
    const [y, m] = month.split('-').map(Number) as [number, number];
    const next = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
    const lastDay = new Date(Date.UTC(y, m, 0)).getUTCDate();
    const submitted = late ? at(`${next}-03`, '16:00') : at(`${month}-${s.key === 'water' ? '20' : '25'}`, '15:00');
    const asOf = late ? `${month}-${lastDay}` : `${month}-${s.key === 'water' ? '20' : '25'}`;
    on(submitted, async () => {
      const total = (await findProject(db, p.congressId, p.id))!.budgetYuan; // as adjusted by then
      const ms = milestone === undefined ? [] : [(await milestonesOf(db, [p.id])).find((x) => x.name === s.plan![milestone]![0])!.id];
      await submitReport(
        db,
        department,
        p.id,
        {
          asOf,
          percentComplete: percent,
          disbursedYuan: percent === 100 ? Math.floor(total * 0.97) : Math.floor((total * percent * 0.9) / 100),
          narrative: narrative(percent),
          milestonesReached: ms,
          problems: s.key === 'park' && percent >= 73 ? '部分地块涉及管线迁改和产权协调，进度滞后。' : late ? '因汛期施工受影响，报送延迟。' : null,
        },
        submitted,
      );
    });
  }
}
