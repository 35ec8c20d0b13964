import { join } from 'node:path';
import { packageRoot } from '../paths.js';

/** The built-in example systems, by the old generator's `--system` names. */
export const BUILT_IN_SYSTEMS = [
  'liberation-system',
  'tiation-rigger-workspace',
  'docker-debian',
  'infrastructure',
] as const;

/** Path of a built-in example's model file. */
export function exampleFile(system: string): string {
  return join(packageRoot(), 'examples', `${system}.arch.yaml`);
}
