import { createRequire } from 'node:module';

type YamlLibrary = typeof import('yaml');

let yaml: YamlLibrary | null = null;

/**
 * The YAML library (`yaml`), loaded when a text first needs it: a syntax error to report, or YAML
 * the fast reading leaves to it (events.ts). A render of ordinary models never loads it, and the
 * CLI bundle leaves it out (scripts/build-cli.mjs): its 0.26 MB were a quarter of what every start
 * read, and its modules' set-up ran on every start (decision 0012).
 */
export function yamlLibrary(): YamlLibrary {
  return (yaml ??= createRequire(import.meta.url)('yaml') as YamlLibrary);
}
