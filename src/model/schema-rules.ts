import { EDGE_KINDS, ROLES } from './types.js';
import { RULE_SWITCHES } from './rule-types.js';
import { ID_PATTERN } from './syntax.js';
import { boolean, id, integer, listOf, oneOrMany, oneWordOf, ref, string, text } from './schema-parts.js';
import type { Def, ObjectDef, StringDef } from './schema-types.js';

const ruleSwitch = oneWordOf(RULE_SWITCHES, 'Switch', 'on (its default level), off, or the level of its findings: error, warning, note.');

const optionValue: Def = {
  kind: 'oneOf',
  title: 'Option value',
  description: 'A word, a number, true/false, or a list of words.',
  expected: 'a word, a number, true/false or a list',
  options: [text('Value', 'A word or a number.'), boolean('Flag', 'true or false.'), listOf(text('Item', 'A word.'), 'List', 'Several words.')],
};

const setting: Def = {
  kind: 'oneOf',
  title: 'Rule setting',
  description: 'on, off, error, warning or note; true/false; or { severity, options }.',
  expected: 'on, off, error, warning, note or a map with severity and options',
  example: '`orphan: off` or `observability: { severity: error, options: { roles: [service, gateway] } }`',
  options: [
    ruleSwitch,
    boolean('On or off', 'true: on with its default level; false: off.'),
    {
      kind: 'object', noun: 'rule setting', title: 'Rule setting', description: 'A level and the rule\'s options.',
      properties: {
        severity: ruleSwitch,
        options: {
          kind: 'map', noun: 'option', title: 'Options', description: 'The rule\'s options by name (see docs/rules.md).',
          keys: { kind: 'string', title: 'Option', description: 'An option name.', pattern: '^[a-z][a-z0-9-]*$', allowed: 'an option name' },
          values: optionValue,
        },
      },
    },
  ],
};

const words = (key: string, description: string): Def => oneOrMany(string(key, description), key, description);

/** Which nodes a custom rule means; every key given must match. */
export const selector: ObjectDef = {
  kind: 'object',
  noun: 'selector',
  title: 'Selector',
  description: 'Nodes by id, group (nested groups included), tag, tech, role or zone; every key given must match, any listed value may.',
  example: '`{ group: frontend }` or `{ role: [service, gateway], tag: public }`',
  properties: {
    id: words('Node id', 'Node ids.'),
    group: words('Group', 'Group ids; nodes in nested groups count too.'),
    tag: words('Tag', 'Node tags.'),
    tech: words('Technology', 'Catalog ids or aliases, e.g. postgresql, postgres.'),
    role: oneOrMany(oneWordOf(ROLES, 'Role', `One of ${ROLES.join(', ')}.`), 'Role', 'Node roles.'),
    zone: words('Zone', 'Zone ids.'),
    not: ref('selector', 'Not', 'Nodes this selector must not match.'),
  },
};

const kinds = oneOrMany(oneWordOf(EDGE_KINDS, 'Kind', 'request, data or telemetry.'), 'Kind', 'The edge kinds the rule looks at; default all.');
const side = (title: string, description: string): Def => ref('selector', title, description);

const ends = { from: side('From', 'The calling nodes; default any.'), to: side('To', 'The called nodes; default any.'), kind: kinds };

const edgeMatch = (title: string, description: string, example: string, extra: Record<string, Def> = {}): ObjectDef => ({
  kind: 'object', noun: title.toLowerCase(), title, description, example, properties: { ...ends, ...extra },
});

const limit = edgeMatch('Limit', 'At most so many edges between the selected nodes.', '`{ from: { role: service }, to: { role: service }, max-fan-out: 3 }`', {
  'max-fan-out': integer('Max fan-out', 'Each `from` node has at most this many edges to `to` nodes.', 0),
  'max-fan-in': integer('Max fan-in', 'Each `to` node has at most this many edges from `from` nodes.', 0),
  'max-edges': integer('Max edges', 'At most this many edges from `from` nodes to `to` nodes in all.', 0),
});

const customRule: ObjectDef = {
  kind: 'object',
  noun: 'custom rule',
  title: 'Custom rule',
  description: 'A rule without code: an id, one of deny, require or limit, a message and a severity.',
  example: '`{ id: no-web-to-db, deny: { from: { group: frontend }, to: { role: database } }, message: "…" }`',
  required: ['id'],
  properties: {
    id: id('Rule id', 'Names the rule in findings, in SARIF and under `rules:`.'),
    deny: edgeMatch('Deny', 'No edge may go from a `from` node to a `to` node.', '`{ from: { group: frontend }, to: { role: database } }`'),
    require: edgeMatch('Require', 'Every `from` node has an edge to some `to` node.', '`{ from: { role: service }, to: { tech: prometheus }, kind: telemetry }`'),
    limit,
    message: text('Message', 'What a finding says.'),
    description: text('Description', 'What the rule is for (shown in SARIF).'),
    severity: { ...ruleSwitch, description: 'error (default), warning, note, or off.' },
  },
};

const ruleKey: StringDef = {
  kind: 'string', title: 'Rule id', description: 'A built-in or custom rule id.', pattern: ID_PATTERN, code: 'unknown-rule', allowed: 'a rule id',
  explain: () => 'rule ids are words joined by "-", e.g. gateway-entry (see docs/rules.md), or the id of a custom rule',
};

/** The `rules:` block of a model or of `neonarch.config.yaml`. */
export const rules: ObjectDef = {
  kind: 'object',
  noun: 'rules',
  title: 'Rules',
  description: 'Architecture rules: rule id → on, off, error, warning, note or { severity, options }; `custom:` adds rules without code.',
  example: '`rules: { orphan: off, gateway-entry: error }`',
  properties: { custom: { kind: 'list', noun: 'custom rule', items: customRule, title: 'Custom rules', description: 'Rules written as deny, require or limit over selectors.' } },
  additional: { keys: ruleKey, values: setting },
};
