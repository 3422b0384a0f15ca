import type { ChildProcess } from 'node:child_process';

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
