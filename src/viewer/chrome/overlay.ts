// The error overlay: the diagnostics of a broken save, over the last good diagram, until the file is fixed.
import type { ViewerDiagnostic, ViewerModel } from '../contract.js';
import { h, replace } from '../dom.js';

/** A card over the diagram listing errors with file:line:col, message, hint and code frame. */
export class ErrorOverlay {
  readonly el = h('div', { class: 'nx-overlay', role: 'alert', hidden: true });

  /** Shows the model's errors, or hides the overlay when there are none. */
  show(model: ViewerModel): void {
    const errors = model.diagnostics.filter((d) => d.severity === 'error');
    this.el.hidden = errors.length === 0;
    if (!errors.length) return replace(this.el);
    const stale = model.scene && model.drawnRevision < model.revision;
    const note = stale ? 'The diagram shows the last version without errors. Fix the file and save: it updates by itself.' : 'Nothing can be drawn until the errors are fixed.';
    replace(this.el,
      h('header', {}, h('span', { class: 'nx-overlay-mark', 'aria-hidden': 'true' }, '!'), h('div', {},
        h('h2', {}, `${errors.length} error${errors.length === 1 ? '' : 's'} in ${model.file}`), h('p', {}, note))),
      h('ol', {}, ...errors.map(item)));
  }
}

function item(d: ViewerDiagnostic): HTMLElement {
  return h('li', {},
    h('div', { class: 'nx-diag-head' }, d.where ? h('code', { class: 'nx-where' }, d.where) : null, h('span', { class: 'nx-diag-code' }, d.code)),
    h('p', { class: 'nx-diag-message' }, d.message),
    d.hint ? h('p', { class: 'nx-hint' }, `hint: ${d.hint}`) : null,
    d.frame ? h('pre', { class: 'nx-frame' }, d.frame) : null);
}
