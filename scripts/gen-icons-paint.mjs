// Paint of a shape in a multicolour icon: class styles from its <style>, flat colours, gradients
// (their mean stop colour), and how much "ink" a colour puts on white paper.

const NAMED = { white: '#ffffff', black: '#000000', none: null, transparent: null };

/** The simple class rules (`.a,.b{fill:#fff;fill-rule:evenodd}`) of every <style> in the tree. */
export function readStyles(tree) {
  const css = [];
  const walk = (node) => {
    if (typeof node === 'string') return;
    if (node.tag === 'style') css.push(node.children.join(''));
    else node.children.forEach(walk);
  };
  walk(tree);
  return [...css.join('').matchAll(/([^{}]+)\{([^}]*)\}/g)].map(([, selectors, body]) => ({
    classes: selectors.split(',').map((s) => s.trim().replace(/^\./, '')),
    decls: Object.fromEntries(body.split(';').filter((d) => d.includes(':')).map((d) => d.split(':').map((p) => p.trim()))),
  }));
}

/** Declarations of the rules matching an element's classes, later rules winning, as CSS does. */
export function stylesFor(node, rules) {
  const classes = (node.attrs.class ?? '').split(/\s+/).filter(Boolean);
  return Object.assign({}, ...rules.filter((r) => r.classes.some((c) => classes.includes(c))).map((r) => r.decls));
}

/** `{ hex, ink }` for a paint value, or null for none; ink 0 is white paper, 1 full colour. */
export function paintOf(value, defs) {
  if (value === undefined) return paintOf('#000000', defs);
  const ref = value.match(/^url\(#([^)]+)\)/)?.[1];
  const hex = ref ? gradientColor(ref, defs) : normalise(value);
  return hex === null ? null : { hex, ink: ink(hex) };
}

function normalise(value) {
  const v = value.trim().toLowerCase();
  if (v in NAMED) return NAMED[v];
  const short = v.match(/^#([0-9a-f])([0-9a-f])([0-9a-f])$/);
  if (short) return `#${short.slice(1).map((c) => c + c).join('')}`;
  if (/^#[0-9a-f]{6}$/.test(v)) return v;
  throw new Error(`unsupported paint ${value}`);
}

/** The mean colour of a gradient's stops (following href to the gradient that holds them). */
function gradientColor(id, defs) {
  const gradient = defs.get(id);
  if (!gradient) throw new Error(`no gradient #${id}`);
  const stops = gradient.children.filter((c) => typeof c !== 'string' && c.tag === 'stop');
  if (!stops.length && gradient.attrs.href) return gradientColor(gradient.attrs.href.replace(/^#/, ''), defs);
  const rgbs = stops.map((s) => rgb(normalise(s.attrs['stop-color'] ?? '#000000')));
  const mean = [0, 1, 2].map((i) => Math.round(rgbs.reduce((sum, c) => sum + c[i], 0) / rgbs.length));
  return `#${mean.map((c) => c.toString(16).padStart(2, '0')).join('')}`;
}

const rgb = (hex) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));

/** How far a colour is from white: 1 − its lightest channel (yellow and navy both count as full ink). */
export function ink(hex) {
  return 1 - Math.min(...rgb(hex)) / 255;
}

/** HSV saturation, to tell a product colour from the greys and whites of an icon. */
export function saturation(hex) {
  const c = rgb(hex);
  const max = Math.max(...c);
  return max === 0 ? 0 : (max - Math.min(...c)) / max;
}
