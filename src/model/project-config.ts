import type { Result } from '../diagnostics/types.js';
import { hasErrors } from '../diagnostics/make.js';
import { sortDiagnostics } from '../diagnostics/sort.js';
import { parseDocument } from '../parse/index.js';
import type { RulesConfig } from './rule-types.js';
import { PROJECT_CONFIG } from './schema.js';
import { validate } from './validate.js';
import { buildRulesConfig } from './rules-config.js';
import { field, mapOf } from './read.js';

const SUBJECT = 'the project config';

/** A project's `neonarch.config.yaml` text → its rules settings; an empty file is an empty config. */
export function loadProjectConfig(text: string, file: string): Result<RulesConfig> {
  const parsed = parseDocument(text, file);
  if (!parsed.value) return { value: null, diagnostics: parsed.diagnostics };
  const root = parsed.value.root;
  const empty = root === null || (root.kind === 'scalar' && root.value === null);
  const structural = empty ? [] : validate(root, PROJECT_CONFIG, SUBJECT);
  const built = buildRulesConfig(field(mapOf(root ?? undefined), 'rules'), file);
  const all = sortDiagnostics([...parsed.diagnostics, ...structural, ...built.diagnostics]);
  const config = built.config ?? { file, settings: [], custom: [] };
  return { value: hasErrors(all) ? null : config, diagnostics: all };
}
