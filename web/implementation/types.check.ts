// Type-level only (never imported by a page): the server's answers must fit the shapes the pages
// read (./types.ts), so a change on one side without the other fails `tsc`.
import type {
  publicDepartmentRecord, publicDepartments, publicOverview, publicProject, publicProjects,
} from '../../server/phase3-implementation/public.service';
import type { listProjects, projectDetail } from '../../server/phase3-implementation/projects.service';
import type {
  Overview, ProjectList, PublicDepartmentRecord, PublicDepartments, PublicProjectList, PublicProjectRecord, StaffProjectRecord,
} from './types';

type Answer<F extends (...args: never[]) => Promise<unknown>> = Awaited<ReturnType<F>>;
type Fits<Server extends Web, Web> = [Server, Web];

export type ShapeChecks = [
  Fits<Answer<typeof publicOverview>, Overview>,
  Fits<Answer<typeof publicProjects>, PublicProjectList>,
  Fits<Answer<typeof publicProject>, PublicProjectRecord>,
  Fits<Answer<typeof projectDetail>, StaffProjectRecord>,
  Fits<Answer<typeof listProjects>, ProjectList>,
  Fits<Answer<typeof publicDepartmentRecord>, PublicDepartmentRecord>,
  Fits<Answer<typeof publicDepartments>, PublicDepartments>,
];
