import { DIRECTIONS } from './types.js';
import { node } from './schema-node.js';
import { edge } from './schema-edge.js';
import { selector, rules } from './schema-rules.js';
import { color, id, integer, ref, string, text } from './schema-parts.js';
import type { Def, MapDef, ObjectDef, StringDef } from './schema-types.js';

const idKey = (title: string): StringDef => id(title, 'Unique over the whole file: nodes and groups share one namespace.');

const nodes = (description: string): MapDef => ({
  kind: 'map',
  noun: 'node',
  title: 'Nodes',
  description,
  example: '`nodes: { web: { label: Web, tech: react }, api: API }`',
  keys: idKey('Node id'),
  values: ref('node', 'Node', 'A box: its label as a string, a map of properties (label, tech, icon, description, links, tags, color, role, replicas, zone, shape), or nothing.'),
});

const groups = (description: string): MapDef => ({
  kind: 'map',
  noun: 'group',
  title: 'Groups',
  description,
  example: '`groups: { frontend: { label: Frontend, nodes: { web: Web } } }`',
  keys: idKey('Group id'),
  values: ref('group', 'Group', 'A frame around nodes: label, description, color, nested groups, nodes.'),
});

const EDGE_HELP = '"a -> b" request, "a --> b" data, "a ..> b" telemetry; "a, b -> c: label"; or { from, to, kind, label, description }.';

const group: ObjectDef = {
  kind: 'object',
  noun: 'group',
  title: 'Group',
  description: 'A frame around related nodes: a layer, a zone, a team.',
  properties: {
    label: text('Label', 'The title of the frame; defaults to the id.'),
    description: text('Description', 'What the group holds.'),
    color: ref('color', 'Colour', 'Accent of the frame; top-level groups cycle green, magenta, cyan; nested ones take their parent\'s.'),
    zone: id('Zone', 'The trust zone of the nodes inside (an id under `zones:`); default: the parent group\'s.'),
    groups: groups('Groups nested inside this one.'),
    nodes: nodes('The nodes inside this group, by id.'),
  },
};

const zones: MapDef = {
  kind: 'map',
  noun: 'zone',
  title: 'Zones',
  description: 'Trust zones by id; nodes and groups name one with `zone:`. An edge into a more trusted zone must declare TLS.',
  example: '`zones: { public: { trust: 0 }, internal: { trust: 2 } }`',
  keys: id('Zone id', 'Named by `zone:` on nodes and groups.'),
  values: {
    kind: 'object', noun: 'zone', title: 'Zone', description: 'A trust zone.', required: ['trust'],
    properties: {
      label: text('Label', 'The zone\'s name; defaults to the id.'),
      description: text('Description', 'What the zone holds.'),
      trust: integer('Trust', 'How trusted the zone is: higher is more trusted (e.g. public 0, internal 2, data 3).'),
    },
  },
};

/** Named definitions, emitted as `$defs`. */
export const DEFS: Readonly<Record<string, Def>> = { group, node, edge, color, selector };

/** The whole `*.arch.yaml` file: the single source of the validator and the JSON Schema. */
export const MODEL: ObjectDef = {
  kind: 'object',
  noun: 'model',
  title: 'neonarch model',
  description: 'An architecture model for neonarch: groups, nodes and edges.',
  properties: {
    $schema: string('JSON Schema', 'The schema for editors; neonarch ignores it.'),
    title: text('Title', 'Shown at the top of the diagram; defaults to the file name.'),
    description: text('Description', 'One line or a paragraph about the system.'),
    direction: { kind: 'string', title: 'Direction', description: 'Where the flow goes: down, right, up or left; default down.', enum: DIRECTIONS, allowed: `one of ${DIRECTIONS.join(', ')}` },
    theme: string('Theme', 'A theme name (dark-neon, light, high-contrast, blueprint, synthwave), or a theme file in the model\'s folder that extends one, relative to the model file (e.g. ./brand.theme.yaml).'),
    groups: groups('Top-level groups, by id.'),
    nodes: nodes('Nodes outside any group, by id.'),
    edges: { kind: 'list', noun: 'edge', example: '`edges: [ web -> api, api --> db ]`', items: ref('edge', 'Edge', EDGE_HELP), title: 'Edges', description: 'Connections between nodes: request (->), data (-->), telemetry (..>).' },
    zones,
    rules,
  },
};

/** A project's `neonarch.config.yaml`, shared by the models in and below its folder. */
export const PROJECT_CONFIG: ObjectDef = {
  kind: 'object',
  noun: 'project config',
  title: 'neonarch project config',
  description: 'Settings shared by every model in and below this folder; a model\'s own settings override them.',
  properties: {
    $schema: string('JSON Schema', 'The schema for editors; neonarch ignores it.'),
    rules,
  },
};
