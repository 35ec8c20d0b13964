// Bundles the browser viewer (src/viewer) into one classic script and one stylesheet, in memory.
// Shared by scripts/build-viewer.mjs (npm run build) and the dev server run from src/ with tsx.
import { build } from 'esbuild';

const COMMON = {
  bundle: true,
  write: false,
  minify: true,
  legalComments: 'none',
  logLevel: 'silent',
  // Browsers of the last few years: no transpiling of what they all run natively.
  target: ['chrome100', 'firefox100', 'safari15'],
};

/** `{ js, css }` of the viewer, built from the sources under `root` (the package folder). */
export async function bundleViewer(root) {
  const js = await build({ ...COMMON, absWorkingDir: root, entryPoints: ['src/viewer/main.ts'], format: 'iife', outfile: 'viewer.js' });
  const css = await build({ ...COMMON, absWorkingDir: root, entryPoints: ['src/viewer/styles/index.css'], outfile: 'viewer.css' });
  return { js: js.outputFiles[0].text, css: css.outputFiles[0].text };
}
