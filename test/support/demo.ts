// Running `npm run demo` (scripts/demo.ts) as a child process, as a clerk would, with its output.
import { spawn } from 'node:child_process';
import { ROOT } from '../../scripts/reliability/lib';

export function runDemo(
  env: Record<string, string | undefined>,
  args: string[] = [],
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const full: NodeJS.ProcessEnv = { ...process.env, ...env };
    for (const [k, v] of Object.entries(env)) if (v === undefined) delete full[k];
    const p = spawn(process.execPath, ['--import', 'tsx', 'scripts/demo.ts', ...args], { cwd: ROOT, env: full, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '',
      stderr = '';
    p.stdout.on('data', (b: Buffer) => {
      stdout += b;
    });
    p.stderr.on('data', (b: Buffer) => {
      stderr += b;
    });
    p.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}
