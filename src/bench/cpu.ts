/**
 * CPU time of a whole process tree, for comparing builds on a shared machine (docs/performance.md):
 * wall time there measures the neighbours, CPU time (user + system) the work. The full build's
 * Pagefind service is a process of its own that the build does not wait for, so neither
 * `process.cpuUsage()` nor `/usr/bin/time` sees it; this samples /proc instead.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

const TICKS_PER_SECOND = 100;
const SAMPLE_MS = 50;

interface Stat {
  ppid: number;
  /** Clock ticks since boot at which the process started: with the pid, a process's identity. */
  start: string;
  cpuTicks: number;
}

function readStat(pid: number): Stat | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may hold spaces and parentheses: fields are counted after its last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return { ppid: Number(fields[1]), start: fields[19]!, cpuTicks: Number(fields[11]) + Number(fields[12]) };
  } catch {
    return undefined;
  }
}

export interface TreeRun {
  /** Wall time from spawn to the root's exit, in s. */
  seconds: number;
  /** CPU time (user + system) of the root and every process it started, in s; null without /proc. Sampled every 50 ms, so each process may lack up to 0.05 s. */
  cpuSeconds: number | null;
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs a command and samples the CPU time of its process tree until the root and every
 * descendant seen have ended (descendants left running after the root are followed for at most
 * 10 s). Never throws for a failing command: the caller checks `status`.
 */
export function runMeasuringCpu(command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv }): Promise<TreeRun> {
  const hasProc = readStat(process.pid) !== undefined;
  const started = process.hrtime.bigint();
  const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  /** pid → the process's identity and the most CPU seen. */
  const seen = new Map<number, { start: string; cpuTicks: number }>();
  const sample = () => {
    const stats = new Map<number, Stat>();
    for (const name of readdirSync('/proc')) {
      const pid = Number(name);
      if (!Number.isInteger(pid)) continue;
      const stat = readStat(pid);
      if (stat) stats.set(pid, stat);
    }
    // Parents before children: repeat until no new descendant turns up.
    for (let grew = true; grew;) {
      grew = false;
      for (const [pid, stat] of stats) {
        const known = seen.get(pid);
        if (known && known.start === stat.start) {
          known.cpuTicks = Math.max(known.cpuTicks, stat.cpuTicks);
        } else if (pid === child.pid || seen.has(stat.ppid)) {
          // A reused pid is another process: keep the old one's total under a key of its own.
          if (known) seen.set(-pid - seen.size * 1e7, known);
          seen.set(pid, { start: stat.start, cpuTicks: stat.cpuTicks });
          grew = true;
        }
      }
    }
    return stats;
  };
  const timer = hasProc ? setInterval(sample, SAMPLE_MS) : undefined;
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', async (status) => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      clearInterval(timer);
      if (hasProc) {
        // Descendants the root left behind (Pagefind's service shutting down): follow them to their end.
        const until = Date.now() + 10_000;
        for (;;) {
          const stats = sample();
          const alive = [...seen].some(([pid, p]) => stats.get(pid)?.start === p.start);
          if (!alive || Date.now() > until) break;
          await new Promise((next) => setTimeout(next, SAMPLE_MS));
        }
      }
      const ticks = [...seen.values()].reduce((sum, p) => sum + p.cpuTicks, 0);
      resolve({ seconds, cpuSeconds: hasProc ? ticks / TICKS_PER_SECOND : null, status, stdout, stderr });
    });
  });
}
