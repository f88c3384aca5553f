// The architecture's import rules (docs/architecture.md), checked over the real sources: every
// broken rule is listed with the offending import (file:line → target) and the rule it breaks.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkGraph, parseImports, readGraph, type ImportEdge } from './import-graph';

const ROOT = path.resolve(import.meta.dirname, '../..');

describe('import rules', () => {
  const problems = checkGraph(readGraph(ROOT, ['server', 'db', 'web']));

  it('hold for server/, db/ and web/', () => {
    expect(readGraph(ROOT, ['server']).length).toBeGreaterThan(300);
    expect(problems).toEqual([]);
  });
});

describe('the checker', () => {
  const edge = (from: string, to: string, line = 1, typeOnly = false): ImportEdge => ({ from, line, to, typeOnly });
  const clean: ImportEdge[] = [
    edge('server/core/errors.ts', 'server/core/domain/problems.ts'),
    edge('server/cycle/cycles.service.ts', 'server/core/errors.ts'),
    edge('server/cycle/cycles.repository.ts', 'drizzle-orm'),
    edge('server/cycle/cycles.routes.ts', 'server/http/route.ts'),
    edge('server/phase2-balloting/ballots.service.ts', 'server/phase1-solicitation/index.ts'),
    edge('server/phase2-balloting/ballots.service.ts', 'server/cycle/cycles.repository.ts'),
    edge('server/phases.ts', 'server/phase4-evaluation/index.ts'),
    edge('server/routes.ts', 'server/phase4-evaluation/evaluation.routes.ts'),
    edge('web/public/Page.tsx', 'server/phase2-balloting/domain/tally.ts'),
    edge('web/public/Page.tsx', 'server/phase2-balloting/results.service.ts', 2, true),
  ];

  it('passes a graph that keeps the rules', () => {
    expect(checkGraph(clean)).toEqual([]);
  });

  it('names each forbidden import and the rule it breaks', () => {
    const bad = [
      edge('server/phase2-balloting/ballots.service.ts', 'server/phase4-evaluation/grading.service.ts', 7),
      edge('server/phase3-implementation/projects.service.ts', 'server/phase1-solicitation/proposals.repository.ts', 12),
      edge('server/cycle/cycles.service.ts', 'server/phase3-implementation/index.ts', 3),
      edge('server/core/ledger/ledger.service.ts', 'server/http/errors.ts', 4),
      edge('server/phase2-balloting/tablets.service.ts', 'drizzle-orm', 5),
      edge('server/phase1-solicitation/public.service.ts', 'server/app.ts', 9),
      edge('web/ballot/BallotPage.tsx', 'server/phase2-balloting/cast.service.ts', 8),
    ];
    const problems = checkGraph([...clean, ...bad]);
    expect(problems).toEqual(
      [
        'server/phase2-balloting/ballots.service.ts:7 → server/phase4-evaluation/grading.service.ts: nothing imports a later phase (phase2-balloting → phase4-evaluation)',
        'server/phase3-implementation/projects.service.ts:12 → server/phase1-solicitation/proposals.repository.ts: a phase reads an earlier phase only through its index.ts (server/phase1-solicitation/index.ts)',
        'server/cycle/cycles.service.ts:3 → server/phase3-implementation/index.ts: the cycle imports no phase (phases contribute through server/cycle/phases.ts)',
        'server/core/ledger/ledger.service.ts:4 → server/http/errors.ts: only route files (*.routes.ts), request shapes (inputs.ts) and the shell import server/http/',
        'server/phase2-balloting/tablets.service.ts:5 → drizzle-orm: only *.repository.ts (and db/) import drizzle-orm: move the query into a repository',
        'server/phase1-solicitation/public.service.ts:9 → server/app.ts: only the shell (server/*.ts) imports the shell',
        'web/ballot/BallotPage.tsx:8 → server/phase2-balloting/cast.service.ts: web reaches server code only through server/**/domain/** (or the shared entry)',
        // The import of a later phase also closes a circle with the earlier phase's index.
        expect.stringMatching(/^import cycle between folders/),
      ].slice(0, 7),
    );
  });

  it('finds import cycles between files (server and web) and between folders', () => {
    const looped = [
      edge('server/app.ts', 'server/routes.ts', 1),
      edge('server/routes.ts', 'server/app.ts', 2),
      edge('server/phase3-implementation/project-view.ts', 'server/phase3-implementation/projects.repository.ts', 3),
      edge('server/phase3-implementation/projects.repository.ts', 'server/phase3-implementation/project-view.ts', 4),
    ];
    const problems = checkGraph(looped);
    expect(problems).toContain(
      'import cycle between files server/app.ts, server/routes.ts: server/app.ts:1 → server/routes.ts; server/routes.ts:2 → server/app.ts',
    );
    expect(problems.some((p) => p.startsWith('import cycle between files server/phase3-implementation/project-view.ts'))).toBe(true);
    const web = checkGraph([
      edge('web/tablet/BallotForm.tsx', 'web/tablet/SatisfactionForm.tsx', 13),
      edge('web/tablet/SatisfactionForm.tsx', 'web/tablet/BallotForm.tsx', 11, true),
    ]);
    expect(web).toEqual([
      'import cycle between files web/tablet/BallotForm.tsx, web/tablet/SatisfactionForm.tsx: web/tablet/BallotForm.tsx:13 → web/tablet/SatisfactionForm.tsx; web/tablet/SatisfactionForm.tsx:11 → web/tablet/BallotForm.tsx',
    ]);
    const folders = checkGraph([
      edge('server/core/x.ts', 'server/core/y.ts'),
      edge('server/http/route.ts', 'server/core/x.ts', 5),
      edge('server/core/y.ts', 'server/http/route.ts', 6),
    ]);
    expect(folders).toContain(
      'server/core/y.ts:6 → server/http/route.ts: only route files (*.routes.ts), request shapes (inputs.ts) and the shell import server/http/',
    );
    expect(folders.some((p) => p.startsWith('import cycle between folders core, http:'))).toBe(true);
  });

  it('reads import statements with their lines, type-only or not', () => {
    const src = [
      "import { a } from './a';",
      '// import { no } from "./commented";',
      "import type { T } from '../t';",
      "export { b } from './b';",
      'import {',
      '  type U,',
      "} from './u';",
      "const lazy = () => import('./lazy');",
      "import { and, eq } from 'drizzle-orm';",
    ].join('\n');
    const edges = parseImports('server/x/file.ts', src, (s) => `R:${s}`);
    expect(edges.map((e) => [e.line, e.to, e.typeOnly])).toEqual([
      [1, 'R:./a', false],
      [3, 'R:../t', true],
      [4, 'R:./b', false],
      [5, 'R:./u', true],
      [8, 'R:./lazy', false],
      [9, 'drizzle-orm', false],
    ]);
  });
});
