// Every shape gives its content the room it needs: the label, caption and icon boxes lie inside the
// outline (not only the box), with short and long names, alone or sharing a size with other shapes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { NODE_SHAPES } from '../src/catalog/types.js';
import { CARD, cardsOf } from '../src/layout/sizing.js';
import { contentArea, shapeFrame } from '../src/layout/shapes/index.js';
import { isInside } from '../src/scene/geometry.js';
import { model } from './layout-fixtures.js';
import { boxInsideOutline, shaped } from './shapes-fixtures.js';

const LONG = 'Customer Relationship Management Synchronisation Service';
const NAMES = ['DB', 'Orders', LONG];
/** Text may come this close to an outline, px. */
const MARGIN = 3;

function assertInside(shape: (typeof NODE_SHAPES)[number], cards: ReturnType<typeof cardsOf>, id: string): void {
  const card = cards.get(id)!;
  const box = { x: 0, y: 0, width: card.width, height: card.height };
  for (const part of [card.label, card.sublabel, card.iconBox]) {
    if (!part) continue;
    assert.ok(isInside(part, box, 0), `${shape} ${id}: ${JSON.stringify(part)} outside its box`);
    assert.ok(boxInsideOutline(shape, box, part, MARGIN), `${shape} ${id}: ${JSON.stringify(part)} not inside the outline of ${card.width}×${card.height}`);
  }
}

for (const shape of NODE_SHAPES) {
  test(`${shape}: label, caption and icon inside the outline, short and long names, with and without a tech`, () => {
    for (const [i, name] of NAMES.entries()) {
      for (const tech of ['postgresql', null]) {
        const id = `n${i}`;
        const cards = cardsOf(model([], [shaped(id, shape, name, tech)], []));
        assertInside(shape, cards, id);
        assert.equal(cards.get(id)!.shape, shape);
      }
    }
  });
}

test('sharing one size with every other shape, each still holds its content', () => {
  const nodes = NODE_SHAPES.flatMap((s, i) => [shaped(`s${i}`, s, 'API'), shaped(`l${i}`, s, LONG, 'postgresql')]);
  const cards = cardsOf(model([], nodes, []));
  assert.equal(new Set([...cards.values()].map((c) => `${c.width}x${c.height}`)).size, 1);
  NODE_SHAPES.forEach((s, i) => [`s${i}`, `l${i}`].forEach((id) => assertInside(s, cards, id)));
});

test('text sits at mid-height in every shape but the person and the cloud, so baselines line up across a row', () => {
  const others = NODE_SHAPES.filter((s) => s !== 'person' && s !== 'cloud');
  const cards = cardsOf(model([], others.map((s) => shaped(s, s, 'Orders')), []));
  assert.equal(new Set(others.map((s) => cards.get(s)!.label.y)).size, 1);
  const icons = new Set(others.map((s) => JSON.stringify([cards.get(s)!.iconBox!.y, cards.get(s)!.iconBox!.width])));
  assert.equal(icons.size, 1, 'icons at one height and one size');
});

test('a model of cards alone keeps the card size; a cylinder adds room for its rims', () => {
  const cards = cardsOf(model([], [shaped('a', 'card', 'Orders')], []));
  const a = cards.get('a')!;
  assert.equal(a.height, a.label.height + CARD.techGap + a.sublabel!.height + 2 * CARD.padding);
  assert.equal(a.label.x, CARD.padding + CARD.icon + CARD.iconGap);
  const withDb = cardsOf(model([], [shaped('a', 'card', 'Orders'), shaped('b', 'cylinder', 'Orders')], []));
  assert.ok(withDb.get('a')!.height > a.height);
});

test('the cloud keeps its content area inside its outline from narrow to very wide', () => {
  for (let aspect = 1.5; aspect <= 4.5; aspect += 0.25) {
    const box = { x: 0, y: 0, width: 80 * aspect, height: 80 };
    assert.ok(boxInsideOutline('cloud', box, contentArea(shapeFrame('cloud'), box.width, box.height), 2), `aspect ${aspect}`);
  }
});

test('an unknown shape name (a scene from before shapes) is drawn as a card', () => {
  assert.equal(shapeFrame(undefined), shapeFrame('card'));
  assert.equal(shapeFrame('constructor'), shapeFrame('card'));
});
