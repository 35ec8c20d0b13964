// A disk cache of laid-out scenes. Layout is the one costly stage (~50-250 ms a diagram in a
// fresh process), and most renders repeat a layout already made: another theme, another format,
// an edit to a description. The key covers everything a scene depends on: the model (without
// source positions), the engine, the layout libraries' versions and neonarch's own code, so a
// change to any of them can never serve a stale scene.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Model } from './model/types.js';
import { crc32 } from './render/crc32.js';
import type { Scene } from './scene/types.js';
import { cacheDir, writeCacheFile } from './cache-dir.js';
import { packageRoot } from './paths.js';
import { sha256 } from './sha256.js';

let fingerprint: string | null = null;

/** An entry on disk: the whole key it was stored under, and the scene. */
interface Entry {
  key: string;
  scene: Scene;
}

/** The cached scene of a model laid out by `engine`, or null. */
export function cachedScene(model: Model, engine: string): Scene | null {
  const key = entryKey(model, engine);
  const file = entryFile(key);
  if (!file || !existsSync(file)) return null;
  try {
    const entry = JSON.parse(readFileSync(file, 'utf8')) as Partial<Entry>;
    return entry.key === key && entry.scene ? entry.scene : null;
  } catch {
    return null;
  }
}

/** Remembers a model's scene, as `engine` laid it out, for the next render. */
export function storeScene(model: Model, engine: string, scene: Scene): void {
  const key = entryKey(model, engine);
  const file = entryFile(key);
  if (file) writeCacheFile(file, JSON.stringify({ key, scene } satisfies Entry));
}

/** Everything a layout depends on, as text: an entry serves a model only when its key is this, character for character. */
function entryKey(model: Model, engine: string): string {
  return `${codeFingerprint()}\n${engine}\n${layoutInput(model)}`;
}

/**
 * Where a key's entry lives: named by the key's CRC-32 and length, which only spread the entries
 * over file names; the key stored inside decides a hit, so two keys that share a name are a miss,
 * never a wrong scene. No cryptographic hash: `node:crypto` costs ~6 ms to load, and a render
 * needs it for nothing else (decision 0009, eleventh session).
 */
function entryFile(key: string): string | null {
  const dir = cacheDir();
  if (!dir) return null;
  const bytes = Buffer.from(key, 'utf8');
  const name = `${crc32(bytes).toString(16).padStart(8, '0')}-${bytes.length.toString(16)}`;
  return join(dir, 'layout', `${name}.json`);
}

// Source positions and the file name do not change a layout; everything else may.
function layoutInput(model: Model): string {
  return JSON.stringify(model, (key, value) => (key === 'file' || /span$/i.test(key) ? undefined : value));
}

// The layout libraries: a new Graphviz or ELK may place boxes differently.
const LAYOUT_LIBRARIES = ['@viz-js/viz', 'elkjs'];

/**
 * The layout libraries' versions, from their package.json found as Node finds the package: in
 * node_modules beside neonarch or above it. Not `require.resolve('<name>/package.json')`, which a
 * package's "exports" may refuse (@viz-js/viz does: its version was left out of the key as "?"),
 * and which starts Node's ES module resolver (~3 ms of a first render).
 */
export function libraryVersions(): string {
  return LAYOUT_LIBRARIES.map((name) => `${name}@${packageVersion(name)}`).join(' ');
}

function packageVersion(name: string): string {
  for (let dir = packageRoot(); ; dir = dirname(dir)) {
    const file = join(dir, 'node_modules', name, 'package.json');
    if (existsSync(file)) {
      try {
        return String(JSON.parse(readFileSync(file, 'utf8')).version);
      } catch {
        return '?';
      }
    }
    if (dirname(dir) === dir) return '?';
  }
}

// The layout libraries' versions and a hash of all of neonarch's code (≈5 ms), so any change of
// either starts a fresh cache: the one bundled file the CLI runs as (dist/neonarch.cjs), whose
// hash the build writes beside it, or else the files under src/ (compiled or not).
function codeFingerprint(): string {
  if (fingerprint) return fingerprint;
  const self = fileURLToPath(import.meta.url);
  if (basename(dirname(self)) !== 'src') return (fingerprint = `${libraryVersions()} ${bundleHash(self)}`);
  const hash = sha256();
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(js|ts|json)$/.test(name)) hash.update(name).update(readFileSync(path));
    }
  };
  walk(dirname(self));
  return (fingerprint = `${libraryVersions()} ${hash.digest('hex')}`);
}

/** The bundle's SHA-256 as the build wrote it, else read and hashed here. */
function bundleHash(bundle: string): string {
  try {
    return readFileSync(`${bundle}.sha256`, 'utf8').trim();
  } catch {
    return sha256().update(readFileSync(bundle)).digest('hex');
  }
}
