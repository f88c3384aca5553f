// Demo phase 2: the 2027 cycle goes to the plenary. A sitting with 226 of 231 deputies signed in
// and a draft project ballot on the fixed list, ready to print cards and open from the console.
// (Cards are not printed here: their tokens exist only in the print document the console shows.)
import '../../server/phases';
import { findCycleByYear } from '../../server/cycle/cycles.repository';
import { moveCyclePhase } from '../../server/cycle/cycles.service';
import { createProjectBallot } from '../../server/phase2-balloting/ballots.service';
import { createSitting, markAttendance } from '../../server/phase2-balloting/sittings.service';
import { searchDeputies } from '../../server/core/roster/roster.repository';
import type { Actor, Deps } from '../../server/core/context';

export async function seedBalloting(deps: Deps, admin: Actor): Promise<void> {
  const cycle = await findCycleByYear(deps.db, admin.congressId, 2027);
  if (!cycle) return;
  const now = deps.clock();
  await moveCyclePhase(deps.db, admin, cycle.id, 'balloting', now);
  const sitting = await createSitting(deps.db, admin, { title: '县第十八届人大第五次会议第三次全体会议', date: now.toISOString().slice(0, 10) }, now);
  const { rows } = await searchDeputies(deps.db, admin.congressId, { page: 1, pageSize: 500, status: 'active' });
  // Five on leave (请假): 226 present of 231, a comfortable quorum (at least 155).
  const absent = new Set(['17', '58', '99', '143', '201']);
  const present = rows.filter((r) => !absent.has(r.deputy.seatNo)).map((r) => r.deputy.id);
  await markAttendance(deps.db, admin, sitting.id, { deputyIds: present, present: true }, now);
  await createProjectBallot(deps.db, admin, { cycleId: cycle.id, sittingId: sitting.id, title: '2027年民生实事项目票决', rules: {} }, now);
  console.log(`Loaded the plenary: ${sitting.title}, ${present.length} of ${rows.length} present, a draft ballot on 15 candidates for 12 seats.`);
}
