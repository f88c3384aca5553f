// Size limits, so that a file or a function stays something a reader can hold in mind: no file
// under web/ over 400 lines (a screen that grows past that is several screens, or sections that
// belong in their own file), and no function anywhere in web/ or server/ whose body spans more than
// 150 lines (a Solid component is a function too, so a page that long is split into the sections a
// reader recognises). The sources are parsed with the TypeScript compiler, so a function is found
// whatever its form: declaration, expression, arrow (a component returning JSX) or method.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const MAX_WEB_FILE_LINES = 400;
const MAX_FUNCTION_LINES = 150;

type FunctionNode =
  ts.FunctionDeclaration | ts.FunctionExpression | ts.ArrowFunction | ts.MethodDeclaration | ts.ConstructorDeclaration | ts.AccessorDeclaration;

function isFunction(node: ts.Node): node is FunctionNode {
  return (
    ts.isFunctionDeclaration(node) ||
    ts.isFunctionExpression(node) ||
    ts.isArrowFunction(node) ||
    ts.isMethodDeclaration(node) ||
    ts.isConstructorDeclaration(node) ||
    ts.isGetAccessorDeclaration(node) ||
    ts.isSetAccessorDeclaration(node)
  );
}

/** What a reader would call the function: its own name, or the name it is assigned to. */
function nameOf(fn: FunctionNode, source: ts.SourceFile): string {
  if (ts.isConstructorDeclaration(fn)) return 'constructor';
  if (fn.name) return fn.name.getText(source);
  const parent = fn.parent;
  if ((ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent) || ts.isPropertyDeclaration(parent)) && parent.name) {
    return parent.name.getText(source);
  }
  if (ts.isExportAssignment(parent)) return 'default export';
  return '(anonymous)';
}

/** Every function of one source text whose body spans more than `max` lines, as `file:line name: N lines`. */
function longFunctions(file: string, text: string, max = MAX_FUNCTION_LINES): string[] {
  const kind = file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, kind);
  const line = (pos: number) => source.getLineAndCharacterOfPosition(pos).line + 1;
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (isFunction(node) && node.body) {
      const lines = line(node.body.getEnd()) - line(node.body.getStart(source)) + 1;
      if (lines > max) found.push(`${file}:${line(node.getStart(source))} ${nameOf(node, source)}: ${lines} lines`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** A web file over the limit, as `file: N lines` (a final newline does not count as a line). */
function longFile(file: string, text: string, max = MAX_WEB_FILE_LINES): string[] {
  const lines = text.replace(/\n$/, '').split('\n').length;
  return lines > max ? [`${file}: ${lines} lines`] : [];
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return files(full);
    return /\.tsx?$/.test(name) ? [full] : [];
  });
}

const sources = (dir: string) =>
  files(path.join(ROOT, dir)).map((f) => ({ file: path.relative(ROOT, f).split(path.sep).join('/'), text: readFileSync(f, 'utf8') }));

/** A function of `bodyLines` lines from its opening brace to its closing one. */
function generated(bodyLines: number, head = 'function f() {', tail = '}'): string {
  return [head, ...Array.from({ length: bodyLines - 2 }, (_, i) => `  const v${i} = ${i};`), tail].join('\n');
}

describe('sizes', () => {
  it(`no file under web/ is over ${MAX_WEB_FILE_LINES} lines`, () => {
    const web = sources('web');
    expect(web.length).toBeGreaterThan(100);
    expect(web.flatMap(({ file, text }) => longFile(file, text))).toEqual([]);
  });

  it(`no function in web/ or server/ spans more than ${MAX_FUNCTION_LINES} lines`, () => {
    const all = [...sources('web'), ...sources('server')];
    expect(all.length).toBeGreaterThan(200);
    expect(all.flatMap(({ file, text }) => longFunctions(file, text))).toEqual([]);
  });

  it('the checker catches a function of 151 lines and lets one of 150 pass', () => {
    expect(longFunctions('web/x.ts', generated(150))).toEqual([]);
    expect(longFunctions('web/x.ts', generated(151))).toEqual(['web/x.ts:1 f: 151 lines']);
    // The count is the body's, so the lines before a function do not change it.
    expect(longFunctions('web/x.ts', `const a = 1;\n\n${generated(151)}`)).toEqual(['web/x.ts:3 f: 151 lines']);
  });

  it('the checker finds every form of function, named as a reader would name it', () => {
    const src = [
      generated(160, 'export const Page = () => {', '};'),
      generated(160, 'const Other = function () {', '};'),
      generated(160, 'class Store {\n  load() {', '  }\n}'),
      generated(160, 'const handlers = { save: async () => {', '} };'),
      generated(160, 'list.map((item) => {', '});'),
    ].join('\n');
    const found = longFunctions('server/x.ts', src).map((s) => s.replace(/^server\/x\.ts:\d+ /, ''));
    expect(found).toEqual(['Page: 160 lines', 'Other: 160 lines', 'load: 160 lines', 'save: 160 lines', '(anonymous): 160 lines']);
  });

  it('the checker reads a Solid component whose body is JSX', () => {
    const jsx = [
      'export function Section() {',
      '  return (',
      '    <div>',
      ...Array.from({ length: 150 }, () => '      <p>x</p>'),
      '    </div>',
      '  );',
      '}',
    ];
    const arrow = ['const Row = () => (', '  <ul>', ...Array.from({ length: 150 }, () => '    <li>x</li>'), '  </ul>', ');'];
    expect(longFunctions('web/x.tsx', jsx.join('\n'))).toEqual(['web/x.tsx:1 Section: 156 lines']);
    // An arrow whose body is an expression: the body spans from its first to its last line.
    expect(longFunctions('web/x.tsx', arrow.join('\n'))).toEqual(['web/x.tsx:1 Row: 154 lines']);
  });

  it('the checker counts a web file of 401 lines and lets one of 400 pass', () => {
    const text = (n: number) => Array.from({ length: n }, (_, i) => `// ${i}`).join('\n') + '\n';
    expect(longFile('web/x.tsx', text(400))).toEqual([]);
    expect(longFile('web/x.tsx', text(401))).toEqual(['web/x.tsx: 401 lines']);
  });
});
