// Outlines from layout written as SVG path data.
import { ellipsePoint, type PathPart, type Piece } from '../../layout/shapes/path.js';
import { num } from '../xml.js';

const pt = (x: number, y: number): string => `${num(x)},${num(y)}`;

// SVG draws no arc of a full turn or more, so those go in halves; sweep 1 is the direction of increasing angle.
function arcData(p: Extract<PathPart, { kind: 'arc' }>): string {
  const sweep = p.to - p.from;
  if (Math.abs(sweep) >= 2 * Math.PI - 1e-9) return arcData({ ...p, to: p.from + sweep / 2 }) + arcData({ ...p, from: p.from + sweep / 2 });
  const end = ellipsePoint(p.center, p.rx, p.ry, p.to);
  return ` A${num(p.rx)},${num(p.ry)} 0 ${Math.abs(sweep) > Math.PI ? 1 : 0} ${sweep > 0 ? 1 : 0} ${pt(end.x, end.y)}`;
}

function partData(p: PathPart): string {
  switch (p.kind) {
    case 'move': return `M${pt(p.to.x, p.to.y)}`;
    case 'line': return ` L${pt(p.to.x, p.to.y)}`;
    case 'arc': return arcData(p);
    case 'cubic': return ` C${pt(p.c1.x, p.c1.y)} ${pt(p.c2.x, p.c2.y)} ${pt(p.to.x, p.to.y)}`;
  }
}

/** Path data of one piece; `closed` adds the Z that joins it back to its start. */
export function pathData(piece: Piece, closed = true): string {
  return piece.map(partData).join('') + (closed && piece.length ? ' Z' : '');
}
