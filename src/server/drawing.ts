import type { Diagnostic } from '../diagnostics/types.js';
import { codeFrame } from '../diagnostics/frame.js';
import type { Model } from '../model/types.js';
import { findProjectConfig, readProjectConfig, runRules, type Finding } from '../rules/index.js';
import type { Scene } from '../scene/types.js';
import { getTheme, themeNames, type Theme } from '../theme/index.js';
import { compile, draw, themeFor, type Compiled } from '../pipeline.js';
import type { ViewerDiagnostic, ViewerFinding } from '../viewer/contract.js';
import { join } from 'node:path';

/** One model compiled for the viewer: the drawing in every theme when it has no errors, and its problems. */
export interface ModelDrawing {
  title: string | null;
  description: string | null;
  /** Null when the model has errors: the viewer keeps showing the last good drawing. */
  scene: Scene | null;
  /** Every theme it can be drawn in: the model's own theme file first (when it has one), then the built-in ones. */
  themes: Theme[];
  /** The SVG of every theme, or of the default theme only (the live server draws the others when asked). */
  svg: Record<string, string>;
  /** The theme it opens in: the model's `theme:`, else dark-neon. */
  theme: string;
  diagnostics: ViewerDiagnostic[];
  findings: ViewerFinding[];
  /** The same problems as diagnostics, for printing on a terminal. */
  raw: Diagnostic[];
}

/** Compiles a model (`file` relative to `root`), runs the rules with the nearest project config, and draws it in its theme or every theme. */
export async function drawModel(text: string, file: string, root: string, every: boolean): Promise<ModelDrawing> {
  const compiled = await compile(text, file, { cache: true, cwd: root });
  const chosen = compiled.value ? themeFor(undefined, compiled.value) : null;
  const raw = [...compiled.diagnostics, ...(chosen?.diagnostics ?? [])];
  const problems = raw.map((d) => toViewer(d, text));
  if (!compiled.value || chosen?.value == null || problems.some((d) => d.severity === 'error')) return failed(compiled.value?.model ?? null, problems, raw);
  const { model, scene } = compiled.value;
  const rules = checkRules(model, join(root, file), text);
  const themes = themesOf(compiled.value);
  const theme = typeof chosen.value === 'string' ? (getTheme(chosen.value) ? chosen.value : 'dark-neon') : chosen.value.name;
  const svg: Record<string, string> = {};
  for (const t of themes) if (every || t.name === theme) svg[t.name] = (await draw(scene, t, ['svg'])).svg!;
  const common = { title: model.title, description: model.description, scene, themes, svg, theme };
  return { ...common, diagnostics: [...problems, ...rules.diagnostics], findings: rules.findings, raw: [...raw, ...rules.raw] };
}

// A theme file named like a built-in theme replaces it for this model.
function themesOf(compiled: Compiled): Theme[] {
  const own = compiled.theme ?? null;
  const builtIn = themeNames().filter((n) => n !== own?.name).map((n) => getTheme(n)!);
  return own ? [own, ...builtIn] : builtIn;
}

function failed(model: Model | null, diagnostics: ViewerDiagnostic[], raw: Diagnostic[]): ModelDrawing {
  const title = model?.title ?? null;
  return { title, description: model?.description ?? null, scene: null, themes: [], svg: {}, theme: 'dark-neon', diagnostics, findings: [], raw };
}

interface RulesOutcome {
  findings: ViewerFinding[];
  diagnostics: ViewerDiagnostic[];
  raw: Diagnostic[];
}

function checkRules(model: Model, absPath: string, text: string): RulesOutcome {
  const configPath = findProjectConfig(absPath);
  const config = configPath ? readProjectConfig(configPath, process.cwd()) : null;
  const ran = runRules(model, config?.value ?? null);
  const configProblems = (config?.diagnostics ?? []).map((d) => toViewer(d, config?.text ?? null));
  const diagnostics = [...configProblems, ...ran.diagnostics.map((d) => toViewer(d, text))];
  return { findings: ran.findings.map(toFinding), diagnostics, raw: [...(config?.diagnostics ?? []), ...ran.diagnostics] };
}

/** A diagnostic as the overlay shows it, with the code frame `neonarch check` prints. */
export function toViewer(d: Diagnostic, source: string | null): ViewerDiagnostic {
  const where = d.span ? `${d.span.file}:${d.span.line}:${d.span.col}` : '';
  const frame = d.span && source !== null ? codeFrame(d.span, source, (text) => text).join('\n') : '';
  return { severity: d.severity, code: d.code, message: d.message, hint: d.hint ?? null, where, frame };
}

function toFinding(f: Finding): ViewerFinding {
  const where = `${f.span.file}:${f.span.line}:${f.span.col}`;
  return { ruleId: f.ruleId, severity: f.severity, message: f.message, hint: f.hint ?? null, where, nodes: [...f.nodes] };
}
