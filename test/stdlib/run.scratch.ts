import { test } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { Runtime } from '../../src/runtime/runtime.js';
import { MemoryHost } from '../../src/host/memory-host.js';
import * as vm from '../../src/vm/index.js';
test('x', async () => {
  const file = process.env.PYFILE!;
  const host = new MemoryHost({ argv: ['/t/test.py'] , isatty: false, virtualTime: true } as any);
  const rt = new Runtime({ host, virtualTime: true } as any);
  if (!rt.builtins.getStr('__build_class__')) rt.builtins.setStr('__build_class__', vm.buildClass);
  let r: any;
  try { r = await rt.runMain(readFileSync(file, 'utf8'), '/t/test.py', true, '/t'); } catch (e: any) { r = { exitCode: 'JSERR ' + e.stack }; }
  writeFileSync('/tmp/scr/out.txt', host.stdout + (host.stderr ? '--stderr--\n' + host.stderr : '') + 'EXIT ' + r.exitCode + '\n');
}, 60000);
