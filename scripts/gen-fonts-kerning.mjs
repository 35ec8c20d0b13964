// Reads pair kerning (GPOS 'kern', PairPos formats 1 and 2, also wrapped in Extension lookups)
// straight from the font bytes: opentype.js 2.0 cannot read Extension (type 9) lookups, which Inter uses.

/** Big-endian readers over one sfnt table. */
function reader(bytes, base) {
  const view = new DataView(bytes.buffer, bytes.byteOffset + base);
  return { u16: (at) => view.getUint16(at), i16: (at) => view.getInt16(at), u32: (at) => view.getUint32(at) };
}

/** Byte offset of table `tag` in an sfnt file. */
export function tableOffset(bytes, tag) {
  const r = reader(bytes, 0);
  for (let i = 0; i < r.u16(4); i++) {
    const rec = 12 + i * 16;
    if (String.fromCharCode(...bytes.subarray(rec, rec + 4)) === tag) return r.u32(rec + 8);
  }
  throw new Error(`no ${tag} table`);
}

/** Coverage index of glyph g, or -1. */
function coverageIndex(bytes, at, g) {
  const r = reader(bytes, at);
  if (r.u16(0) === 1) {
    for (let i = 0; i < r.u16(2); i++) if (r.u16(4 + i * 2) === g) return i;
    return -1;
  }
  for (let i = 0; i < r.u16(2); i++) {
    const rec = 4 + i * 6;
    if (g >= r.u16(rec) && g <= r.u16(rec + 2)) return r.u16(rec + 4) + g - r.u16(rec);
  }
  return -1;
}

/** Class of glyph g in a ClassDef table (0 when unlisted). */
function classOf(bytes, at, g) {
  const r = reader(bytes, at);
  if (r.u16(0) === 1) {
    const start = r.u16(2);
    return g >= start && g < start + r.u16(4) ? r.u16(6 + (g - start) * 2) : 0;
  }
  for (let i = 0; i < r.u16(2); i++) {
    const rec = 4 + i * 6;
    if (g >= r.u16(rec) && g <= r.u16(rec + 2)) return r.u16(rec + 4);
  }
  return 0;
}

const bitCount = (n) => n.toString(2).replace(/0/g, '').length;
/** xAdvance inside a ValueRecord of the given format (bit 0x4), after xPlacement/yPlacement if present. */
const xAdvance = (r, at, format) => (format & 4 ? r.i16(at + 2 * bitCount(format & 3)) : 0);

/** Kerning of (g1, g2) by one PairPos subtable: a number when the subtable applies, else null. */
function pairPos(bytes, at, g1, g2) {
  const r = reader(bytes, at);
  const cov = coverageIndex(bytes, at + r.u16(2), g1);
  if (cov < 0) return null;
  const [vf1, vf2] = [r.u16(4), r.u16(6)];
  const recSize = 2 * (bitCount(vf1) + bitCount(vf2));
  if (r.u16(0) === 1) {
    const set = reader(bytes, at + r.u16(10 + cov * 2));
    for (let i = 0; i < set.u16(0); i++) {
      const rec = 2 + i * (2 + recSize);
      if (set.u16(rec) === g2) return xAdvance(set, rec + 2, vf1);
    }
    return null;
  }
  const [c1, c2] = [classOf(bytes, at + r.u16(8), g1), classOf(bytes, at + r.u16(10), g2)];
  if (c1 >= r.u16(12) || c2 >= r.u16(14)) return null;
  return xAdvance(r, 16 + (c1 * r.u16(14) + c2) * recSize, vf1);
}

/** PairPos subtable offsets of one lookup, unwrapping Extension subtables. */
function pairSubtables(bytes, lookupAt) {
  const r = reader(bytes, lookupAt);
  const offsets = Array.from({ length: r.u16(4) }, (_, i) => lookupAt + r.u16(6 + i * 2));
  if (r.u16(0) === 2) return offsets;
  if (r.u16(0) !== 9) return [];
  return offsets.map((at) => ({ at, ext: reader(bytes, at) }))
    .filter(({ ext }) => ext.u16(2) === 2).map(({ at, ext }) => at + ext.u32(4));
}

/** A function (g1, g2) → summed kerning in font units over the given GPOS lookups. */
export function kerningReader(bytes, lookupIndexes) {
  const gpos = tableOffset(bytes, 'GPOS');
  const list = gpos + reader(bytes, gpos).u16(8);
  const lookups = lookupIndexes.map((i) => pairSubtables(bytes, list + reader(bytes, list).u16(2 + i * 2)));
  return (g1, g2) => lookups.reduce((sum, subtables) => {
    for (const at of subtables) {
      const v = pairPos(bytes, at, g1, g2);
      if (v !== null) return sum + v;
    }
    return sum;
  }, 0);
}
