import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { packageRoot } from '../paths.js';
import { fontFaceCss } from '../text/measure.js';
import { themeCss } from './theme-css.js';

/** The browser viewer: one classic script and one stylesheet. */
export interface ViewerAssets {
  js: string;
  css: string;
}

let cached: Promise<ViewerAssets> | null = null;

/** The viewer bundle (built by `npm run build` next to this file, or bundled from source under tsx), with the Inter font and a palette per theme. */
export function viewerAssets(): Promise<ViewerAssets> {
  cached ??= (fromSource() ? bundleFromSource() : readBuilt()).then(({ js, css }) => ({ js, css: fontFaceCss('') + css + themeCss() }));
  return cached;
}

// Under tsx this module is the .ts source itself; compiled, it is dist/src/server/assets.js.
const fromSource = (): boolean => fileURLToPath(import.meta.url).endsWith('.ts');

async function readBuilt(): Promise<ViewerAssets> {
  // From packageRoot, not this file: the CLI may run as one bundled file (dist/neonarch.cjs).
  const dir = join(packageRoot(), 'dist', 'src', 'viewer');
  // Loaded here, not with the module: a render, which never serves, need not load it (~2 ms).
  const { readFile } = await import('node:fs/promises');
  const [js, css] = await Promise.all([readFile(join(dir, 'viewer.js'), 'utf8'), readFile(join(dir, 'viewer.css'), 'utf8')]);
  return { js, css };
}

// esbuild is a dev dependency: only a source checkout takes this path.
async function bundleFromSource(): Promise<ViewerAssets> {
  const script = pathToFileURL(join(packageRoot(), 'scripts', 'viewer-bundle.mjs')).href;
  const { bundleViewer } = (await import(script)) as { bundleViewer(root: string): Promise<ViewerAssets> };
  return bundleViewer(packageRoot());
}
