// Demo phase 1: two cycles of a county congress, entered through the same services the API uses,
// on a fixed timeline (so every run gives the same records and ledger times):
// - 2026年民生实事项目 in screening: 25 proposals from departments, deputies (one joint) and the
//   public (web form, hotline, letter), with every kind of screening outcome and some still open;
// - 2027年民生实事项目 in screening with a FIXED list of 15 candidates for 12 seats, every proposal
//   and suggestion handled, ready for the ballot demo.
import '../../server/phases';
import { findAccountByUsername } from '../../server/core/accounts/accounts.repository';
import { parseWan } from '../../server/core/domain/money';
import { searchDeputies } from '../../server/core/roster/roster.repository';
import type { Actor, Deps } from '../../server/core/context';
import { fixCandidateList, orderCandidateList } from '../../server/phase1-solicitation/candidate-list.service';
import { createCycle, moveCyclePhase } from '../../server/cycle/cycles.service';
import { normalizeTrackingCode } from '../../server/phase1-solicitation/domain/tracking-code';
import type { ProposalInput } from '../../server/phase1-solicitation/inputs';
import { createProposal, submitProposal, updateProposalMaterials } from '../../server/phase1-solicitation/proposals.service';
import { submitPublicSuggestion } from '../../server/phase1-solicitation/public-solicitation.service';
import { saveScreeningNotes, screenProposal, type ScreeningInput } from '../../server/phase1-solicitation/screening.service';
import { findSuggestionByCode } from '../../server/phase1-solicitation/suggestions.repository';
import { convertSuggestion, enterSuggestion, screenSuggestion, type SuggestionInput } from '../../server/phase1-solicitation/suggestions.service';
import type { Login } from './roster';

/** A project as a clerk would summarise it; `split` is the percentage from 本级财政 / 上级补助 / 社会资本. */
interface Project {
  title: string;
  category: string;
  dept: string;
  wan: string;
  place: string;
  need: string;
  scale: string;
  target: [indicator: string, value: string, unit: string];
  split: [number, number, number];
  deadline?: string;
  milestones?: Array<[number, string]>;
}

const P = (
  title: string,
  category: string,
  dept: string,
  wan: string,
  place: string,
  need: string,
  scale: string,
  target: Project['target'],
  split: Project['split'],
  more: Partial<Project> = {},
): Project => ({ title, category, dept, wan, place, need, scale, target, split, ...more });

// ---- 2027: fifteen candidates, two rejected, one merged ----------------------------------------
const Y2027 = {
  school: P(
    '城区第三小学扩容工程',
    '教育',
    'jiaoyu',
    '3850',
    '城关镇建设路',
    '城区小学学位缺口约1000个，部分班级超过55人，大班额问题突出。',
    '新建教学综合楼一栋，建筑面积9600平方米，新增教室24间及配套功能室。',
    ['新增学位', '1080', '个'],
    [70, 30, 0],
  ),
  clinics: P(
    '乡镇卫生院标准化改造提升',
    '医疗卫生',
    'weijian',
    '2400',
    '青石镇、白沙乡等6个乡镇',
    '部分乡镇卫生院业务用房建于上世纪九十年代，设备老化，群众就近看病不便。',
    '改造6家乡镇卫生院业务用房共7200平方米，配置DR、彩超、全自动生化分析仪等设备。',
    ['改造卫生院', '6', '家'],
    [50, 50, 0],
  ),
  eldercare: P(
    '社区居家养老服务中心建设',
    '养老',
    'minzheng',
    '1260',
    '东城街道、西城街道',
    '城区60岁以上老人占比达23%，子女白天上班，日间照料和助餐需求大。',
    '新建或改造社区居家养老服务中心9个，提供日间照料、助餐、康复护理服务。',
    ['建成服务中心', '9', '个'],
    [60, 40, 0],
  ),
  roads: P(
    '农村公路提档升级工程',
    '交通',
    'jiaotong',
    '8600',
    '北山镇、桃源乡、柳河镇',
    '部分通村公路路面窄、破损严重，会车困难，存在安全隐患。',
    '提档升级农村公路120公里，路面拓宽至6.5米，完善安全防护设施。',
    ['提档升级里程', '120', '公里'],
    [40, 60, 0],
    {
      deadline: '2028-06-30',
      milestones: [
        [2027, '完成北山镇、桃源乡80公里'],
        [2028, '完成柳河镇剩余40公里并交工验收'],
      ],
    },
  ),
  water: P(
    '农村饮用水安全提升工程',
    '水利',
    'shuili',
    '3200',
    '南湖镇、龙潭镇',
    '部分村组依靠山塘供水，水源不稳定，枯水期供水不足，水质不达标。',
    '新建日供水1万吨水厂1座，铺设供水管网86公里，覆盖23个行政村。',
    ['受益人口', '4.2', '万人'],
    [50, 50, 0],
  ),
  river: P(
    '城区护城河黑臭水体治理',
    '生态环境',
    'shengtai',
    '2750',
    '城区护城河',
    '护城河部分河段水质为劣V类，夏季有异味，群众反映强烈。',
    '截污纳管5.6公里，清淤疏浚3.2公里，建设生态护岸和滨河步道。',
    ['水质达标率', '100', '%'],
    [60, 40, 0],
  ),
  oldHousing: P(
    '城镇老旧小区改造',
    '城乡建设',
    'zhujian',
    '5480',
    '城关镇',
    '2000年以前建成的老旧小区管网老化，缺少停车位和无障碍设施。',
    '改造老旧小区28个、1960户，更新供水燃气管网，加装电梯12部。',
    ['改造户数', '1960', '户'],
    [45, 40, 15],
  ),
  gigMarket: P(
    '县零工市场建设',
    '就业',
    'renshe',
    '380',
    '县城东区',
    '灵活就业人员多，马路边等活现象普遍，缺少规范的求职场所。',
    '建设县零工市场1处，面积1500平方米，设信息发布、技能培训和休息区。',
    ['年服务求职', '20000', '人次'],
    [100, 0, 0],
  ),
  fitness: P(
    '全民健身场地设施建设',
    '文化体育',
    'wenlv',
    '960',
    '全县13个乡镇（街道）',
    '乡镇健身场地少，群众特别是青少年健身需求得不到满足。',
    '新建笼式足球场8片、健身路径30条，配套照明设施。',
    ['新建健身设施', '38', '处'],
    [60, 40, 0],
  ),
  parking: P(
    '老城区智慧停车场建设',
    '城乡建设',
    'chengguan',
    '1850',
    '城关镇老城区',
    '老城区停车位缺口大，占道停车影响通行。',
    '新建公共停车场3处，新增停车泊位860个，接入智慧停车平台。',
    ['新增泊位', '860', '个'],
    [40, 0, 60],
  ),
  canteens: P(
    '农村学校食堂改造',
    '教育',
    'jiaoyu',
    '1120',
    '全县农村中小学',
    '部分农村学校食堂设施简陋，就餐拥挤，食品安全存在隐患。',
    '改造农村学校食堂22所，配置明厨亮灶和冷链设备。',
    ['改造食堂', '22', '所'],
    [50, 50, 0],
  ),
  paediatrics: P(
    '县人民医院儿科病房扩建',
    '医疗卫生',
    'weijian',
    '2980',
    '县人民医院',
    '儿科床位长期紧张，冬春季节加床严重。',
    '扩建儿科病房4200平方米，新增床位80张，建设新生儿重症监护室。',
    ['新增儿科床位', '80', '张'],
    [60, 40, 0],
  ),
  disabledCare: P(
    '困难失能老人集中照护',
    '养老',
    'minzheng',
    '860',
    '县社会福利中心',
    '全县特困失能老人约320人，分散供养照护质量难以保证。',
    '改造县社会福利中心护理楼，新增护理型床位150张。',
    ['新增护理型床位', '150', '张'],
    [70, 30, 0],
  ),
  bus: P(
    '城乡公交一体化',
    '交通',
    'jiaotong',
    '2200',
    '全县',
    '仍有17个行政村未通公交，群众出行不便。',
    '购置新能源公交车40辆，新开通城乡公交线路8条，建设候车亭60个。',
    ['行政村公交通达率', '100', '%'],
    [50, 30, 20],
  ),
  reservoirs: P(
    '小型水库除险加固',
    '水利',
    'shuili',
    '1640',
    '北山镇、青石镇',
    '14座小型水库存在坝体渗漏等病险，汛期威胁下游群众安全。',
    '除险加固小型水库14座，完善雨水情监测设施。',
    ['除险加固水库', '14', '座'],
    [30, 70, 0],
  ),
  waste: P(
    '农村生活垃圾分类处理',
    '生态环境',
    'shengtai',
    '1350',
    '全县农村',
    '农村垃圾收运体系不完善，部分村庄垃圾乱堆乱放。',
    '建设乡镇垃圾中转站6座，配置分类收集车辆50辆、分类桶8000个。',
    ['生活垃圾分类覆盖行政村', '120', '个'],
    [60, 40, 0],
  ),
  digitalCulture: P(
    '公共文化服务数字化',
    '文化体育',
    'wenlv',
    '520',
    '县图书馆、文化馆',
    '公共文化资源线上服务少。',
    '建设数字图书馆和线上文化馆平台。',
    ['数字资源总量', '50', 'TB'],
    [100, 0, 0],
  ),
};

// ---- 2026: the cycle being screened --------------------------------------------------------------
const Y2026 = [
  P(
    '城区第二幼儿园新建工程',
    '教育',
    'jiaoyu',
    '2680',
    '城关镇滨江路',
    '城区公办幼儿园学位不足，入园难问题突出。',
    '新建12班幼儿园一所，建筑面积6200平方米。',
    ['新增学位', '360', '个'],
    [60, 40, 0],
  ),
  P(
    '县中医院门诊综合楼改造',
    '医疗卫生',
    'weijian',
    '3150',
    '县中医院',
    '门诊楼建于1995年，面积不足，布局不合理。',
    '改造门诊综合楼8600平方米，建设中医馆和康复中心。',
    ['日门诊接诊能力', '1500', '人次'],
    [50, 50, 0],
  ),
  P(
    '农村敬老院改造提升',
    '养老',
    'minzheng',
    '980',
    '白沙乡、桃源乡等5个乡镇',
    '部分敬老院房屋陈旧，消防设施不达标。',
    '改造敬老院5所，完善消防、适老化设施。',
    ['改造敬老院', '5', '所'],
    [60, 40, 0],
  ),
  P(
    '城区主干道提升改造',
    '交通',
    'jiaotong',
    '4600',
    '人民路、解放路',
    '主干道路面破损，雨天积水，人行道不连续。',
    '改造城区主干道6.8公里，同步改造雨水管网。',
    ['改造道路', '6.8', '公里'],
    [70, 30, 0],
  ),
  P(
    '中小河流综合治理',
    '水利',
    'shuili',
    '2860',
    '柳河、青石河',
    '河道淤积，汛期防洪标准不足。',
    '治理河道18公里，加固堤防12公里。',
    ['治理河长', '18', '公里'],
    [30, 70, 0],
  ),
  P(
    '城区污水管网完善工程',
    '生态环境',
    'shengtai',
    '2240',
    '城关镇、东城街道',
    '部分片区雨污合流，污水直排。',
    '新建污水管网24公里，改造雨污混接点160处。',
    ['污水收集率', '95', '%'],
    [50, 50, 0],
  ),
  P(
    '背街小巷改造',
    '城乡建设',
    'chengguan',
    '1380',
    '城关镇老城区',
    '背街小巷路面坑洼，路灯缺失。',
    '改造背街小巷46条，新装路灯520盏。',
    ['改造小巷', '46', '条'],
    [100, 0, 0],
  ),
  P(
    '就业创业孵化基地',
    '就业',
    'renshe',
    '650',
    '县经济开发区',
    '返乡创业人员缺少低成本的创业场地。',
    '建设孵化基地5000平方米，提供场地、培训和融资对接。',
    ['孵化创业实体', '80', '个'],
    [70, 30, 0],
  ),
  P(
    '乡镇综合文化站提升',
    '文化体育',
    'wenlv',
    '720',
    '全县10个乡镇',
    '乡镇文化站设施陈旧，活动开展少。',
    '提升改造乡镇综合文化站10个，配置文体器材。',
    ['提升文化站', '10', '个'],
    [60, 40, 0],
  ),
  P(
    '县城农贸市场提升改造',
    '城乡建设',
    'zhujian',
    '1560',
    '城关镇',
    '农贸市场环境脏乱，排水不畅。',
    '改造农贸市场3个，建设农残快检室。',
    ['改造市场', '3', '个'],
    [40, 0, 60],
  ),
  P(
    '县妇幼保健院住院楼建设',
    '医疗卫生',
    'weijian',
    '5200',
    '县妇幼保健院',
    '妇幼保健院无独立住院楼，产科床位紧张。',
    '新建住院楼1.2万平方米，设床位200张。',
    ['新增床位', '200', '张'],
    [50, 50, 0],
    {
      deadline: '2027-06-30',
      milestones: [
        [2026, '主体结构封顶'],
        [2027, '竣工投入使用'],
      ],
    },
  ),
  P(
    '城区公厕新建改造',
    '城乡建设',
    'chengguan',
    '460',
    '城关镇',
    '城区公厕数量少，部分设施破旧。',
    '新建公厕12座，改造28座。',
    ['新建改造公厕', '40', '座'],
    [100, 0, 0],
  ),
  P(
    '农村危桥改造',
    '交通',
    'jiaotong',
    '1780',
    '北山镇、龙潭镇',
    '全县排查出危桥21座，影响群众出行安全。',
    '改造农村危桥21座。',
    ['改造危桥', '21', '座'],
    [40, 60, 0],
  ),
  P(
    '城区供水管网改造',
    '水利',
    'shuili',
    '1950',
    '城区',
    '供水管网老化，漏损率高，部分小区水压不足。',
    '改造供水管网32公里。',
    ['管网漏损率降至', '9', '%'],
    [60, 40, 0],
  ),
  P(
    '城市绿道建设',
    '生态环境',
    'zhujian',
    '2100',
    '滨江带',
    '城区缺少连续的慢行休闲空间。',
    '建设滨江绿道15公里及驿站5处。',
    ['建成绿道', '15', '公里'],
    [70, 30, 0],
  ),
  P(
    '残疾儿童康复中心建设',
    '医疗卫生',
    'minzheng',
    '760',
    '县残疾人综合服务中心',
    '全县0-6岁残疾儿童约260人，康复需到市里。',
    '建设残疾儿童康复中心2800平方米。',
    ['年康复服务', '300', '人'],
    [50, 50, 0],
  ),
  P(
    '城区中小学运动场改造',
    '教育',
    'jiaoyu',
    '890',
    '城区8所中小学',
    '部分学校运动场为煤渣跑道，雨天无法使用。',
    '改造塑胶运动场8片。',
    ['改造运动场', '8', '片'],
    [60, 40, 0],
  ),
  P(
    '高校毕业生就业见习基地',
    '就业',
    'renshe',
    '240',
    '县人力资源市场',
    '本地高校毕业生就业见习岗位不足。',
    '建设就业见习基地20个，提供见习岗位600个。',
    ['见习岗位', '600', '个'],
    [100, 0, 0],
  ),
];

/** From 万元 text to integer 元, and funding parts that add up exactly (rounding goes to 本级财政). */
function moneyOf(p: Project): { estimateYuan: number; funding: NonNullable<ProposalInput['funding']> } {
  const r = parseWan(p.wan);
  if (!r.ok) throw new Error(`${p.title}: ${r.en}`);
  const higher = Math.floor((r.yuan * p.split[1]) / 100);
  const social = Math.floor((r.yuan * p.split[2]) / 100);
  const funding: NonNullable<ProposalInput['funding']> = [{ source: 'local_fiscal', amountYuan: r.yuan - higher - social, note: null }];
  if (higher) funding.push({ source: 'higher_subsidy', amountYuan: higher, note: null });
  if (social) funding.push({ source: 'social_capital', amountYuan: social, note: null });
  return { estimateYuan: r.yuan, funding: funding.filter((f) => f.amountYuan > 0) };
}

function materials(p: Project, year: number, departmentId: string | null, contact: boolean): ProposalInput & { title: string } {
  return {
    title: p.title,
    category: p.category,
    background: p.need,
    content: p.scale,
    location: p.place,
    departmentId,
    ...moneyOf(p),
    deadline: p.deadline ?? `${year}-12-31`,
    milestones: (p.milestones ?? []).map(([y, goal]) => ({ year: y, goal })),
    targets: [{ indicator: p.target[0], value: p.target[1], unit: p.target[2] }],
    ...(contact ? { contactName: '项目办', contactPhone: '0000-0000000' } : {}),
  };
}

/** Beijing time on a day of the demo's timeline. */
const at = (date: string, time = '10:00') => new Date(`${date}T${time}:00+08:00`);

export async function seedSolicitation(deps: Deps, admin: Actor, logins: Login[]): Promise<void> {
  const db = deps.db;
  const actorOf = async (username: string): Promise<Actor> => {
    const a = await findAccountByUsername(db, username);
    if (!a) throw new Error(`demo account ${username} is missing`);
    return {
      accountId: a.id,
      congressId: a.congressId,
      role: a.role,
      username: a.username,
      displayName: a.displayName,
      departmentId: a.departmentId,
      deputyId: a.deputyId,
      sessionId: 'demo',
    };
  };
  const actors = new Map<string, Actor>();
  for (const l of logins) if (l.role === 'department' || l.role === 'deputy') actors.set(l.username, await actorOf(l.username));
  const dept = (username: string) => actors.get(username)!;
  const deptId = (username: string) => dept(username).departmentId!;
  const [lead, second, third] = ['daibiao1', 'daibiao29', 'daibiao200'].map((u) => actors.get(u)!);
  const { rows } = await searchDeputies(db, admin.congressId, { page: 1, pageSize: 20, status: 'active' });
  const moreDeputies = rows
    .map((r) => r.deputy.id)
    .filter((id) => ![lead!.deputyId, second!.deputyId, third!.deputyId].includes(id))
    .slice(0, 3);

  const submit = async (p: Project, year: number, cycleId: string, when: Date) =>
    (await createProposal(db, dept(p.dept), cycleId, { ...materials(p, year, deptId(p.dept), true), submit: true }, when)).id;
  const screen = (id: string, input: ScreeningInput, when: Date) => screenProposal(db, admin, id, input, when);
  const suggest = async (cycleId: string, input: SuggestionInput, when: Date) => {
    const r = await submitPublicSuggestion(db, cycleId, input, '203.0.113.10', when);
    return (await findSuggestionByCode(db, normalizeTrackingCode(r.trackingCode)!))!.id;
  };
  /** 转办: the secretariat hands the suggestion to a department, which completes and submits it. */
  const handOver = async (suggestionId: string, p: Project, year: number, when: Date, submitToo = true) => {
    const { proposal } = await convertSuggestion(
      db,
      admin,
      suggestionId,
      { departmentId: deptId(p.dept), category: p.category, note: `已转${dept(p.dept).displayName}研究办理` },
      when,
    );
    const later = new Date(when.getTime() + 2 * 3600_000);
    await updateProposalMaterials(db, dept(p.dept), proposal.id, materials(p, year, deptId(p.dept), true), later);
    if (submitToo) await submitProposal(db, dept(p.dept), proposal.id, later);
    return proposal.id;
  };

  // Calls follow the timeline, so each ledger's times only move forward.

  // ======================= 2027年民生实事项目: fixed list of 15 for 12 seats =======================
  {
    const year = 2027;
    const cycle = await createCycle(
      db,
      admin,
      {
        title: '2027年民生实事项目',
        year,
        opensOn: '2026-08-01',
        closesOn: '2026-09-30',
        seats: 12,
      },
      at('2026-07-20'),
    );
    const id: Record<string, string> = {};
    const keys = Object.keys(Y2027) as Array<keyof typeof Y2027>;
    for (const [i, k] of keys.entries()) id[k] = await submit(Y2027[k], year, cycle.id, at(`2026-08-${String(3 + i).padStart(2, '0')}`));
    // The public: a web suggestion and a hotline call handed over and adopted; one merged, one answered.
    const rainSewer = await suggest(
      cycle.id,
      {
        title: '老城区一下大雨就淹，希望改造下水道',
        content: '解放路、新华街一带每逢暴雨积水过膝，商户和居民苦不堪言。',
        category: '城乡建设',
        name: '周先生',
        phone: '13912345678',
      },
      at('2026-08-20', '20:15'),
    );
    const villageClinic = (
      await enterSuggestion(
        db,
        admin,
        cycle.id,
        {
          channel: 'hotline',
          receivedOn: '2026-08-22',
          title: '村卫生室条件太差',
          content: '来电反映桃源乡多个村卫生室房屋破旧，缺少基本设备。',
          category: '医疗卫生',
          name: '吴女士',
          phone: '13600001111',
        },
        at('2026-08-22', '15:30'),
      )
    ).id;
    // Deputies: a joint proposal led by one deputy with four others, and a single one.
    id.crossings = (
      await createProposal(
        db,
        lead!,
        cycle.id,
        {
          ...materials(
            P(
              '城区学校周边交通安全设施完善',
              '交通',
              'jiaotong',
              '680',
              '城区12所中小学周边',
              '上下学高峰学校周边车流混杂，学生过街不安全。',
              '建设学校周边港湾式停车带、过街天桥2座和智能信号灯。',
              ['完善学校', '12', '所'],
              [100, 0, 0],
            ),
            year,
            null,
            false,
          ),
          coProposerDeputyIds: [second!.deputyId!, third!.deputyId!, ...moreDeputies.slice(0, 2)],
          submit: true,
        },
        at('2026-08-25'),
      )
    ).id;
    id.mealsDeputy = (
      await createProposal(
        db,
        second!,
        cycle.id,
        {
          ...materials(
            P(
              '农村学校营养餐改善',
              '教育',
              'jiaoyu',
              '300',
              '全县农村学校',
              '农村学校学生营养餐标准偏低。',
              '提高营养餐补助标准，改善食堂就餐条件。',
              ['受益学生', '1.2', '万人'],
              [100, 0, 0],
            ),
            year,
            null,
            false,
          ),
          submit: true,
        },
        at('2026-08-26'),
      )
    ).id;
    const busLine = await suggest(
      cycle.id,
      { title: '希望开通到柳河镇的公交', content: '柳河镇几个村到县城只能坐私人面包车。', category: '交通' },
      at('2026-09-03', '19:40'),
    );
    const square = await suggest(cycle.id, { title: '建议建一个城市广场音乐喷泉', content: '丰富夜间生活。' }, at('2026-09-10', '21:05'));
    id.rainSewer = await handOver(
      rainSewer,
      P(
        '老城区雨污分流改造',
        '城乡建设',
        'zhujian',
        '2360',
        '解放路、新华街片区',
        '老城区雨污合流，暴雨时积水严重，群众反映强烈。',
        '改造雨污管网18公里，新建雨水泵站1座。',
        ['消除易涝点', '9', '处'],
        [50, 50, 0],
      ),
      year,
      at('2026-09-15'),
    );
    id.villageClinic = await handOver(
      villageClinic,
      P(
        '村卫生室标准化建设',
        '医疗卫生',
        'weijian',
        '640',
        '桃源乡、白沙乡等',
        '部分村卫生室房屋破旧、设备短缺，村医服务能力弱。',
        '标准化建设村卫生室40个，配置基本诊疗设备。',
        ['标准化村卫生室', '40', '个'],
        [40, 60, 0],
      ),
      year,
      at('2026-09-16'),
    );
    await moveCyclePhase(db, admin, cycle.id, 'screening', at('2026-10-08'));
    await screenSuggestion(
      db,
      admin,
      busLine,
      { outcome: 'merge', proposalId: id.bus, reason: '已纳入城乡公交一体化项目统筹解决' },
      at('2026-10-09'),
    );
    await screenSuggestion(db, admin, square, { outcome: 'reject', reason: '不属于民生实事项目范围，已转县城市管理部门参考' }, at('2026-10-09'));
    await saveScreeningNotes(
      db,
      admin,
      id.parking!,
      { necessity: '需求真实，但可采用特许经营由社会资本建设', fiscal: '财政投入比例低，宜市场化', legality: '无问题' },
      at('2026-10-12'),
    );
    await screen(id.parking!, { outcome: 'reject', reason: '宜采用市场化方式建设运营，不列入政府民生实事项目' }, at('2026-10-15'));
    await screen(id.digitalCulture!, { outcome: 'reject', reason: '属部门年度常规工作，纳入部门预算安排' }, at('2026-10-15'));
    await screen(id.mealsDeputy!, { outcome: 'merge', mergeIntoId: id.canteens, reason: '与农村学校食堂改造合并实施' }, at('2026-10-16'));
    const order = [
      'school',
      'clinics',
      'eldercare',
      'roads',
      'water',
      'river',
      'oldHousing',
      'gigMarket',
      'paediatrics',
      'bus',
      'crossings',
      'rainSewer',
      'canteens',
      'waste',
      'villageClinic',
    ];
    for (const k of order) {
      await screen(id[k]!, { outcome: 'shortlist', ...(k === 'crossings' ? { departmentId: deptId('jiaotong') } : {}) }, at('2026-10-20'));
    }
    // Three more were weighed and not taken this year, each with its reason.
    await screen(id.reservoirs!, { outcome: 'reject', reason: '已列入中央水利发展资金项目，由上级资金安排实施' }, at('2026-10-21'));
    await screen(id.disabledCare!, { outcome: 'reject', reason: '县社会福利中心护理楼改造已列入2026年续建项目' }, at('2026-10-21'));
    await screen(id.fitness!, { outcome: 'reject', reason: '纳入体育彩票公益金项目实施' }, at('2026-10-21'));
    await orderCandidateList(
      db,
      admin,
      cycle.id,
      order.map((k) => id[k]!),
      at('2026-11-05'),
    );
    await fixCandidateList(db, admin, cycle.id, at('2026-11-10'));
  }

  // ======================= 2026年民生实事项目: in screening, outcomes mixed =======================
  {
    const year = 2026;
    const cycle = await createCycle(
      db,
      admin,
      {
        title: '2026年民生实事项目',
        year,
        opensOn: '2025-08-01',
        closesOn: '2025-09-30',
        seats: 10,
      },
      at('2025-07-18'),
    );
    const ids: string[] = [];
    for (const [i, p] of Y2026.entries()) ids.push(await submit(p, year, cycle.id, at(`2025-08-${String(4 + i).padStart(2, '0')}`)));
    // The public: web form, hotline and letter, spread over the window.
    const s1 = await suggest(
      cycle.id,
      { title: '小区没有地方给老人吃饭', content: '西城街道老人多，希望有社区食堂。', category: '养老', name: '孙大爷' },
      at('2025-08-23', '19:20'),
    );
    const h1 = (
      await enterSuggestion(
        db,
        admin,
        cycle.id,
        {
          channel: 'hotline',
          receivedOn: '2025-08-24',
          title: '农村饮水有异味',
          content: '来电反映南湖镇部分村自来水有异味。',
          category: '水利',
          name: '郑先生',
          phone: '13800002222',
        },
        at('2025-08-24', '16:00'),
      )
    ).id;
    const s2 = await suggest(
      cycle.id,
      { title: '希望建一个室内游泳馆', content: '县城没有公共游泳馆，孩子学游泳要去市里。', category: '文化体育' },
      at('2025-08-25', '21:10'),
    );
    // Deputies: a joint proposal led by daibiao1 with five co-proposers, and two single ones.
    const joint = (
      await createProposal(
        db,
        lead!,
        cycle.id,
        {
          ...materials(
            P(
              '城区停车难综合治理',
              '城乡建设',
              'chengguan',
              '1200',
              '城关镇',
              '代表在走访中发现老城区停车难问题突出，群众多次反映。',
              '挖潜增加停车泊位1500个，建设智慧停车诱导系统。',
              ['新增停车泊位', '1500', '个'],
              [50, 0, 50],
            ),
            year,
            null,
            false,
          ),
          coProposerDeputyIds: [second!.deputyId!, third!.deputyId!, ...moreDeputies],
          submit: true,
        },
        at('2025-08-28'),
      )
    ).id;
    const deputySchool = (
      await createProposal(
        db,
        second!,
        cycle.id,
        {
          ...materials(
            P(
              '乡村学校少年宫建设',
              '教育',
              'jiaoyu',
              '420',
              '龙潭镇、柳河镇',
              '农村留守儿童课后活动场所缺乏。',
              '建设乡村学校少年宫6个。',
              ['建成少年宫', '6', '个'],
              [50, 50, 0],
            ),
            year,
            null,
            false,
          ),
          submit: true,
        },
        at('2025-09-02'),
      )
    ).id;
    const s3 = await suggest(
      cycle.id,
      { title: '学校门口天天堵车', content: '城关一小门口上下学时段严重拥堵。', category: '交通', phone: '13511112222' },
      at('2025-09-05', '08:10'),
    );
    const s4 = await suggest(
      cycle.id,
      {
        title: '希望加大村道路灯投入',
        content: '青石镇到北山村的村道晚上没有路灯，下夜班回家路上太黑，老人孩子出门不安全，希望安装路灯。',
        category: '交通',
        location: '青石镇',
      },
      at('2025-09-11', '22:30'),
    );
    const deputyLights = (
      await createProposal(
        db,
        third!,
        cycle.id,
        {
          ...materials(
            P(
              '农村道路亮化工程',
              '交通',
              'jiaotong',
              '560',
              '青石镇、北山镇',
              '部分村道夜间无照明，群众出行不便。',
              '安装太阳能路灯2800盏。',
              ['安装路灯', '2800', '盏'],
              [60, 40, 0],
            ),
            year,
            null,
            false,
          ),
          submit: true,
        },
        at('2025-09-12'),
      )
    ).id;
    const s5 = await suggest(cycle.id, { title: '乡下没有快递点', content: '希望每个村都有快递服务点。' }, at('2025-09-18', '12:00'));
    // A draft never submitted within the window stays a draft (and out of the ledger).
    await createProposal(db, dept('caizheng'), cycle.id, { title: '城乡居民惠民保险补助', category: '其他' }, at('2025-09-20'));
    await enterSuggestion(
      db,
      admin,
      cycle.id,
      { channel: 'hotline', receivedOn: '2025-09-25', title: '希望增加公交班次', content: '来电反映城东至开发区公交间隔太长。', category: '交通' },
      at('2025-09-25', '10:30'),
    );
    await enterSuggestion(
      db,
      admin,
      cycle.id,
      {
        channel: 'letter',
        receivedOn: '2025-09-28',
        title: '关于改善城区菜市场环境的建议',
        content: '来信建议整治城南菜市场周边环境卫生。',
        category: '城乡建设',
        name: '某小区业委会',
      },
      at('2025-09-29', '09:00'),
    );
    await moveCyclePhase(db, admin, cycle.id, 'screening', at('2025-10-09'));
    const canteen = await handOver(
      s1,
      P(
        '社区老年食堂建设',
        '养老',
        'minzheng',
        '540',
        '西城街道、东城街道',
        '社区老人吃饭难，特别是独居和高龄老人。',
        '建设社区老年食堂12个。',
        ['建成老年食堂', '12', '个'],
        [70, 30, 0],
      ),
      year,
      at('2025-10-10'),
    );
    await handOver(
      s2,
      P(
        '全民健身中心游泳馆',
        '文化体育',
        'wenlv',
        '3600',
        '县体育中心',
        '县城没有公共游泳场馆。',
        '建设室内游泳馆一座，含标准池和儿童池。',
        ['年服务人次', '80000', '人次'],
        [50, 30, 20],
      ),
      year,
      at('2025-10-11'),
    );
    await handOver(
      h1,
      P(
        '南湖镇水厂提标改造',
        '水利',
        'shuili',
        '880',
        '南湖镇',
        '水厂工艺落后，出厂水偶有异味。',
        '水厂增设深度处理工艺，改造管网9公里。',
        ['出厂水达标率', '100', '%'],
        [50, 50, 0],
      ),
      year,
      at('2025-10-12'),
      false,
    );
    await screenSuggestion(
      db,
      admin,
      s3,
      { outcome: 'merge', proposalId: joint, reason: '与代表提出的城区停车难综合治理一并研究' },
      at('2025-10-13'),
    );
    await screenSuggestion(db, admin, s4, { outcome: 'merge', proposalId: deputyLights, reason: '与农村道路亮化工程一并研究' }, at('2025-10-13'));
    await screenSuggestion(db, admin, s5, { outcome: 'reject', reason: '属市场化服务，已转县商务部门推进快递进村' }, at('2025-10-13'));
    // Screening under way: shortlisted, rejected, merged, returned (one already resubmitted), the rest still open.
    for (const i of [0, 1, 3, 4, 5, 10]) await screen(ids[i]!, { outcome: 'shortlist' }, at('2025-10-15'));
    await screen(canteen, { outcome: 'shortlist' }, at('2025-10-15'));
    await screen(joint, { outcome: 'shortlist', departmentId: deptId('chengguan') }, at('2025-10-16'));
    await screen(ids[7]!, { outcome: 'reject', reason: '已有省级创业孵化基地覆盖，不重复建设' }, at('2025-10-16'));
    await screen(ids[9]!, { outcome: 'reject', reason: '宜由市场主体投资改造，政府给予政策支持' }, at('2025-10-16'));
    await screen(ids[11]!, { outcome: 'merge', mergeIntoId: ids[6], reason: '与背街小巷改造合并实施' }, at('2025-10-17'));
    await screen(deputySchool, { outcome: 'merge', mergeIntoId: ids[0], reason: '并入教育项目统筹' }, at('2025-10-17'));
    await saveScreeningNotes(db, admin, ids[13]!, { feasibility: '管网现状资料不全，需补充勘察', fiscal: '建议分两年实施' }, at('2025-10-18'));
    await screen(ids[13]!, { outcome: 'return', reason: '请补充管网现状勘察资料，并按两年分期重新测算投资' }, at('2025-10-18'));
    await screen(ids[12]!, { outcome: 'return', reason: '请核实危桥清单和单桥造价' }, at('2025-10-18'));
    await updateProposalMaterials(
      db,
      dept('jiaotong'),
      ids[12]!,
      { background: '全县排查出危桥21座（经2025年定期检测核实），影响群众出行安全。' },
      at('2025-10-22'),
    );
    await submitProposal(db, dept('jiaotong'), ids[12]!, at('2025-10-22'));
  }
  console.log('Loaded 2026年民生实事项目 (in screening) and 2027年民生实事项目 (fixed list: 15 candidates for 12 seats).');
}
