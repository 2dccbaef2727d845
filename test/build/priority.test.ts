/**
 * A production build lowers its own CPU priority while Pagefind writes the index (the build's
 * critical path), and only a build that ends its process may: the preview and in-process builds
 * keep their priority, which an unprivileged process could never raise again.
 */
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../support/server.ts';

/** Nice values of every thread of a child process after running `code` (Linux: per thread). */
function threadPriorities(code: string): number[] {
  const script = `
    import { readdirSync } from 'node:fs';
    import os from 'node:os';
    import * as priority from './src/site/priority.ts';
    ${code}
    console.log(JSON.stringify(readdirSync('/proc/self/task').map((tid) => os.getPriority(Number(tid)))));`;
  const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: PROJECT_ROOT, encoding: 'utf8' });
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout.trim().split('\n').at(-1)!) as number[];
}

describe.runIf(process.platform === 'linux')('lowerPriority', () => {
  it('does nothing unless the build ends the process', () => {
    const priorities = threadPriorities('priority.lowerPriority();');
    expect(priorities.length).toBeGreaterThan(1);
    expect(new Set(priorities)).toEqual(new Set([os.getPriority()]));
  });

  it('lowers every thread to the lowest priority when allowed', () => {
    expect(new Set(threadPriorities('priority.allowLowerPriority(); priority.lowerPriority();'))).toEqual(new Set([19]));
  });
});
