/** Deeper than any real model by far, and far from where the YAML library's recursion nears the stack limit. */
export const MAX_NESTING = 200;

/**
 * An upper bound of the nesting depth: indentation and `- ` indicators of the deepest line plus the
 * deepest bracket level. Checked before parsing because, near the stack limit, V8 can abort the
 * whole process (a regexp compiled there runs out of memory) instead of throwing.
 */
export function nestingEstimate(text: string): { depth: number; offset: number } {
  const block = deepestIndent(text);
  const flow = deepestBrackets(text);
  return { depth: block.depth + flow.depth, offset: block.depth >= flow.depth ? block.offset : flow.offset };
}

function deepestIndent(text: string): { depth: number; offset: number } {
  let best = { depth: 0, offset: 0 };
  for (const m of text.matchAll(/^(?:[ \t]|[-?:](?=[ \t]))*/gm)) {
    if (m[0].length > best.depth) best = { depth: m[0].length, offset: m.index };
  }
  return best;
}

function deepestBrackets(text: string): { depth: number; offset: number } {
  let level = 0;
  let best = { depth: 0, offset: 0 };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '[' || c === '{') level++;
    else if ((c === ']' || c === '}') && level > 0) level--;
    if (level > best.depth) best = { depth: level, offset: i };
  }
  return best;
}
