import type { Diagnostic, Span } from '../diagnostics/types.js';
import type { Finding, RuleInfo } from './types.js';

/** Where the SARIF 2.1.0 schema lives (an identifier for readers; nothing is fetched). */
export const SARIF_SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';

/** What one `neonarch check --format sarif` run reports. */
export interface SarifInput {
  /** neonarch's version, for tool.driver.version. */
  version: string;
  rules: readonly RuleInfo[];
  findings: readonly Finding[];
  /** Model and configuration diagnostics: results too, under their code. */
  diagnostics: readonly Diagnostic[];
}

type Json = Record<string, unknown>;

/** A SARIF 2.1.0 log with one run: the rules that ran, then every finding and diagnostic as a result. */
export function toSarif(input: SarifInput): Json {
  const descriptors = [...uniqueRules(input.rules).map(ruleDescriptor), ...diagnosticDescriptors(input.diagnostics, input.rules)];
  const index = new Map(descriptors.map((d, i) => [d.id as string, i]));
  const results = [
    ...input.diagnostics.map((d) => result(d.code, index, d.severity, d.message, d.hint, d.span, null)),
    ...input.findings.map((f) => result(f.ruleId, index, f.severity, f.message, f.hint, f.span, { nodes: f.nodes, edges: f.edges })),
  ];
  const driver = { name: 'neonarch', version: input.version, rules: descriptors };
  return { $schema: SARIF_SCHEMA, version: '2.1.0', runs: [{ tool: { driver }, columnKind: 'utf16CodeUnits', results }] };
}

// Several files may run the same rule; the first description wins.
function uniqueRules(rules: readonly RuleInfo[]): RuleInfo[] {
  return rules.filter((r, i) => rules.findIndex((o) => o.id === r.id) === i);
}

function ruleDescriptor(rule: RuleInfo): Json {
  return { id: rule.id, shortDescription: { text: rule.description }, defaultConfiguration: { level: rule.defaultLevel } };
}

function diagnosticDescriptors(diagnostics: readonly Diagnostic[], rules: readonly RuleInfo[]): Json[] {
  const codes = [...new Set(diagnostics.map((d) => d.code))].filter((c) => !rules.some((r) => r.id === c));
  return codes.map((code) => ({
    id: code,
    shortDescription: { text: `The model file is not valid: ${code} (see docs/model.md)` },
    defaultConfiguration: { level: diagnostics.find((d) => d.code === code)!.severity },
  }));
}

function result(ruleId: string, index: Map<string, number>, level: string, message: string, hint: string | undefined, span: Span | undefined, involved: Json | null): Json {
  return {
    ruleId,
    ruleIndex: index.get(ruleId),
    level,
    message: { text: hint === undefined ? message : `${message} — hint: ${hint}` },
    ...(span ? { locations: [location(span)] } : {}),
    ...(involved ? { properties: involved } : {}),
  };
}

function location(span: Span): Json {
  const region = { startLine: span.line, startColumn: span.col, endLine: span.endLine, endColumn: span.endCol };
  return { physicalLocation: { artifactLocation: { uri: fileUri(span.file) }, region } };
}

/** A file name as a URI reference: relative paths stay relative (forward slashes), absolute ones become file: URIs. */
export function fileUri(file: string): string {
  const posix = file.replace(/\\/g, '/');
  const encoded = posix.split('/').map(encodeURIComponent).join('/');
  return /^([A-Za-z]:)?\//.test(posix) ? `file://${posix.startsWith('/') ? '' : '/'}${encoded.replace(/^([A-Za-z])%3A/, '$1:')}` : encoded;
}
