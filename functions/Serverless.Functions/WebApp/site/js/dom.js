// Builds elements from data with textContent only: API text is never parsed as HTML.

/** h('button', { class: 'primary', onclick }, 'Lưu') */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs ?? {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key.startsWith('on') && typeof value === 'function') el.addEventListener(key.slice(2), value);
    else if (key === 'class') el.className = value;
    else if (key === 'dataset') Object.assign(el.dataset, value);
    else if (key === 'value') el.value = value;
    else if (value === true) el.setAttribute(key, '');
    else el.setAttribute(key, String(value));
  }
  append(el, children);
  return el;
}

export function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return el;
}

export function clear(el) {
  while (el.firstChild) el.firstChild.remove();
  return el;
}

let uid = 0;
/** A unique id for label/for and aria-describedby pairs. */
export function nextId(prefix = 'f') {
  uid += 1;
  return `${prefix}-${uid}`;
}

/**
 * A labelled control with a place for its error: field('Lý do', h('textarea', ...), 'reason').
 * The data-field name matches the API's problem details "errors" keys.
 */
export function field(label, control, name, hint) {
  const id = control.id || nextId();
  control.id = id;
  const error = h('p', { class: 'field-error', id: `${id}-error`, hidden: true });
  const describedBy = [`${id}-error`];
  let hintEl = null;
  if (hint) {
    hintEl = h('p', { class: 'hint', id: `${id}-hint` }, hint);
    describedBy.push(`${id}-hint`);
  }
  control.setAttribute('aria-describedby', describedBy.join(' '));
  return h('div', { class: 'field', dataset: name ? { field: name } : {} }, h('label', { for: id }, label), hintEl, control, error);
}

/** Text with the given phrases marked: ranges = [{ start, end, kind }]. */
export function marked(text, ranges) {
  const out = [];
  let at = 0;
  for (const range of [...ranges].sort((a, b) => a.start - b.start || b.end - a.end)) {
    if (range.start < at) continue;
    if (range.start > at) out.push(text.slice(at, range.start));
    out.push(h('mark', { class: range.kind, title: range.title }, text.slice(range.start, range.end)));
    at = range.end;
  }
  if (at < text.length) out.push(text.slice(at));
  return out;
}

/** Where each phrase occurs in text. */
export function findRanges(text, phrases) {
  const ranges = [];
  for (const { phrase, kind, title } of phrases) {
    if (!phrase) continue;
    let from = 0;
    for (;;) {
      const i = text.indexOf(phrase, from);
      if (i < 0) break;
      ranges.push({ start: i, end: i + phrase.length, kind, title });
      from = i + phrase.length;
    }
  }
  return ranges;
}
