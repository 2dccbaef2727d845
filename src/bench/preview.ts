/**
 * The benchmark's preview phase: starts `npm start` (scripts/start.ts) on the synthetic content,
 * edits one entry at a time and measures, from the moment the file is written, how long until
 * the server delivers the changed page. That is what an editor waits for. The preview's CPU time
 * in that span is taken too: on a shared machine wall time measures the neighbours.
 */
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';

export interface PreviewTiming {
  /** Edit written → changed page served, per edit. */
  visible: number[];
  /** The preview's own figure per edit (reload, render, write). */
  update: number[];
  /** CPU seconds (user + system) the preview process used from the edit to the page served; empty where /proc is missing. */
  cpu: number[];
}

/** CPU seconds a process has used so far (Linux /proc; fields 14 and 15 are in clock ticks of 1/100 s); undefined elsewhere. */
export function processCpuSeconds(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may hold spaces: count from the closing parenthesis.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return undefined;
  }
}

export async function measurePreview(root: string, contentDir: string, siteDir: string, edits: number): Promise<PreviewTiming> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], {
    cwd: root,
    env: { ...process.env, CONTENT_DIR: contentDir, SITE_DIR: siteDir, PORT: String(port), NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  try {
    await until(
      () => output.includes(`localhost:${port}/`),
      600_000,
      () => output,
    );
    const contacts = readdirSync(path.join(contentDir, 'contacts'))
      .filter((name) => name.endsWith('.md'))
      .sort();
    const timing: PreviewTiming = { visible: [], update: [], cpu: [] };
    for (let i = 0; i < edits; i++) {
      const name = contacts[(i * 37) % contacts.length]!;
      const file = path.join(contentDir, 'contacts', name);
      const title = `Bearbeitet im Benchmark ${i + 1}`;
      const url = `http://localhost:${port}/kontakte/${name.slice(0, -3)}/`;
      const logged = output.length;
      const started = process.hrtime.bigint();
      const cpuBefore = processCpuSeconds(child.pid!);
      writeFileSync(file, readFileSync(file, 'utf8').replace(/^title: .*$/m, `title: ${title}`));
      await until(
        async () => (await (await fetch(url)).text()).includes(title),
        30_000,
        () => output,
      );
      timing.visible.push(Number(process.hrtime.bigint() - started) / 1e9);
      const cpuAfter = processCpuSeconds(child.pid!);
      if (cpuBefore !== undefined && cpuAfter !== undefined) timing.cpu.push(cpuAfter - cpuBefore);
      await until(
        () => /Vorschau aktualisiert in [\d,]+ s/.test(output.slice(logged)),
        30_000,
        () => output,
      );
      timing.update.push(Number(/Vorschau aktualisiert in ([\d,]+) s/.exec(output.slice(logged))![1]!.replace(',', '.')));
      // Let the background work (open data, search index) finish, as an editor's next edit would:
      // at 20,000 entries on a loaded machine that takes minutes.
      await until(
        () => /Suchindex \(\d+ Seiten\)/.test(output.slice(logged)),
        600_000,
        () => output,
      );
    }
    return timing;
  } finally {
    child.kill();
  }
}

export async function until(check: () => boolean | Promise<boolean>, ms: number, context: () => string): Promise<void> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`Die Vorschau hat nicht rechtzeitig geantwortet. Ausgabe:\n${context().slice(-2000)}`);
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.on('error', reject);
    probe.listen(0, () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}
