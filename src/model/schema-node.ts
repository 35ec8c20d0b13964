import { NODE_SHAPES } from '../catalog/index.js';
import { ROLES } from './types.js';
import { color, id, integer, listOf, oneWordOf, ref, string, text } from './schema-parts.js';
import type { Def, ObjectDef } from './schema-types.js';

const link: Def = {
  kind: 'oneOf',
  title: 'Link',
  description: 'A URL, or a map with the URL and a title.',
  expected: 'a URL or a map with url and title',
  options: [
    string('URL', 'Where the link points, e.g. https://wiki.example.com/auth.'),
    {
      kind: 'object', noun: 'link', title: 'Link', description: 'A URL with a title.', required: ['url'],
      properties: { url: string('URL', 'Where the link points.'), title: text('Title', 'What the link is called.') },
    },
  ],
};

const nodeProperties: ObjectDef = {
  kind: 'object',
  noun: 'node',
  title: 'Node properties',
  description: 'A box in the diagram: a service, a store, a client, a tool.',
  properties: {
    label: text('Label', 'The name shown in the box; defaults to the id.'),
    tech: string('Technology', 'What it is built with, from the technology catalog (e.g. postgresql, react, nginx); picks the icon.'),
    icon: string('Icon', 'Overrides the technology\'s icon: a shipped icon id (e.g. kafka), or an .svg or .png file in the model\'s folder, relative to the model file (e.g. ./assets/billing.svg).'),
    description: text('Description', 'What the node does, one line or a paragraph.'),
    links: { ...listOf(link, 'Links', 'Documentation, dashboards or runbooks for this node.'), example: '`links: [https://wiki.example.com/web]`' },
    tags: { ...listOf(text('Tag', 'A free-form tag.'), 'Tags', 'Free-form tags, e.g. for filtering views.'), example: '`tags: [public, tier-1]`' },
    color: ref('color', 'Colour', 'The node\'s own accent; defaults to its group\'s.'),
    role: oneWordOf(ROLES, 'Role', `What the node is for the architecture rules (${ROLES.join(', ')}); default: from its technology.`),
    replicas: integer('Replicas', 'How many instances run; a node on every client path with fewer than 2 is a single point of failure.', 1),
    zone: id('Zone', 'The trust zone the node is in (an id under `zones:`); default: its group\'s.'),
    shape: oneWordOf(NODE_SHAPES, 'Shape', `How the node is drawn (${NODE_SHAPES.join(', ')}); default: from its technology, else card.`),
  },
};

/** A node: its label as a string, a map of properties, or nothing (all defaults). */
export const node: Def = {
  kind: 'oneOf',
  title: 'Node',
  description: 'A node: a label string as shorthand, or a map of properties.',
  expected: 'a label or a map of node properties',
  example: '`web: Web` or `web: { label: Web, tech: react }`',
  options: [
    text('Label', 'Shorthand: the label shown in the box.'),
    nodeProperties,
    { kind: 'null', title: 'Defaults', description: 'A node with its id as label and no technology.' },
  ],
};
