import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';

/** Ends every child's whole process group (each child leads its own, so tsx's node child ends too). */
export function killGroups(children: readonly ChildProcess[]): void {
  for (const c of children) {
    try {
      if (c.pid) process.kill(-c.pid, 'SIGKILL');
    } catch {
      /* already gone */
    }
  }
}

/** Collects a child's output as it comes; `exited` settles on 'close', when all of it has been read. */
export function captureOutput(child: ChildProcess): { out: { stdout: string; stderr: string }; exited: Promise<[number | null, NodeJS.Signals | null]> } {
  const out = { stdout: '', stderr: '' };
  child.stdout!.on('data', (d: Buffer) => (out.stdout += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (out.stderr += d.toString()));
  return { out, exited: once(child, 'close') as Promise<[number | null, NodeJS.Signals | null]> };
}
