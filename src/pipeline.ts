// The one place that chains the stages: text → Model → Scene → SVG/PNG. CLI, server and library all call this.
import { resolve } from 'node:path';
import type { Diagnostic, Result } from './diagnostics/types.js';
import type { Model } from './model/types.js';
import type { Scene } from './scene/types.js';
import { closest } from './diagnostics/suggest.js';
import { hasErrors } from './diagnostics/make.js';
import { sortDiagnostics } from './diagnostics/sort.js';
import { loadModel } from './model/index.js';
import { cachedScene, storeScene } from './layout-cache.js';
import { DEFAULT_ENGINE } from './layout/engine-names.js';
import { getTheme, themeNames, userColourWarnings, type Theme } from './theme/index.js';
import { loadAssets, withAssets } from './assets.js';

export { loadAssets, type Assets } from './assets.js';
import { renderSvg } from './render/svg.js';
import { renderAutoSvg } from './render/auto.js';
import { renderPngAsync } from './render/png.js';
import { markPng } from './render/png-mark.js';
import type { Finding } from './rules/index.js';

export type OutputFormat = 'svg' | 'png' | 'scene';
export const OUTPUT_FORMATS: readonly OutputFormat[] = ['svg', 'png', 'scene'];
export const DEFAULT_THEME = 'dark-neon';
/** `--theme auto`: one SVG that follows the reader's light/dark preference (dark-neon and light). */
export const AUTO_THEME = 'auto';
const AUTO_PAIR = ['dark-neon', 'light'] as const;

/** What a drawing is painted with: a built-in theme's name, `auto`, or a theme (a model's own theme file). */
export type ThemeChoice = string | Theme;

export interface Compiled {
  model: Model;
  /** With the model's own icon files in `scene.icons`, when it names any. */
  scene: Scene;
  /** The model's own theme file (`theme: ./brand.theme.yaml`), read and checked. */
  theme?: Theme;
  /** The architecture rules' findings, when asked for (`findings: true`); also drawn in `scene.findings`. */
  findings?: Finding[];
}

export interface Drawing {
  svg?: string;
  png?: Buffer;
  scene?: string;
}

export interface CompileOptions {
  /** Reuse and remember layouts in neonarch's cache folder (see cache-dir.ts); off by default. */
  cache?: boolean;
  /** The folder `file` is relative to, where the files the model names are looked for; default: the process's. */
  cwd?: string;
  /** Run the architecture rules as `neonarch check` does and draw their findings on the diagram; off by default. */
  findings?: boolean;
  /** The layout engine (`graphviz`, the default, or `elk`; see layout/engine-names.ts). */
  engine?: string;
}

/** Parses, checks and lays out one model, and reads the icon and theme files it names. */
export async function compile(text: string, file: string, options: CompileOptions = {}): Promise<Result<Compiled>> {
  const loaded = loadModel(text, file);
  if (!loaded.value) return { value: null, diagnostics: loaded.diagnostics };
  const assets = loadAssets(loaded.value, options.cwd ?? process.cwd());
  const diagnostics = sortDiagnostics([...loaded.diagnostics, ...assets.diagnostics]);
  if (hasErrors(assets.diagnostics)) return { value: null, diagnostics };
  const scene = await layout(loaded.value, options.cache ?? false, options.engine ?? DEFAULT_ENGINE);
  if (!options.findings) return { value: { model: loaded.value, ...withAssets(scene, assets) }, diagnostics };
  const ruled = await modelFindings(loaded.value, options.cwd ?? process.cwd());
  const { withFindings } = await import('./layout/index.js');
  const drawn = withAssets(withFindings(scene, ruled.findings), assets);
  return { value: { model: loaded.value, ...drawn, findings: ruled.findings }, diagnostics: sortDiagnostics([...diagnostics, ...ruled.diagnostics]) };
}

/** The rules run as `neonarch check` runs them: the nearest neonarch.config.yaml, the model's own `rules:` on top. */
async function modelFindings(model: Model, cwd: string): Promise<{ findings: Finding[]; diagnostics: Diagnostic[] }> {
  const { findProjectConfig, readProjectConfig, runRules } = await import('./rules/index.js');
  const configPath = findProjectConfig(resolve(cwd, model.file));
  const config = configPath ? readProjectConfig(configPath, cwd) : null;
  const ran = runRules(model, config?.value ?? null);
  return { findings: ran.findings, diagnostics: [...(config?.diagnostics ?? []), ...ran.diagnostics] };
}

async function layout(model: Model, cache: boolean, engine: string): Promise<Scene> {
  const hit = cache ? cachedScene(model, engine) : null;
  if (hit) return hit;
  // Loaded on demand: a render whose layouts are all cached never pays for the layout code.
  const { layoutModel } = await import('./layout/index.js');
  const scene = await layoutModel(model, { engine });
  if (cache) storeScene(model, engine, scene);
  return scene;
}

/**
 * The theme a render uses: the caller's choice, else the model's, else dark-neon. A name, `auto`,
 * or (for `theme: ./brand.theme.yaml`) the model's `theme:` as written, which themeFor turns into its theme.
 */
export function chooseTheme(requested: string | undefined, model: Model): Result<string> {
  const name = requested ?? model.theme ?? DEFAULT_THEME;
  const own = requested === undefined && model.themeFile !== undefined;
  if (own || name === AUTO_THEME || getTheme(name)) return { value: name, diagnostics: [] };
  return { value: null, diagnostics: [unknownTheme(name, model)] };
}

/** The theme to draw a compiled model with, and a warning for each of its colours that had to be drawn differently. */
export function themeFor(requested: string | undefined, compiled: Compiled): Result<ThemeChoice> {
  const chosen = chooseTheme(requested, compiled.model);
  if (chosen.value === null) return chosen;
  const own = requested === undefined && compiled.theme ? compiled.theme : null;
  const themes = own ? [own] : chosen.value === AUTO_THEME ? AUTO_PAIR.map((n) => getTheme(n)!) : [getTheme(chosen.value)!];
  const warnings = themes.flatMap((t) => userColourWarnings(compiled.model, t));
  return { value: own ?? chosen.value, diagnostics: [...chosen.diagnostics, ...warnings] };
}

/** Draws a laid-out scene in the requested formats; the PNG rasterises off the main thread (`auto`'s PNG is dark-neon). */
export async function draw(scene: Scene, theme: ThemeChoice, formats: readonly OutputFormat[], scale = 2): Promise<Drawing> {
  const [dark, light] = AUTO_PAIR.map((n) => getTheme(n)!);
  const painted = theme === AUTO_THEME ? dark! : typeof theme === 'string' ? getTheme(theme) : theme;
  if (!painted) throw new Error(`unknown theme ${String(theme)}`);
  const svg = renderSvg(scene, painted);
  const out: Drawing = {};
  if (formats.includes('svg')) out.svg = theme === AUTO_THEME ? renderAutoSvg(scene, dark!, light!) : svg;
  if (formats.includes('png')) out.png = markPng(await renderPngAsync(svg, { scale }), 'generated by neonarch');
  if (formats.includes('scene')) out.scene = sceneJson(scene);
  return out;
}

/** Scene JSON as written next to the SVG: stable key order, one trailing newline. */
export function sceneJson(scene: Scene): string {
  return `${JSON.stringify({ generator: 'generated by neonarch', ...scene }, null, 2)}\n`;
}

function unknownTheme(name: string, model: Model): Diagnostic {
  const [best] = closest(name, themeNames(), 1);
  return {
    severity: 'error',
    code: 'unknown-theme',
    message: `unknown theme "${name}"`,
    hint: `${best ? `did you mean "${best}"? ` : ''}themes: ${themeNames().join(', ')}, ${AUTO_THEME}, or a theme file next to the model (./brand.theme.yaml)`,
    ...(model.themeSpan ? { span: model.themeSpan } : {}),
  };
}
