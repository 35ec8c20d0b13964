import { modelJsonSchema } from '../../model/index.js';
import type { Io } from '../io.js';

export const schemaHelp = `Usage: neonarch schema

Prints the JSON Schema of the model format, for editor completion and checking:
  neonarch schema > neonarch.schema.json
`;

/** `neonarch schema`: the JSON Schema generated from the validator's own definitions. */
export async function schema(argv: string[], io: Io): Promise<number> {
  if (argv.includes('-h') || argv.includes('--help')) return io.out(schemaHelp), 0;
  io.out(`${JSON.stringify(modelJsonSchema(), null, 2)}\n`);
  return 0;
}
