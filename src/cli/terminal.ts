import { stripTerminalControls } from '../corpus/normalise.js';
import type { ReplyPayload } from '../render/payload.js';

/**
 * A payload with every string made safe to print: no escape sequence or control character from
 * an article, a file name or a typed question reaches the terminal. Our own styling is added
 * after, by payloadToText.
 */
export function forTerminal(payload: ReplyPayload): ReplyPayload {
  const clean = (v: unknown): unknown => {
    if (typeof v === 'string') return stripTerminalControls(v);
    if (Array.isArray(v)) return v.map(clean);
    if (typeof v === 'object' && v !== null) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, clean(x)]));
    return v;
  };
  return clean(payload) as ReplyPayload;
}

let installed = false;

/**
 * Reading end closed (`… | head`): stop quietly with exit 0, as command-line tools do, instead of
 * dying on an unhandled EPIPE with a stack trace. Any other output error is still thrown.
 */
export function quietOnClosedPipe(): void {
  if (installed) return;
  installed = true;
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code !== 'EPIPE') throw err;
      process.exit(0);
    });
  }
}
