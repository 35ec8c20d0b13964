import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { closestTechs, searchTechs, TECH_CATEGORIES, type Tech } from '../../catalog/index.js';
import { closest } from '../../diagnostics/suggest.js';
import { galleryPage, getGlyph, type GalleryTheme } from '../../icons/index.js';
import { ACCENT_SLOTS, getTheme, themeNames, type Theme } from '../../theme/index.js';
import { UsageError, type Io } from '../io.js';
import { GENERATOR_MARK, overwriteRefusal, writeAtomic } from '../output.js';

export const iconsHelp = `Usage: neonarch icons [QUERY] [options]

Lists the technology catalog, or searches it by id, alias and label: exact matches
first, then prefixes, substrings and near spellings. Exit 1 when nothing matches.

Options:
  -c, --category NAME  only entries of this category
      --json           print JSON for tools
      --gallery        write DIR/index.html: every entry in every theme (needs -o)
  -o, --out DIR        folder for the gallery
      --force          overwrite an index.html that neonarch did not write
  -h, --help           show this help

Categories: ${TECH_CATEGORIES.join(', ')}
`;

/** `neonarch icons`: list, search or draw the technology catalog. */
export async function icons(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: OPTIONS });
  if (values.help) return io.out(iconsHelp), 0;
  const category = checkCategory(values.category);
  const query = positionals.join(' ');
  const techs = searchTechs(query, category);
  if (values.out !== undefined && !values.gallery) throw new UsageError('-o/--out is only for --gallery');
  if (!techs.length) return io.err(nothingFound(query)), 1;
  if (values.gallery) return writeGallery(techs, values.out, values.force, io);
  io.out(values.json ? `${JSON.stringify({ techs: techs.map(techJson) }, null, 2)}\n` : table(techs));
  return 0;
}

const OPTIONS = {
  category: { type: 'string', short: 'c' }, json: { type: 'boolean', default: false },
  gallery: { type: 'boolean', default: false }, out: { type: 'string', short: 'o' },
  force: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false },
} as const;

function checkCategory(name: string | undefined): string | undefined {
  if (name === undefined || (TECH_CATEGORIES as readonly string[]).includes(name)) return name;
  const [near] = closest(name, TECH_CATEGORIES, 1);
  throw new UsageError(`unknown category "${name}"${near ? ` (did you mean "${near}"?)` : ''}; one of ${TECH_CATEGORIES.join(', ')}`);
}

function nothingFound(query: string): string {
  const near = closestTechs(query);
  return `no technology matches "${query}"${near.length ? ` (did you mean ${near.map((id) => `"${id}"`).join(', ')}?)` : ''}\n`;
}

/** Everything about an entry, its icon's source and licence included. */
function techJson(tech: Tech): Record<string, unknown> {
  const glyph = getGlyph(tech.icon);
  return { ...tech, iconSource: glyph?.source ?? null, iconLicense: glyph?.license ?? null };
}

const COLUMNS = ['ID', 'LABEL', 'CATEGORY', 'SHAPE', 'ALIASES', 'ICON SOURCE (LICENCE)'];
const MAX_ALIASES = 36; // long alias lists are cut in the table; --json has them all

function table(techs: readonly Tech[]): string {
  const rows = [COLUMNS, ...techs.map(row)];
  const widths = COLUMNS.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r) => r.map((cell, i) => (i < r.length - 1 ? cell.padEnd(widths[i]!) : cell)).join('  ')).join('\n') + '\n';
}

function row(tech: Tech): string[] {
  const glyph = getGlyph(tech.icon);
  const aliases = tech.aliases.join(', ');
  const cut = aliases.length > MAX_ALIASES ? `${aliases.slice(0, MAX_ALIASES - 1)}…` : aliases || '-';
  const source = glyph ? `${glyph.source.split(' ')[0]!.replace(/@[^@]+$/, '')} (${glyph.license})` : '-';
  return [tech.id, tech.label, tech.category, tech.shape, cut, source];
}

function writeGallery(techs: readonly Tech[], out: string | undefined, force: boolean, io: Io): number {
  if (!out) throw new UsageError('--gallery needs -o DIR');
  const path = join(resolve(io.cwd, out), 'index.html');
  const refusal = overwriteRefusal(path, force);
  if (refusal) return io.err(`error: ${refusal}\n`), 1;
  writeAtomic(path, galleryPage(techs, themeNames().map((name) => galleryTheme(getTheme(name)!)), GENERATOR_MARK));
  io.out(`${path}\n`);
  return 0;
}

function galleryTheme(theme: Theme): GalleryTheme {
  const { name, description, background, title, node } = theme;
  const accents = ACCENT_SLOTS.map((slot) => theme.accents[slot]);
  return { name, description, background, title, node, accents, glow: theme.glow.enabled };
}
