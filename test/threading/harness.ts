// Running Python programs end to end for the threading tests: a Runtime on a MemoryHost, virtual time
// by default (sleeps complete instantly in timestamp order), optional seed and switch interval.

import '../../src/objects/all-types.js';
import { MemoryHost } from '../../src/host/memory-host.js';
import { Runtime } from '../../src/runtime/runtime.js';

export interface RunOpts {
  argv?: string[];
  seed?: number | null;
  virtualTime?: boolean;
  switchInterval?: number;
  switchAnyInstruction?: boolean;
  filename?: string;
  /** Report stdout/stderr as terminals (line-buffered stdout: each line is a write that releases the GIL). */
  isatty?: boolean;
  /** python -u: every write reaches the host (and releases the GIL) at once. */
  unbuffered?: boolean;
}

export interface RunOut {
  stdout: string;
  stderr: string;
  exitCode: number;
}

export async function runPy(src: string, opts: RunOpts = {}): Promise<RunOut> {
  const filename = opts.filename ?? 'main.py';
  const host = new MemoryHost({ argv: opts.argv ?? [filename], isatty: opts.isatty ?? false, files: { [`/${filename}`]: src } });
  const rt = new Runtime({
    host,
    argv: opts.argv ?? [filename],
    virtualTime: opts.virtualTime ?? true,
    seed: opts.seed ?? null,
    switchInterval: opts.switchInterval,
    switchAnyInstruction: opts.switchAnyInstruction,
    unbuffered: opts.unbuffered,
  });
  const r = await rt.runMain(src, filename, true, '/');
  return { stdout: host.stdout, stderr: host.stderr, exitCode: r.exitCode };
}
