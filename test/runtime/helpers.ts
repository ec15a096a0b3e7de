// Run a Python program through the embedding API and collect what it printed.

import { Interpreter, type InterpreterOptions } from '../../src/index.js';

export async function runPy(source: string, opts: InterpreterOptions & { filename?: string } = {}) {
  let stdout = '';
  let stderr = '';
  const py = new Interpreter({ stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), cwd: '/app', ...opts });
  const r = await py.run(source, { filename: opts.filename ?? '/app/main.py' });
  return { ...r, stdout, stderr };
}
