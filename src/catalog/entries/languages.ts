import { tech, type Tech } from '../types.js';

/** Programming languages and their runtimes. */
export const LANGUAGES: Tech[] = [
  tech('python', 'Python', 'language', ['py', 'python3']),
  tech('go', 'Go', 'language', ['golang']),
  tech('java', 'Java', 'language', ['jvm', 'openjdk', 'jdk']),
  tech('kotlin', 'Kotlin', 'language', ['kt']),
  tech('rust', 'Rust', 'language'),
  tech('ruby', 'Ruby', 'language', ['rb']),
  tech('php', 'PHP', 'language'),
  tech('dotnet', '.NET', 'language', ['.net', 'csharp', 'c#', 'aspnet', 'asp.net']),
  tech('typescript', 'TypeScript', 'language', ['ts']),
  tech('javascript', 'JavaScript', 'language', ['js', 'ecmascript']),
  tech('nodejs', 'Node.js', 'language', ['node', 'node.js']),
  tech('deno', 'Deno', 'language'),
  tech('bun', 'Bun', 'language'),
  tech('scala', 'Scala', 'language'),
  tech('elixir', 'Elixir', 'language', ['phoenix']),
  tech('swift', 'Swift', 'language'),
  tech('dart', 'Dart', 'language'),
  tech('cplusplus', 'C++', 'language', ['c++', 'cpp']),
];
