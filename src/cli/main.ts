// The `pyts` command (bin/pyts.js imports this). Parses argv with args.ts and dispatches. Node-only
// code lives here and in src/host; the core never imports node: modules.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseModule, PySyntaxError, formatSyntaxError } from '../parse/index.js';
import { astDump } from './ast-dump.js';
import { parseArgs, USAGE, type Command } from './args.js';
import { runCommand, runDis } from './run.js';
import { compileSource } from '../compile/index.js';

const VERSION = 'pyts 0.1.0 (Python 3.11)';

function readSource(file: string): string | null {
  try {
    return readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    process.stderr.write(`pyts: can't open file '${resolve(file)}': [Errno 2] ${err.code === 'ENOENT' ? 'No such file or directory' : err.message}\n`);
    return null;
  }
}

/** Parse a script file as `python3 file.py` would; on a syntax error print it as CPython does. */
function parseFile(file: string): ReturnType<typeof parseModule> | null | 'missing' {
  const src = readSource(file);
  if (src === null) return 'missing';
  try {
    return parseModule(src, resolve(file), { fileInput: true });
  } catch (e) {
    if (e instanceof PySyntaxError) { process.stderr.write(formatSyntaxError(e)); return null; }
    throw e;
  }
}

export function main(argv: string[]): number | Promise<number> {
  const cmd: Command = parseArgs(argv);
  switch (cmd.mode) {
    case 'help': process.stdout.write(USAGE); return 0;
    case 'version': process.stdout.write(VERSION + '\n'); return 0;
    case 'error': process.stderr.write(cmd.message + '\n'); return 2;
    case 'check':
      for (const f of cmd.files) {
        const r = parseFile(f);
        if (r === 'missing') return 2;
        if (!r) return 1;
        // The compiler's SyntaxErrors too (symtable: nonlocal/global misuse, 'return' outside function...).
        try {
          compileSource(readFileSync(f, 'utf8').replace(/^\uFEFF/, ''), resolve(f), 'exec');
        } catch (e) {
          if (e instanceof PySyntaxError) { process.stderr.write(formatSyntaxError(e)); return 1; }
          throw e;
        }
      }
      return 0;
    case 'ast': {
      const mod = parseFile(cmd.file);
      if (mod === 'missing') return 2;
      if (!mod) return 1;
      process.stdout.write(astDump(mod) + '\n');
      return 0;
    }
    case 'run':
      return runCommand(cmd);
    case 'dis':
      return runDis(
        resolve(cmd.file),
        (p) => {
          try {
            return readFileSync(p, 'utf8').replace(/^\uFEFF/, '');
          } catch {
            return null;
          }
        },
        (s) => process.stdout.write(s),
        (s) => process.stderr.write(s),
      );
  }
}

const status = main(process.argv.slice(2));
if (typeof status === 'number') process.exitCode = status;
// A run may leave stdin listeners or timers behind: end the process with the program's status.
else status.then((code) => process.exit(code));
