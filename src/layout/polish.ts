// Finishing touches any engine's body gets: straight routes, centred labels, titles clear of edges.
import type { Body } from './body.js';
import { centreLabel } from './edge-labels.js';
import { clearTitle } from './group-titles.js';
import { cleanRoute } from './routes.js';

/** The body with clean orthogonal routes, labels centred on them, group titles off the lines. */
export function polish(body: Body): Body {
  const edges = body.edges.map((e) => centreLabel({ ...e, points: cleanRoute(e.points) }));
  return { ...body, edges, groups: body.groups.map((g) => clearTitle(g, edges)) };
}
