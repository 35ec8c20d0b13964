import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { closest } from '../../diagnostics/suggest.js';
import { themeNames } from '../../theme/index.js';
import type { Diagnostic } from '../../diagnostics/types.js';
import { AUTO_THEME, OUTPUT_FORMATS, compile, draw, themeFor, type Drawing, type OutputFormat } from '../../pipeline.js';
import { BUILT_IN_SYSTEMS, exampleFile } from '../examples.js';
import { DEFAULT_ENGINE, ENGINE_NAMES } from '../../layout/engine-names.js';
import { UsageError, type Io } from '../io.js';
import { overwriteRefusal, writeAtomicAsync } from '../output.js';
import { hasErrors, printDiagnostics } from '../report.js';
import { drawQueuedPngsHere, warmPngWorker } from '../../render/png.js';
import { readSource } from '../sources.js';

export const renderHelp = `Usage: neonarch render [FILE...] [options]

Renders models to SVG and PNG. With no FILE, renders the built-in examples.

Options:
  -o, --out DIR        output folder (default: output)
  -f, --format LIST    comma-separated: svg,png,scene (default: svg,png)
  -t, --theme NAME     ${themeNames().join(', ')}, or ${AUTO_THEME} (one SVG
                       following the reader's light/dark setting); default: the model's theme, else dark-neon
  -s, --system NAME    one built-in example: ${BUILT_IN_SYSTEMS.join(', ')}
      --scale N        PNG scale factor (default: 2)
      --engine NAME    layout engine: ${ENGINE_NAMES.join(' (default), ')}; graphviz hands
                       a model it cannot draw cleanly to elk
      --findings       run the architecture rules (as \`neonarch check\` does) and draw each
                       finding: the nodes and edges involved glow red, a numbered badge
                       marks them, the legend lists them; findings never fail a render
      --force          overwrite files that neonarch did not write
      --no-cache       lay out afresh instead of reusing cached layouts
  -h, --help           show this help
`;

interface RenderArgs {
  cwd: string;
  files: string[];
  out: string;
  formats: OutputFormat[];
  theme: string | undefined;
  scale: number;
  force: boolean;
  cache: boolean;
  findings: boolean;
  engine: string;
}

/** `neonarch render`: exit 0 when every model rendered, 1 when any had errors. */
export async function render(argv: string[], io: Io): Promise<number> {
  const args = parseRenderArgs(argv, io);
  if (!args) return 0;
  // The PNG worker boots (~50 ms on the other core) while the first model lays out. The process
  // ends once the files are written, so resvg may keep the memory it takes.
  if (args.formats.includes('png')) {
    // Two threads draw PNG bands and each deflates one band at a time on the libuv pool, so two
    // pool threads keep up (libuv's default is four, which on two cores only contend with the
    // drawing): −5 to −10 ms median per round in four batches, faster in 80 of 134 rounds. Read
    // when the pool starts, on its first job, which comes after this; a user's own setting is kept.
    process.env.UV_THREADPOOL_SIZE ??= '2';
    warmPngWorker({ oneShot: true });
  }
  // Models lay out one after another on the main thread while earlier PNGs rasterise off it,
  // smallest first (layoutOrder); each is reported in the order given, once drawn and written.
  const sources = args.files.map((file) => readSource(file, args.cwd));
  const pending: Promise<Outcome>[] = [];
  for (const i of layoutOrder(sources)) pending[i] = (await prepare(args.files[i]!, sources[i]!, args)).outcome;
  // Every model is laid out: this thread draws the PNGs the worker has not started on.
  if (args.formats.includes('png')) void drawQueuedPngsHere();
  // Each model's files are written as soon as it is drawn, so once the last PNG is done only its
  // own files are left to write; what is printed keeps the order given. Two models of one name
  // write the same files in that order too, so the last one given wins, as it always did.
  const outDir = resolve(args.cwd, args.out);
  const before = new Map<string, Promise<unknown>>();
  const written = pending.map((outcome, i) => {
    const stem = join(outDir, outputName(args.files[i]!));
    const write = Promise.all([outcome, before.get(stem)]).then(([o]) => (o.drawing ? writeDrawing(stem, o.drawing, args.force) : null));
    before.set(stem, write.catch(() => {}));
    return write;
  });
  // A drawing that fails (a bug: our SVGs always rasterise) is reported when its turn comes; the
  // ones after it must not then end the process as unhandled rejections with a stack trace.
  for (const promise of [...pending, ...written]) promise.catch(() => {});
  let failed = false;
  for (const [i, outcome] of pending.entries()) failed = !report(await outcome, await written[i]!, io) || failed;
  return failed ? 1 : 0;
}

interface Outcome {
  path: string;
  /** The model file as diagnostics name it; diagnostics in other files (a theme file) print without a code frame. */
  file?: string;
  text: string | null;
  diagnostics: Diagnostic[];
  drawing: Drawing | null;
}

/**
 * The order the models are laid out in: the smallest file first (a stable sort; an unreadable file
 * counts as empty). The PNG worker then gets its first SVG sooner, and the biggest model, laid out
 * last, is the PNG both threads share band by band at the end (png-claim.ts). The four examples
 * (given with Liberation, the biggest, first), two batches of 100 interleaved rounds against laying
 * them out as given: −16.7 and −13.9 ms median per round (faster in 77 and 76), CPU −6 to −10 ms.
 * Only the smallest first, the rest as given: +5 ms against this order. Starting the PNG worker
 * before the CLI loads, on top of this: +2 ms (decision 0009).
 */
export function layoutOrder(sources: readonly Read[]): number[] {
  const size = sources.map((read) => read.source?.text.length ?? 0);
  return sources.map((_, i) => i).sort((a, b) => size[a]! - size[b]! || a - b);
}

type Read = ReturnType<typeof readSource>;

// The outcome is wrapped so awaiting the layout does not also wait for the PNG.
async function prepare(path: string, { source, diagnostic }: Read, args: RenderArgs): Promise<{ outcome: Promise<Outcome> }> {
  if (!source) return { outcome: Promise.resolve({ path, text: null, diagnostics: [diagnostic!], drawing: null }) };
  const compiled = await compile(source.text, source.file, { cache: args.cache, cwd: args.cwd, findings: args.findings, engine: args.engine });
  const theme = compiled.value ? themeFor(args.theme, compiled.value) : null;
  const diagnostics = [...compiled.diagnostics, ...(theme?.diagnostics ?? [])];
  const done = { path, file: source.file, text: source.text, diagnostics };
  if (!compiled.value || !theme?.value || hasErrors(diagnostics)) return { outcome: Promise.resolve({ ...done, drawing: null }) };
  return { outcome: draw(compiled.value.scene, theme.value, args.formats, args.scale).then((drawing) => ({ ...done, drawing })) };
}

/** Prints a model's diagnostics and what became of its files; false when it had errors or its files were not written. */
function report(outcome: Outcome, written: Written | null, io: Io): boolean {
  for (const d of outcome.diagnostics) printDiagnostics(io, [d], !d.span || d.span.file === outcome.file ? outcome.text : null);
  if (!written) return false;
  if (written.errors.length) return written.errors.forEach((e) => io.err(e)), false;
  io.out(`${written.files.join('\n')}\n`);
  return true;
}

/** The files of a drawing, or the errors that kept them from being written (each a line to print). */
interface Written {
  files: string[];
  errors: string[];
}

async function writeDrawing(stem: string, drawing: Drawing, force: boolean): Promise<Written> {
  const files: [string, string | Buffer][] = [];
  if (drawing.svg !== undefined) files.push([`${stem}.svg`, drawing.svg]);
  if (drawing.png !== undefined) files.push([`${stem}.png`, drawing.png]);
  if (drawing.scene !== undefined) files.push([`${stem}.scene.json`, drawing.scene]);
  const names = files.map(([f]) => f);
  const refusals = names.map((f) => overwriteRefusal(f, force)).filter((r): r is string => r !== null);
  if (refusals.length) return { files: names, errors: refusals.map((r) => `error: ${r}\n`) };
  const failures = (await Promise.allSettled(files.map(([file, data]) => writeAtomicAsync(file, data))))
    .flatMap((r, i) => (r.status === 'rejected' ? [`error: cannot write ${names[i]}: ${(r.reason as Error).message}\n`] : []));
  return { files: names, errors: failures };
}

/** `payments.arch.yaml` → `payments`. */
export function outputName(path: string): string {
  return basename(path).replace(/(\.arch)?\.(ya?ml|json)$/i, '');
}

function parseRenderArgs(argv: string[], io: Io): RenderArgs | null {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      out: { type: 'string', short: 'o', default: 'output' },
      format: { type: 'string', short: 'f', default: 'svg,png' },
      theme: { type: 'string', short: 't' },
      system: { type: 'string', short: 's' },
      scale: { type: 'string', default: '2' },
      force: { type: 'boolean', default: false },
      'no-cache': { type: 'boolean', default: false },
      findings: { type: 'boolean', default: false },
      engine: { type: 'string', default: DEFAULT_ENGINE },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) return io.out(renderHelp), null;
  return {
    cwd: io.cwd,
    files: modelFiles(positionals, values.system),
    out: values.out!,
    formats: parseFormats(values.format!),
    theme: checkTheme(values.theme),
    scale: parseScale(values.scale!),
    force: values.force!,
    cache: !values['no-cache'],
    findings: values.findings!,
    engine: checkEngine(values.engine!),
  };
}

function modelFiles(positionals: string[], system: string | undefined): string[] {
  if (system !== undefined) {
    if (!(BUILT_IN_SYSTEMS as readonly string[]).includes(system)) throw new UsageError(unknownWord('system', system, BUILT_IN_SYSTEMS));
    return [...positionals, exampleFile(system)];
  }
  return positionals.length ? positionals : BUILT_IN_SYSTEMS.map(exampleFile);
}

function parseFormats(list: string): OutputFormat[] {
  const words = list.split(',').map((w) => w.trim().toLowerCase()).filter(Boolean);
  for (const w of words) if (!(OUTPUT_FORMATS as readonly string[]).includes(w)) throw new UsageError(unknownWord('format', w, OUTPUT_FORMATS));
  if (!words.length) throw new UsageError('--format needs at least one of svg, png, scene');
  return [...new Set(words)] as OutputFormat[];
}

function checkEngine(engine: string): string {
  if (!(ENGINE_NAMES as readonly string[]).includes(engine)) throw new UsageError(unknownWord('engine', engine, ENGINE_NAMES));
  return engine;
}

function checkTheme(theme: string | undefined): string | undefined {
  if (theme !== undefined && theme !== AUTO_THEME && !themeNames().includes(theme)) throw new UsageError(unknownWord('theme', theme, [...themeNames(), AUTO_THEME]));
  return theme;
}

function parseScale(text: string): number {
  const n = Number(text);
  if (!Number.isFinite(n) || n <= 0 || n > 8) throw new UsageError(`--scale takes a number above 0 and at most 8, not "${text}"`);
  return n;
}

function unknownWord(what: string, word: string, known: readonly string[]): string {
  const [best] = closest(word, known, 1);
  return `unknown ${what} "${word}"${best ? ` (did you mean "${best}"?)` : ''}; ${what}s: ${known.join(', ')}`;
}
