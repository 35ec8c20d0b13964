// Box sizes from text: node cards, group titles and padding, edge labels, title band, legend.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CARD, cardsOf } from '../src/layout/sizing.js';
import { edgeLabel, groupPadding, groupTitle } from '../src/layout/label-sizing.js';
import { legendBox } from '../src/layout/legend.js';
import { balancedWrap, titleBand } from '../src/layout/title.js';
import { measureText } from '../src/text/measure.js';
import { isInside } from '../src/scene/geometry.js';
import { edge, group, model, node } from './layout-fixtures.js';

test('cards share one width between the minimum and the maximum, and one height', () => {
  const cards = cardsOf(model([], [node('a', null, 'server', 'A'), node('b', null, 'server', 'Billing and Invoicing Service')], []));
  const [a, b] = [cards.get('a')!, cards.get('b')!];
  assert.equal(a.width, b.width);
  assert.equal(a.height, b.height);
  assert.ok(a.width >= CARD.minWidth && a.width <= CARD.maxWidth);
});

test('a long name wraps and its lines stay inside the card', () => {
  const long = 'Customer Relationship Management Synchronisation Service';
  const card = cardsOf(model([], [node('a', null, 'server', long)], [])).get('a')!;
  assert.ok(card.label.lines.length >= 2);
  assert.equal(card.label.lines.join(' '), long);
  const frame = { x: 0, y: 0, width: card.width, height: card.height };
  for (const box of [card.label, card.sublabel!, card.iconBox!]) assert.ok(isInside(box, frame, 0), JSON.stringify(box));
});

test('text starts after the icon slot, which is kept for a tech without an icon', () => {
  const withIcon = cardsOf(model([], [node('a')], [])).get('a')!;
  const noIcon = cardsOf(model([], [{ ...node('a'), icon: null }], [])).get('a')!;
  const bare = cardsOf(model([], [node('a', null, null)], [])).get('a')!;
  assert.equal(withIcon.label.x, noIcon.label.x);
  assert.equal(noIcon.iconBox, null);
  assert.equal(bare.label.x, CARD.padding);
  assert.equal(bare.sublabel, null);
  assert.ok(withIcon.iconBox && withIcon.label.x >= withIcon.iconBox.x + withIcon.iconBox.width);
});

test('a group title fits in the top padding', () => {
  const g = group('g', null, 'Monitoring & Observability');
  const title = groupTitle(g);
  assert.ok(title.y + title.height < groupPadding(g).top);
  assert.ok(title.width > 0);
});

test('edge labels get padding round the text; unlabelled edges none', () => {
  const box = edgeLabel(edge('a', 'b', 'request', 'HTTPS'))!;
  assert.ok(box.width > 20 && box.height > 11);
  assert.equal(edgeLabel(edge('a', 'b')), null);
});

test('the title band holds the title then the wrapped description', () => {
  const m = { ...model([], [], []), description: 'word '.repeat(200).trim() };
  const band = titleBand(m, 500);
  assert.equal(band.lines[0], 'Test');
  assert.ok(band.lines.length > 2);
  assert.equal(band.lines.slice(1).join(' '), m.description);
});

test('the legend lists the kinds used, in the canonical order', () => {
  const e = (kind: 'request' | 'data' | 'telemetry') => ({ id: kind, from: 'a', to: 'b', kind, points: [], label: null });
  assert.deepEqual(legendBox([e('telemetry'), e('request')])?.items.map((i) => i.text), ['Request flow', 'Telemetry']);
  assert.equal(legendBox([]), null);
});

test('a wrapped description is balanced: as few lines, evened out', () => {
  const text = 'Containerised workspace where clients enter through the ingress and pods call the APIs, which keep state in S3.';
  const style = { size: 13, weight: 400 } as const;
  const lines = balancedWrap(text, style, 600);
  assert.equal(lines.length, 2);
  assert.equal(lines.join(' '), text);
  const [a, b] = lines.map((l) => measureText(l, style));
  assert.ok(Math.abs(a! - b!) < 120, `${a} vs ${b}`);
});
