// Shared page pieces: messages, problem details next to their fields, confirmations.
import { h, clear, append } from './dom.js';
import { ApiError } from './api.js';

/** A message for the whole page (role=alert is read out). kind: 'ok' | 'error'. */
export function flash(message, kind = 'ok') {
  const el = document.getElementById('flash');
  clear(el).append(message);
  el.className = `flash ${kind}`;
  el.hidden = false;
}

export function clearFlash() {
  const el = document.getElementById('flash');
  el.hidden = true;
  clear(el);
}

/** A box holding a form's overall message; place it at the top of the form. */
export function formMessage() {
  return h('div', { class: 'form-message', role: 'alert', hidden: true });
}

/** Clears the errors shown in a form. */
export function clearProblems(form) {
  for (const el of form.querySelectorAll('.field-error')) {
    el.hidden = true;
    clear(el);
  }
  for (const el of form.querySelectorAll('[aria-invalid]')) el.removeAttribute('aria-invalid');
  const box = form.querySelector('.form-message');
  if (box) {
    box.hidden = true;
    clear(box);
  }
}

function fieldFor(form, name) {
  // "directives[0].tasks[1].leadAgency" is looked up as written, then by its last part.
  const candidates = [name, name.replace(/^body\./, ''), name.split('.').pop().replace(/\[\d+\]$/, '')];
  for (const candidate of candidates) {
    const el = [...form.querySelectorAll('[data-field]')].find((x) => x.dataset.field === candidate);
    if (el) return el;
  }
  return null;
}

/** Shows an API failure: each named field's message beside it, the title and detail at the top of the form. */
export function showProblem(form, error) {
  clearProblems(form);
  const box = form.querySelector('.form-message');
  const status = error instanceof ApiError ? error.status : 0;
  const title = error?.problem?.title;
  const detail = error?.message || 'Đã xảy ra lỗi.';
  let first = null;
  const unplaced = [];
  for (const [name, messages] of Object.entries(error?.errors ?? {})) {
    const holder = fieldFor(form, name);
    const message = messages.join(' ');
    if (!holder) {
      unplaced.push(`${name}: ${message}`);
      continue;
    }
    const slot = holder.querySelector('.field-error');
    clear(slot).append(message);
    slot.hidden = false;
    const control = holder.querySelector('input, select, textarea');
    control?.setAttribute('aria-invalid', 'true');
    first ??= control;
  }
  const summary = [title && title !== detail ? `${title}: ` : '', detail, status ? ` (mã ${status})` : ''].join('');
  if (box) {
    append(clear(box), [h('p', {}, summary), unplaced.length ? h('ul', {}, unplaced.map((u) => h('li', {}, u))) : null]);
    box.className = 'form-message error';
    box.hidden = false;
  } else {
    flash(summary, 'error');
  }
  (first ?? box)?.focus?.();
}

export function showDone(form, message) {
  clearProblems(form);
  const box = form.querySelector('.form-message');
  if (!box) {
    flash(message);
    return;
  }
  clear(box).append(message);
  box.className = 'form-message ok';
  box.hidden = false;
}

/** Runs an action from a form: disables its buttons while waiting, shows problems next to fields. */
export async function submitting(form, action) {
  const buttons = [...form.querySelectorAll('button')];
  buttons.forEach((b) => { b.disabled = true; });
  try {
    clearFlash();
    clearProblems(form);
    return await action();
  } catch (error) {
    showProblem(form, error);
    return undefined;
  } finally {
    buttons.forEach((b) => { b.disabled = false; });
  }
}

/** A page-level failure (loading a page): message in the main area. */
export function loadFailed(main, error) {
  clear(main).append(h('section', { class: 'card error', role: 'alert' },
    h('h1', {}, error?.problem?.title || 'Không tải được dữ liệu'),
    h('p', {}, error?.message || 'Đã xảy ra lỗi.', error?.status ? ` (mã ${error.status})` : '')));
}

/** "a; b ;; c" → ['a', 'b', 'c']: the other names an agency or a group goes by, as the office types them. */
export function splitNames(text) {
  return text.split(';').map((x) => x.trim()).filter(Boolean);
}

/** A "Sửa" disclosure whose contents are built when first opened (a directory has hundreds of rows). */
export function editDisclosure(build) {
  const details = h('details', { class: 'edit-agency' }, h('summary', {}, 'Sửa'));
  details.addEventListener('toggle', () => {
    if (details.open && !details.querySelector('form')) details.append(...build());
  });
  return details;
}

export function agencyName(list, code) {
  return list.byCode.get(code)?.name ?? code;
}
