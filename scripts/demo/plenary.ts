// The demo's shared story steps: a timeline in Beijing time, the demo accounts as actors, and a
// year's candidates carried from proposals through a certified plenary ballot into implementation
// (used for 2024 and 2025), plus casting a stack of printed cards on a timeline.
import { randomBytes } from 'node:crypto';
import '../../server/phases';
import { findAccountByUsername } from '../../server/core/accounts/accounts.repository';
import { parseWan } from '../../server/core/domain/money';
import { searchDeputies } from '../../server/core/roster/roster.repository';
import type { Actor, Deps } from '../../server/core/context';
import { fixCandidateList, orderCandidateList } from '../../server/phase1-solicitation/candidate-list.service';
import { createCycle, moveCyclePhase } from '../../server/cycle/cycles.service';
import type { FundingPart } from '../../server/phase1-solicitation/domain/proposal-rules';
import { createProposal } from '../../server/phase1-solicitation/proposals.service';
import { screenProposal } from '../../server/phase1-solicitation/screening.service';
import {
  certificationProgress,
  certifyBallot,
  closeBallot,
  createProjectBallot,
  openBallot,
  tallyBallot,
} from '../../server/phase2-balloting/ballots.service';
import { signMessage, signingPayload } from '../../server/core/domain/signatures';
import { printCards } from '../../server/phase2-balloting/cards.service';
import { castBallot } from '../../server/phase2-balloting/cast.service';
import { createSitting, markAttendance } from '../../server/phase2-balloting/sittings.service';
import { listProjectsOfCycle } from '../../server/phase3-implementation/projects.repository';
import { demoSigningKeys, type Login } from './roster';

/** Beijing time on a day of the demo's timeline. */
export const at = (date: string, time = '10:00') => new Date(`${date}T${time}:00+08:00`);
export const yuan = (wan: string) => {
  const r = parseWan(wan);
  if (!r.ok) throw new Error(r.en);
  return r.yuan;
};
/** Funding from 本级财政 and 上级补助 in percent, adding up exactly (the rounding goes to 本级财政). */
export const fundingOf = (total: number, higherPercent: number): Array<FundingPart & { note: string | null }> => {
  const higher = Math.floor((total * higherPercent) / 100);
  return [
    { source: 'local_fiscal', amountYuan: total - higher, note: null },
    ...(higher ? [{ source: 'higher_subsidy' as const, amountYuan: higher, note: null }] : []),
  ];
};

/** The demo's logins as actors, by username. */
export async function demoActors(deps: Deps, logins: Login[]) {
  const actors = new Map<string, Actor>();
  for (const l of logins) {
    if (l.role === 'secretariat') continue;
    const a = await findAccountByUsername(deps.db, l.username);
    if (!a) throw new Error(`demo account ${l.username} is missing`);
    actors.set(l.username, {
      accountId: a.id,
      congressId: a.congressId,
      role: a.role,
      username: a.username,
      displayName: a.displayName,
      departmentId: a.departmentId,
      deputyId: a.deputyId,
      sessionId: 'demo',
    });
  }
  return (username: string) => {
    const a = actors.get(username);
    if (!a) throw new Error(`demo account ${username} is missing`);
    return a;
  };
}

/** A demo clock the ballot engine reads (it takes `now` from deps); the story moves it along. */
export function timedDeps(deps: Deps, start: Date) {
  let clock = start;
  return {
    deps: { ...deps, clock: () => new Date(clock) } as Deps,
    set: (d: Date) => {
      clock = d;
    },
  };
}

export interface CandidateSpec {
  key: string;
  title: string;
  category: string;
  dept: string;
  wan: string;
  higher: number;
  place: string;
  need: string;
  scale: string;
  target: [string, string, string];
  /** 赞成 votes it gets at the plenary. */
  votes: number;
}

export interface YearStory {
  year: number;
  seats: number;
  /** The plenary sitting that votes (its date is the ballot day). */
  sitting: { title: string; date: string };
  present: number;
  implementationOn: string;
}

/** Prints the ballot's cards and casts one ballot per card, five seconds apart from `start`. */
export async function castCards(
  timed: ReturnType<typeof timedDeps>,
  admin: Actor,
  ballotId: string,
  start: Date,
  choicesFor: (card: number) => Record<string, string>,
) {
  timed.set(new Date(start.getTime() - 15 * 60_000));
  const { cards } = await printCards(timed.deps, admin, ballotId, 'http://localhost:3000');
  timed.set(new Date(start.getTime() - 5 * 60_000));
  await openBallot(timed.deps, admin, ballotId);
  for (const [k, card] of cards.entries()) {
    timed.set(new Date(start.getTime() + k * 5000));
    await castBallot(
      timed.deps,
      ballotId,
      { token: card.url.split('#')[1]!, choices: choicesFor(k), castId: randomBytes(16).toString('hex') },
      '10.0.0.1',
    );
  }
  return cards.length;
}

/** Closes, counts and has the scrutineers sign (the 总监票人 first), minutes apart after `from`. */
export async function countAndCertify(timed: ReturnType<typeof timedDeps>, admin: Actor, scrutineers: Actor[], ballotId: string, from: Date) {
  const later = (min: number) => new Date(from.getTime() + min * 60_000);
  timed.set(later(0));
  await closeBallot(timed.deps, admin, ballotId, {});
  timed.set(later(5));
  await tallyBallot(timed.deps, admin, ballotId);
  for (const [i, scrutineer] of scrutineers.entries()) {
    timed.set(later(15 + i));
    const key = demoSigningKeys.get(scrutineer.accountId)!;
    const { tallyEntry } = await certificationProgress(timed.deps, scrutineer, ballotId);
    const sig = signMessage(key.alg, key.privateKey, signingPayload(tallyEntry!));
    await certifyBallot(timed.deps, scrutineer, ballotId, { keyId: key.keyId, sig });
  }
}

/**
 * A year from solicitation to implementation: every spec proposed by its department and
 * shortlisted, the list fixed, the plenary's secret ballot (`present` of the roster signed in,
 * each candidate getting its `votes` 赞成, at most `seats` per ballot) certified, and the move to
 * implementation that turns the chosen into projects. Dates follow the usual calendar: solicitation
 * in August–September of the year before, the plenary in January.
 */
export async function chooseProjects<S extends CandidateSpec>(
  deps: Deps,
  admin: Actor,
  actor: (username: string) => Actor,
  story: YearStory,
  specs: readonly S[],
) {
  const db = deps.db;
  const y0 = story.year - 1;
  const cycle = await createCycle(
    db,
    admin,
    { title: `${story.year}年民生实事项目`, year: story.year, opensOn: `${y0}-08-01`, closesOn: `${y0}-09-30`, seats: story.seats },
    at(`${y0}-07-15`),
  );
  const proposalIds: string[] = [];
  for (const [i, s] of specs.entries()) {
    const estimateYuan = yuan(s.wan);
    const p = await createProposal(
      db,
      actor(s.dept),
      cycle.id,
      {
        title: s.title,
        category: s.category,
        background: s.need,
        content: s.scale,
        location: s.place,
        departmentId: actor(s.dept).departmentId,
        estimateYuan,
        funding: fundingOf(estimateYuan, s.higher),
        deadline: `${story.year}-12-31`,
        targets: [{ indicator: s.target[0], value: s.target[1], unit: s.target[2] }],
        contactName: '项目办',
        contactPhone: '0000-0000000',
        submit: true,
      },
      at(`${y0}-08-${String(5 + i).padStart(2, '0')}`),
    );
    proposalIds.push(p.id);
  }
  await moveCyclePhase(db, admin, cycle.id, 'screening', at(`${y0}-10-08`));
  for (const id of proposalIds) await screenProposal(db, admin, id, { outcome: 'shortlist' }, at(`${y0}-10-20`));
  await orderCandidateList(db, admin, cycle.id, proposalIds, at(`${y0}-11-05`));
  await fixCandidateList(db, admin, cycle.id, at(`${y0}-11-10`));
  await moveCyclePhase(db, admin, cycle.id, 'balloting', at(`${y0}-12-25`));

  const day = story.sitting.date;
  const sitting = await createSitting(db, admin, story.sitting, at(day, '08:30'));
  const { rows } = await searchDeputies(db, admin.congressId, { page: 1, pageSize: 500, status: 'active' });
  await markAttendance(db, admin, sitting.id, { deputyIds: rows.slice(0, story.present).map((r) => r.deputy.id), present: true }, at(day, '08:50'));
  const ballot = await createProjectBallot(
    db,
    admin,
    { cycleId: cycle.id, sittingId: sitting.id, title: `${story.year}年民生实事项目票决`, rules: {} },
    at(day, '09:00'),
  );
  // Each candidate gets its "for" count; every ballot carries at most `seats` (the fewest-so-far first).
  const fors = Array.from({ length: story.present }, () => new Set<string>());
  for (const [i, s] of specs.entries()) {
    const order = fors
      .map((f, k) => ({ k, n: f.size }))
      .sort((a, b) => a.n - b.n || ((a.k * 7 + i * 13) % story.present) - ((b.k * 7 + i * 13) % story.present));
    for (const { k } of order.slice(0, s.votes)) fors[k]!.add(proposalIds[i]!);
  }
  const timed = timedDeps(deps, at(day, '09:05'));
  await castCards(timed, admin, ballot.id, at(day, '09:25'), (k) =>
    Object.fromEntries(proposalIds.map((id, i) => [id, fors[k]!.has(id) ? 'for' : (k + i) % 5 === 0 ? 'against' : 'abstain'])),
  );
  await countAndCertify(timed, admin, [actor('zongjianpiao'), actor('jianpiao1')], ballot.id, at(day, '09:50'));

  await moveCyclePhase(db, admin, cycle.id, 'implementation', at(story.implementationOn));
  const projects = await listProjectsOfCycle(db, cycle.id);
  const specOf = new Map(projects.map((p) => [p.id, specs[proposalIds.indexOf(p.proposalId)]!]));
  const idOf = (key: string) => projects.find((p) => specOf.get(p.id)!.key === key)!.id;
  return { cycle, sitting, rows, projects, specOf, idOf, timed };
}
