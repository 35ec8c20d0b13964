// Reads an SVG drawn as compiled React (`jsx("path", { d: "…" })`, as @likec4/icons ships it) into a
// plain element tree, by parsing the module with TypeScript: the package's code is never run.
import { readFileSync } from 'node:fs';
import ts from 'typescript';

/** SVG attributes whose React name is not the kebab-case of the SVG name. */
const KEEP_CAMEL = new Set(['viewBox', 'gradientTransform', 'gradientUnits', 'clipPathUnits', 'maskUnits', 'maskContentUnits', 'preserveAspectRatio', 'patternUnits', 'spreadMethod']);
const attrName = (name) => (name === 'className' ? 'class' : name === 'xlinkHref' ? 'href' : KEEP_CAMEL.has(name) ? name : name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`));

/** The element tree the module's component returns: { tag, attrs, children } with text as strings. */
export function readJsxSvg(file) {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
  let root = null;
  const find = (node) => {
    if (!root && isElementCall(node) && node.arguments[0].text === 'svg') root = element(node);
    else ts.forEachChild(node, find);
  };
  find(source);
  if (!root) throw new Error(`${file}: no svg element`);
  return root;
}

const isElementCall = (node) => ts.isCallExpression(node) && node.arguments.length >= 2
  && ts.isStringLiteral(node.arguments[0]) && ts.isObjectLiteralExpression(node.arguments[1]);

function element(call) {
  const attrs = {};
  let children = [];
  for (const prop of call.arguments[1].properties) {
    if (ts.isSpreadAssignment(prop)) continue; // the component's own props: none are passed
    if (!ts.isPropertyAssignment(prop)) throw new Error(`unexpected property ${prop.getText()}`);
    const name = ts.isStringLiteral(prop.name) ? prop.name.text : prop.name.getText();
    if (name === 'children') children = [value(prop.initializer)].flat();
    else attrs[attrName(name)] = String(value(prop.initializer));
  }
  return { tag: call.arguments[0].text, attrs, children };
}

function value(node) {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isNumericLiteral(node)) return Number(node.text);
  if (ts.isPrefixUnaryExpression(node) && node.operator === ts.SyntaxKind.MinusToken) return -value(node.operand);
  if (ts.isArrayLiteralExpression(node)) return node.elements.map(value);
  if (isElementCall(node)) return element(node);
  throw new Error(`unexpected value ${node.getText()}`);
}
