// The library API: the same pipeline the CLI runs.
export type { Diagnostic, Result, Severity, Span } from './diagnostics/types.js';
export type { Direction, Edge, EdgeKind, Group, Model, Node } from './model/types.js';
export type { Scene, SceneEdge, SceneGroup, SceneNode } from './scene/types.js';
export { formatDiagnostic } from './diagnostics/format.js';
export { loadModel, modelJsonSchema } from './model/index.js';
export { layoutModel } from './layout/index.js';
export { getTheme, themeNames } from './theme/index.js';
export { renderSvg } from './render/svg.js';
export { drawQueuedPngsHere, renderPng, renderPngAsync } from './render/png.js';
export { checkScene } from './scene/check.js';
export { compile, draw, sceneJson, type OutputFormat } from './pipeline.js';
export { checkRules, runRules, toSarif, type Finding } from './rules/index.js';
