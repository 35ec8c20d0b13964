// Runs the bundled CLI once as a user would (renders and checks the built-in examples, keeps
// nothing) and writes V8's code cache of it, with the functions it compiled on the way.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { codeCacheFile, loadCli } from '../bin/load-cli.js';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
process.env.NEONARCH_CACHE = 'off';
const { cli, script } = loadCli({ useCache: false });
const out = mkdtempSync(join(tmpdir(), 'neonarch-code-cache-'));
const quiet = { out: () => {}, err: () => {}, cwd: root, color: false };
try {
  const rendered = await cli.run(['render', '-o', out, '--format', 'svg,png,scene'], quiet);
  const checked = await cli.run(['check', join(root, 'examples', 'liberation-system.arch.yaml')], quiet);
  if (rendered !== 0 || checked > 1) throw new Error(`warm-up run failed (render ${rendered}, check ${checked})`);
  writeFileSync(codeCacheFile, script.createCachedData());
} finally {
  rmSync(out, { recursive: true, force: true });
}
