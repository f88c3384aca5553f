// A small import-graph walker for the architecture test: reads every import statement of the
// server, db and web sources (regex over the text; enough for this codebase's plain ES imports),
// resolves relative specifiers to files, and checks the layering rules of docs/architecture.md.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

export interface ImportEdge {
  /** Importing file, relative to the repository root, with forward slashes. */
  from: string;
  line: number;
  /** A repository file for relative imports, otherwise the package specifier. */
  to: string;
  /** Only types are imported (erased at build time). */
  typeOnly: boolean;
}

export interface Violation {
  from: string;
  line: number;
  to: string;
  rule: string;
}

const IMPORT_RE = /(?:^|[\s;])(import|export)\s+(type\s+)?(?:[\w*{}\s,$]+?\s+from\s+)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === 'node_modules' ? [] : listFiles(full);
    return /\.(ts|tsx)$/.test(name) && !name.endsWith('.d.ts') ? [full] : [];
  });
}

function resolveFile(root: string, fromFile: string, spec: string): string {
  const base = path.resolve(root, path.dirname(fromFile), spec);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts'), path.join(base, 'index.tsx')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return path.relative(root, candidate).split(path.sep).join('/');
  }
  return path.relative(root, base).split(path.sep).join('/');
}

/** The import statements of one source text (line numbers 1-based). */
export function parseImports(file: string, source: string, resolve: (spec: string) => string): ImportEdge[] {
  const edges: ImportEdge[] = [];
  const stripped = source.replace(/\/\*[\s\S]*?\*\//g, (m) => m.replace(/[^\n]/g, ' ')).replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
  for (const m of stripped.matchAll(IMPORT_RE)) {
    const spec = m[3] ?? m[4]!;
    const line = stripped.slice(0, m.index).split('\n').length + (/^\s/.test(m[0]) ? m[0].match(/^\s*/)![0].split('\n').length - 1 : 0);
    const typeOnly = Boolean(m[2]) || /^(?:^|[\s;])import\s+\{\s*(?:type\s+[\w$]+(?:\s+as\s+[\w$]+)?\s*,?\s*)+\}\s+from/.test(m[0].trimStart());
    edges.push({ from: file, line, to: spec.startsWith('.') ? resolve(spec) : spec, typeOnly });
  }
  return edges;
}

/** Every import of the .ts/.tsx files under the given folders of `root`. */
export function readGraph(root: string, folders: readonly string[]): ImportEdge[] {
  return folders.flatMap((folder) =>
    listFiles(path.join(root, folder)).flatMap((full) => {
      const file = path.relative(root, full).split(path.sep).join('/');
      return parseImports(file, readFileSync(full, 'utf8'), (spec) => resolveFile(root, file, spec));
    }),
  );
}

// ---- The layers -------------------------------------------------------------------------------

/** Phases in their order; a phase may read only earlier ones, and only through their index.ts. */
export const PHASE_FOLDERS = ['phase1-solicitation', 'phase2-balloting', 'phase3-implementation', 'phase4-evaluation'] as const;

export type Layer =
  | { kind: 'db' }
  | { kind: 'core' }
  | { kind: 'cycle' }
  | { kind: 'http' }
  | { kind: 'shell' }
  | { kind: 'phase'; rank: number; folder: string }
  | { kind: 'web' }
  | { kind: 'other' };

export function layerOf(file: string): Layer {
  if (file.startsWith('db/')) return { kind: 'db' };
  if (file.startsWith('web/')) return { kind: 'web' };
  if (!file.startsWith('server/')) return { kind: 'other' };
  const [, top] = file.split('/');
  if (top === 'core' || file === 'server/env.ts') return { kind: 'core' };
  if (top === 'cycle') return { kind: 'cycle' };
  if (top === 'http') return { kind: 'http' };
  const rank = PHASE_FOLDERS.indexOf(top as (typeof PHASE_FOLDERS)[number]);
  if (rank >= 0) return { kind: 'phase', rank, folder: top! };
  return { kind: 'shell' };
}

/** Route files, request shapes and answer shapes (*.contract.ts): the HTTP adapter of a folder, allowed to import server/http/. */
const isAdapter = (file: string) => file.endsWith('.routes.ts') || file.endsWith('/inputs.ts') || isContract(file);
/** Answer shapes: zod declarations only, which a later phase's answer may build on (like domain/ files). */
const isContract = (file: string) => file.endsWith('.contract.ts');
const isRoutes = (file: string) => file.endsWith('.routes.ts');
/** Pure domain rules: no I/O, importable by db/schema and the web. */
/** The permission table is pure too (server/core/access/permissions.ts): db/schema takes its roles from it. */
const PURE_FILES = new Set(['server/core/access/permissions.ts']);
const isDomain = (file: string) => /^server\/(.+\/)?domain\//.test(file) || PURE_FILES.has(file);

/** The unit whose imports may not go round in circles: a top folder, with its domain and its HTTP adapter apart. */
export function moduleOf(file: string): string {
  const layer = layerOf(file);
  const name = layer.kind === 'phase' ? layer.folder : layer.kind;
  if (isDomain(file)) return `${name}:domain`;
  return isAdapter(file) ? `${name}:http` : name;
}
const isRepository = (file: string) => file.endsWith('.repository.ts');

/** The rule an import breaks, or null. */
export function ruleBroken(edge: ImportEdge): string | null {
  const from = layerOf(edge.from);
  if (from.kind === 'other') return null;
  const external = !edge.to.includes('/') || !/^(server|db|web|scripts|test)\//.test(edge.to);
  if (external) {
    if (/^drizzle-orm(\/|$)/.test(edge.to) && from.kind !== 'db' && from.kind !== 'web' && !isRepository(edge.from)) {
      return 'only *.repository.ts (and db/) import drizzle-orm: move the query into a repository';
    }
    return null;
  }
  const to = layerOf(edge.to);
  if (from.kind === 'web') {
    if (to.kind === 'web' || to.kind === 'other' || edge.typeOnly) return null;
    if (/^server\/(.+\/)?domain\//.test(edge.to) || /^server\/shared(\/|\.ts$)/.test(edge.to)) return null;
    return 'web reaches server code only through server/**/domain/** (or the shared entry)';
  }
  if (to.kind === 'web') return 'the server never imports web/';
  if (to.kind === 'other') return `${edge.from.split('/')[0]}/ may not import ${edge.to.split('/')[0]}/`;
  if (from.kind === 'db') return to.kind === 'db' || isDomain(edge.to) ? null : "db/ imports only the server's pure domain/ files";
  if (isDomain(edge.from) && !isDomain(edge.to)) return 'domain/ files are pure: they import only other domain/ files';
  if (to.kind === 'shell' && from.kind !== 'shell') return 'only the shell (server/*.ts) imports the shell';
  if (to.kind === 'http' && from.kind !== 'http' && from.kind !== 'shell' && !isAdapter(edge.from)) {
    return 'only route files (*.routes.ts), request shapes (inputs.ts) and the shell import server/http/';
  }
  if (isRoutes(edge.to) && edge.from !== 'server/routes.ts' && !(isRoutes(edge.from) && edge.typeOnly)) {
    return 'route files are imported only by the route table (server/routes.ts)';
  }
  switch (from.kind) {
    case 'core':
      return to.kind === 'core' || to.kind === 'db' || (to.kind === 'http' && isAdapter(edge.from)) ? null : 'core imports only core and db';
    case 'cycle':
      return ['core', 'cycle', 'db', 'http'].includes(to.kind)
        ? null
        : 'the cycle imports no phase (phases contribute through server/cycle/phases.ts)';
    case 'http':
      return ['core', 'cycle', 'db', 'http'].includes(to.kind) ? null : 'server/http/ imports only core, cycle and db';
    case 'phase': {
      if (to.kind !== 'phase') return null;
      if (to.rank === from.rank) return null;
      if (to.rank > from.rank) return `nothing imports a later phase (${from.folder} → ${to.folder})`;
      if (isDomain(edge.from) && isDomain(edge.to)) return null;
      if (isContract(edge.from) && isContract(edge.to)) return null;
      return edge.to === `server/${to.folder}/index.ts`
        ? null
        : `a phase reads an earlier phase only through its index.ts (server/${to.folder}/index.ts)`;
    }
    default:
      return null;
  }
}

/** Strongly connected groups of more than one node (or a node importing itself). */
export function cyclesOf(edges: ReadonlyArray<{ from: string; to: string }>): string[][] {
  const next = new Map<string, Set<string>>();
  for (const e of edges) {
    if (!next.has(e.from)) next.set(e.from, new Set());
    next.get(e.from)!.add(e.to);
  }
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const out: string[][] = [];
  const visit = (v: string) => {
    index.set(v, counter);
    low.set(v, counter);
    counter++;
    stack.push(v);
    onStack.add(v);
    for (const w of next.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const group: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        group.push(w);
      } while (w !== v);
      if (group.length > 1 || next.get(v)?.has(v)) out.push(group.sort());
    }
  };
  for (const v of next.keys()) if (!index.has(v)) visit(v);
  return out;
}

/** Every broken rule of the graph, each naming the import (file:line → target) and the rule. */
export function checkGraph(edges: readonly ImportEdge[]): string[] {
  const problems: string[] = [];
  for (const e of edges) {
    const rule = ruleBroken(e);
    if (rule) problems.push(`${e.from}:${e.line} → ${e.to}: ${rule}`);
  }
  const server = edges.filter((e) => /^(server|db)\//.test(e.from) && /^(server|db)\//.test(e.to));
  // The web's files may not go round in circles either (type-only imports count: a cycle of types is still a tangle).
  const web = edges.filter((e) => e.from.startsWith('web/') && e.to.startsWith('web/'));
  for (const files of [server, web]) {
    for (const group of cyclesOf(files)) {
      const members = new Set(group);
      const inside = files.filter((e) => members.has(e.from) && members.has(e.to));
      problems.push(`import cycle between files ${group.join(', ')}: ${inside.map((e) => `${e.from}:${e.line} → ${e.to}`).join('; ')}`);
    }
  }
  const between = server
    .map((e) => ({ ...e, from: moduleOf(e.from), to: moduleOf(e.to), at: `${e.from}:${e.line} → ${e.to}` }))
    // Within one folder (its services, its domain, its adapter) only file cycles count.
    .filter((e) => e.from.split(':')[0] !== e.to.split(':')[0]);
  for (const group of cyclesOf(between)) {
    const members = new Set(group);
    const inside = between.filter((e) => members.has(e.from) && members.has(e.to));
    problems.push(`import cycle between folders ${group.join(', ')}: ${inside.map((e) => e.at).join('; ')}`);
  }
  return problems;
}
