// The route table: every endpoint of the API, in one list. The app registers these; the
// authorization matrix test walks the same list, so a new route cannot skip its access rule.
import * as accounts from './core/accounts/accounts.routes';
import * as auth from './core/accounts/auth.routes';
import * as ledger from './core/ledger/ledger.routes';
import * as roster from './core/roster/roster.routes';
import * as setup from './core/setup/setup.routes';
import * as publicCode from './core/setup/public-code.routes';
import * as signers from './core/signers/signers.routes';
import { z } from 'zod';
import { openApiDocument } from './http/openapi';
import { defineRoute, type RouteDef } from './http/route';
import './phases';
import * as candidateList from './phase1-solicitation/candidate-list.routes';
import * as cycles from './cycle/cycles.routes';
import * as proposals from './phase1-solicitation/proposals.routes';
import * as publicPages from './phase1-solicitation/public-solicitation.routes';
import * as screening from './phase1-solicitation/screening.routes';
import * as ballots from './phase2-balloting/ballots.routes';
import * as certificationRule from './phase2-balloting/certification-rule.routes';
import * as sittings from './phase2-balloting/sittings.routes';
import * as tablets from './phase2-balloting/tablets.routes';
import * as changes from './phase3-implementation/changes.routes';
import * as projects from './phase3-implementation/projects.routes';
import * as implementationPublic from './phase3-implementation/public-progress.routes';
import * as annualReport from './phase3-implementation/annual-report.routes';
import * as portal from './phase3-implementation/public-portal.routes';
import * as progressReports from './phase3-implementation/progress-reports.routes';
import * as supervision from './phase3-implementation/supervision.routes';
import * as evaluation from './phase4-evaluation/evaluation.routes';
import * as rectifications from './phase4-evaluation/rectifications.routes';

const modules = [
  setup,
  publicCode,
  auth,
  accounts,
  roster,
  ledger,
  signers,
  cycles,
  proposals,
  screening,
  candidateList,
  publicPages,
  sittings,
  ballots,
  certificationRule,
  evaluation,
  tablets,
  projects,
  progressReports,
  supervision,
  changes,
  rectifications,
  implementationPublic,
  annualReport,
  portal,
];

export const ROUTES: RouteDef[] = modules.flatMap((m) =>
  Object.values(m as Record<string, unknown>).filter((v): v is RouteDef => typeof v === 'object' && v !== null && 'handler' in v && 'access' in v),
);

/** The table itself, as OpenAPI 3.1 (server/http/openapi.ts); also what docs/api.md is rendered from. */
export const openApiRoute = defineRoute({
  method: 'get',
  path: '/api/openapi.json',
  access: 'public',
  summary: 'This API as an OpenAPI 3.1 document (request and response schemas of every route)',
  responses: { 200: z.record(z.string(), z.unknown()) },
  handler: ({ c }) => c.json(openApiDocument(ROUTES) as unknown as Record<string, unknown>),
});
ROUTES.push(openApiRoute);

type RoutesOf<Module> = Module extends unknown ? Extract<Module[keyof Module], RouteDef & { method: string; path: string }> : never;
/** Every route as declared, with its literal method and path and its zod shapes: the web's typed client reads it (server/contract/api.ts). */
export type ApiRoute = RoutesOf<(typeof modules)[number]> | typeof openApiRoute;
