// One function per icon set: a file in a package → a glyph drawn in currentColor, with its source and licence.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkInside, element, paths, pick, KEEP, svgViewBox } from './gen-icons-svg.mjs';
import { readJsxSvg } from './gen-icons-jsx.mjs';
import { tonal } from './gen-icons-tonal.mjs';

/** Licences that allow redistribution and adaptation, commercial use included (attribution in docs/icons.md). */
const SHIPPABLE = /^(CC0-1\.0|Unlicense|MIT|Apache-2\.0|BSD-[23]-Clause|CC-BY-\d\.\d|CC-BY-SA-\d\.\d)$/;
/** The providers' own terms for their architecture icons (SPDX LicenseRef-, see docs/decisions/0006). */
export const CLOUD_TERMS = {
  aws: 'LicenseRef-AWS-Architecture-Icons',
  azure: 'LicenseRef-Azure-Architecture-Icons',
  gcp: 'LicenseRef-Google-Cloud-Icons',
};

export function iconSets(modules) {
  const version = (pkg) => JSON.parse(readFileSync(join(modules, pkg, 'package.json'), 'utf8')).version;
  const meta = JSON.parse(readFileSync(join(modules, 'simple-icons', 'data', 'simple-icons.json'), 'utf8'));
  const brandMeta = Array.isArray(meta) ? meta : meta.icons;

  /** simple-icons: one filled path. */
  function brand(id, slug) {
    const file = join(modules, 'simple-icons', 'icons', `${slug}.svg`);
    const info = brandMeta.find((icon) => icon.slug === slug);
    if (!info) throw new Error(`simple-icons has no ${slug}`);
    const body = paths(file).map((p) => element({ ...p, fill: 'currentColor' })).join('');
    const license = info.license?.type ?? 'CC0-1.0';
    if (!SHIPPABLE.test(license)) throw new Error(`${slug}: licence ${license} does not allow shipping it in an MIT package`);
    const source = `simple-icons@${version('simple-icons')} icons/${slug}.svg`;
    return { id, viewBox: svgViewBox(file), body, source, license, color: `#${info.hex}`, upstream: info.source, title: info.title };
  }

  /** AWS: drop the coloured background square, keep the white glyph as currentColor, crop to the glyph area. */
  function aws(id, name) {
    const file = join(modules, 'aws-icons', 'icons', 'architecture-service', `${name}.svg`);
    const all = paths(file);
    const background = all.find((p) => /^M0 0h(\d+)v\1H0z$/.test(p.d));
    if (!background) throw new Error(`${file}: no background square`);
    const body = all.filter((p) => p !== background).map((p) => element({ ...p, fill: 'currentColor' })).join('');
    const size = Number(background.d.match(/h(\d+)/)[1]);
    const viewBox = `${size / 8} ${size / 8} ${(size * 3) / 4} ${(size * 3) / 4}`; // AWS draws glyphs inside this safe area
    checkInside(id, body, svgViewBox(file), viewBox);
    const source = `aws-icons@${version('aws-icons')} icons/architecture-service/${name}.svg`;
    return { id, viewBox, body, source, license: CLOUD_TERMS.aws, color: background.fill.toUpperCase() };
  }

  /** tabler: stroked outline paths; plain ones merged into one path under a group carrying the stroke. */
  function outline(id, name) {
    const file = join(modules, '@tabler', 'icons', 'icons', 'outline', `${name}.svg`);
    const all = paths(file).filter((p) => p.stroke !== 'none');
    const plain = all.filter((p) => Object.keys(pick(p, KEEP)).every((k) => k === 'd' || p[k] === STROKE[k]));
    const special = all.filter((p) => !plain.includes(p)).map((p) => element(pick(p, KEEP.filter((k) => !(k in STROKE) || p[k] !== STROKE[k]))));
    const merged = plain.length ? [`<path d="${plain.map((p) => p.d).join('')}"/>`] : [];
    const body = `<g fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">${[...merged, ...special].join('')}</g>`;
    return { id, viewBox: svgViewBox(file), body, source: `@tabler/icons@${version('@tabler/icons')} icons/outline/${name}.svg`, license: 'MIT' };
  }

  /** Azure and Google Cloud: the multicolour icon as a tonal glyph (gen-icons-tonal.mjs). */
  function cloud(provider, ignoreMasks) {
    return (id, name) => {
      const file = join(modules, '@likec4', 'icons', provider, `${name}.js`);
      const { viewBox, body, color } = tonal(id, readJsxSvg(file), { ignoreMasks: ignoreMasks.has(id) });
      const source = `@likec4/icons@${version('@likec4/icons')} ${provider}/${name}.js`;
      return { id, viewBox, body, source, license: CLOUD_TERMS[provider], color: color.toUpperCase() };
    };
  }

  return { brand, aws, outline, cloud };
}

const STROKE = { fill: 'none', stroke: 'currentColor', 'stroke-width': '2', 'stroke-linecap': 'round', 'stroke-linejoin': 'round' };
