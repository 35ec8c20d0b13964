// The layout engines' names, light enough for the CLI to check `--engine` without loading a layout.

/** Every engine `layoutModel` knows, the default first. */
export const ENGINE_NAMES = ['graphviz', 'elk'] as const;

/** The engine used when none is named. */
export const DEFAULT_ENGINE = ENGINE_NAMES[0];
