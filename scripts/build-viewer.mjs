// npm run build, after tsc: type-checks the browser viewer (its own tsconfig, DOM lib) and bundles it
// into dist/src/viewer/, next to the compiled server that serves it and the site builder that inlines it.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleViewer } from './viewer-bundle.mjs';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
execFileSync(process.execPath, [tsc, '-p', join(root, 'src', 'viewer', 'tsconfig.json')], { stdio: 'inherit' });
const { js, css } = await bundleViewer(root);
const out = join(root, 'dist', 'src', 'viewer');
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'viewer.js'), js);
writeFileSync(join(out, 'viewer.css'), css);
process.stdout.write(`viewer: ${join('dist', 'src', 'viewer')}/viewer.js ${(js.length / 1024).toFixed(1)} KiB, viewer.css ${(css.length / 1024).toFixed(1)} KiB\n`);
