// The import system on an in-memory host: modules and packages beside the script, relative imports,
// sys.modules caching, __name__, error messages in CPython's words (expected texts from python3).

import { describe, expect, it } from 'vitest';
import { runPy } from './helpers.js';

const files = {
  '/app/helper.py': 'print("helper runs", __name__)\nvalue = 42\ndef twice(x):\n    return 2 * x\n',
  '/app/pkg/__init__.py': 'print("pkg init", __name__, __package__)\nfrom .sub import name as subname\n',
  '/app/pkg/sub.py': 'name = "sub:" + __name__\nfrom . import sibling\n',
  '/app/pkg/sibling.py': 'x = 7\n',
  '/app/pkg/deep/__init__.py': '',
  '/app/pkg/deep/leaf.py': 'from ..sibling import x\nleaf = x + 1\n',
  '/app/bad.py': 'import nosuchmodule\n',
  '/app/boom.py': 'raise ValueError("boom at import")\n',
};

describe('imports', () => {
  it('imports a module once, caches it in sys.modules', async () => {
    const r = await runPy('import helper\nimport helper as h2\nimport sys\nprint(helper.value, h2.twice(4), sys.modules["helper"] is helper, __name__)\n', { files });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('helper runs helper\n42 8 True __main__\n');
  });

  it('packages, submodules, relative imports, import a.b as c', async () => {
    const r = await runPy(
      'import pkg.deep.leaf as lf\nfrom pkg import sibling\nimport pkg\nprint(lf.leaf, sibling.x, pkg.subname, pkg.sub.name)\nfrom pkg.sub import name\nprint(name)\n',
      { files },
    );
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('pkg init pkg pkg\n8 7 sub:pkg.sub sub:pkg.sub\nsub:pkg.sub\n');
  });

  it('ModuleNotFoundError, with the traceback through the importing module', async () => {
    const r = await runPy('import bad\n', { files });
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toBe(
      'Traceback (most recent call last):\n' +
        '  File "/app/main.py", line 1, in <module>\n    import bad\n' +
        '  File "/app/bad.py", line 1, in <module>\n    import nosuchmodule\n' +
        "ModuleNotFoundError: No module named 'nosuchmodule'\n",
    );
  });

  it('a failing module body is not left in sys.modules', async () => {
    const r = await runPy('import sys\ntry:\n    import boom\nexcept ValueError as e:\n    print("caught", e, "boom" in sys.modules)\n', { files });
    expect(r.stdout).toBe('caught boom at import False\n');
  });

  it('cannot import name / not a package / relative import without package', async () => {
    const a = await runPy('from helper import nothere\n', { files });
    expect(a.stderr.split('\n').slice(-2)[0]).toBe("ImportError: cannot import name 'nothere' from 'helper' (/app/helper.py)");
    const b = await runPy('import helper.x\n', { files });
    expect(b.stderr.split('\n').slice(-2)[0]).toBe("ModuleNotFoundError: No module named 'helper.x'; 'helper' is not a package");
    const c = await runPy('from . import helper\n', { files });
    expect(c.stderr.split('\n').slice(-2)[0]).toBe('ImportError: attempted relative import with no known parent package');
  });

  it('stdlib modules: sys and time are builtin; math loads on demand', async () => {
    const r = await runPy('import sys, time\nimport math\nprint(sys.modules["math"] is math, math.sqrt(16.0), type(time.time()).__name__)\n');
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('True 4.0 float\n');
  });
});
