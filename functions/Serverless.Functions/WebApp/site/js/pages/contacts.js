// The office: who receives each agency's reminders and escalations (people by email, and a webhook), and who changed
// it. GET/PUT /api/agencies/{code}/contacts; the PUT replaces the whole list, and its problems are shown beside
// their fields ("contacts[0].email", "webhook.secret").
import { h, clear, field } from '../dom.js';
import { api, uploadList, agencies as loadAgencies } from '../api.js';
import * as f from '../format.js';
import { loadFailed, formMessage, submitting, showDone, flash } from '../ui.js';

export async function renderContacts(main) {
  main.append(h('p', { class: 'loading' }, 'Đang tải…'));
  let list;
  try {
    list = await loadAgencies();
  } catch (error) {
    loadFailed(main, error);
    return;
  }
  const picker = h('select', {}, h('option', { value: '' }, '— Chọn cơ quan —'),
    list.items.filter((a) => !a.retired).map((a) => h('option', { value: a.code }, `${a.name} (${a.code})`)));
  const editor = h('div', {});
  picker.addEventListener('change', () => showAgency(editor, list, picker.value));
  clear(main).append(h('h1', {}, 'Người nhận thông báo'),
    h('section', { class: 'card' }, field('Cơ quan', picker, 'agency', 'Người nhận thư điện tử và webhook của cơ quan nhận nhắc việc và cảnh báo quá hạn.')),
    editor,
    importForm(() => showAgency(editor, list, picker.value)));
}

// Many agencies at once: one row per person; each agency in the file gets exactly its rows (its webhook is kept).
function importForm(reload) {
  const file = h('input', { type: 'file', accept: '.csv,.xlsx' });
  const form = h('form', { class: 'card', novalidate: true, 'aria-labelledby': 'import-contacts' },
    h('h2', { id: 'import-contacts' }, 'Nhập danh sách người nhận từ tệp'), formMessage(),
    field('Tệp người nhận', file, 'file', 'CSV (UTF-8) hoặc Excel, dòng đầu: agency,name,role,email,levels; vai trò: Thủ trưởng, Đầu mối hoặc Cấp phó; '
      + 'các mức cách nhau bằng ";" (để trống: theo vai trò). Mỗi cơ quan có trong tệp nhận đúng những người trong tệp; một dòng sai thì không lưu gì.'),
    h('button', { type: 'submit' }, 'Nhập danh sách người nhận'));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    submitting(form, async () => {
      const { data } = await uploadList('contacts/import', file.files?.[0]);
      form.reset();
      await reload();
      flash(`Đã lưu ${data.contacts} người nhận của ${data.agencies} cơ quan.`);
    });
  });
  return form;
}

async function showAgency(editor, list, code) {
  clear(editor);
  if (!code) return;
  editor.append(h('p', { class: 'loading' }, 'Đang tải…'));
  try {
    const { data } = await api(`agencies/${encodeURIComponent(code)}/contacts`);
    clear(editor).append(contactsForm(editor, list, data), changesTable(data.changes));
  } catch (error) {
    loadFailed(editor, error);
  }
}

function contactsForm(editor, list, view) {
  const name = list.byCode.get(view.agency)?.name ?? view.agency;
  const rows = h('div', { class: 'contacts' });
  const addRow = (contact) => rows.append(contactRow(rows, contact));
  view.contacts.forEach(addRow);
  const url = h('input', { type: 'url', value: view.webhook?.url ?? '', autocomplete: 'off' });
  const secret = h('input', { type: 'password', autocomplete: 'new-password' });
  const form = h('form', { class: 'card', novalidate: true },
    h('h2', {}, `Người nhận của ${name}`),
    formMessage(),
    rows,
    h('p', {}, h('button', { type: 'button', onclick: () => { addRow(null); renumber(rows); } }, 'Thêm người nhận')),
    h('fieldset', {}, h('legend', {}, 'Webhook (không bắt buộc)'),
      field('Địa chỉ webhook', url, 'webhook.url', 'Để trống để không gửi qua webhook.'),
      field('Khóa ký', secret, 'webhook.secret', view.webhook?.secretSet
        ? 'Đã có khóa ký; để trống để giữ khóa hiện có.'
        : 'Dạng whsec_... (Standard Webhooks); bắt buộc với địa chỉ mới.')),
    h('div', { class: 'buttons' }, h('button', { type: 'submit', class: 'primary' }, 'Lưu')));
  renumber(rows);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    submitting(form, async () => {
      const body = { contacts: [...rows.querySelectorAll('fieldset.contact')].map(readContact) };
      if (url.value.trim()) body.webhook = { url: url.value.trim(), ...(secret.value ? { secret: secret.value } : {}) };
      const { data } = await api(`agencies/${encodeURIComponent(view.agency)}/contacts`, { method: 'PUT', json: body });
      clear(editor).append(contactsForm(editor, list, data), changesTable(data.changes));
      showDone(editor.querySelector('form'), `Đã lưu ${data.contacts.length} người nhận của ${name}.`);
    });
  });
  return form;
}

// A person: name, role, address and the ladder levels they receive (a focal point gets everything by default, a
// head or deputy the escalations).
function contactRow(rows, contact) {
  const role = h('select', {}, Object.entries(f.contactRoles).map(([value, text]) => h('option', { value }, text)));
  role.value = contact?.role ?? 'focalPoint';
  const levels = h('div', { class: 'chips levels', role: 'group' }, Object.entries(f.ladderLevels).map(([value, text]) => h('label', {},
    h('input', { type: 'checkbox', value, checked: contact ? contact.levels.includes(Number(value)) : true }), ` ${text}`)));
  const set = h('fieldset', { class: 'contact' }, h('legend', {}, 'Người nhận'),
    h('div', { class: 'row' },
      field('Họ và tên', h('input', { type: 'text', value: contact?.name ?? '', autocomplete: 'off' }), 'name'),
      field('Vai trò', role, 'role'),
      field('Thư điện tử', h('input', { type: 'email', value: contact?.email ?? '', autocomplete: 'off' }), 'email')),
    field('Nhận các mức', levels, 'levels'),
    h('button', { type: 'button', class: 'danger', onclick: () => { set.remove(); renumber(rows); } }, 'Xóa người này'));
  if (!contact) {
    role.addEventListener('change', () => {
      for (const box of levels.querySelectorAll('input')) box.checked = role.value === 'focalPoint' || box.value !== '0';
    });
  }
  return set;
}

// Field names follow the API's problem details: contacts[i].name, contacts[i].email, ...
function renumber(rows) {
  [...rows.querySelectorAll('fieldset.contact')].forEach((set, i) => {
    set.querySelector('legend').textContent = `Người nhận ${i + 1}`;
    for (const holder of set.querySelectorAll('[data-field]')) {
      holder.dataset.field = `contacts[${i}].${holder.dataset.field.split('.').pop()}`;
    }
  });
}

function readContact(set) {
  const value = (name) => set.querySelector(`[data-field$=".${name}"] input, [data-field$=".${name}"] select`)?.value.trim() ?? '';
  return {
    name: value('name'),
    role: value('role'),
    email: value('email'),
    levels: [...set.querySelectorAll('.levels input:checked')].map((box) => Number(box.value)),
  };
}

function changesTable(changes) {
  if (!changes?.length) return h('p', { class: 'empty' }, 'Chưa có thay đổi nào.');
  return h('div', { class: 'table-wrap card' }, h('table', { class: 'contact-changes' },
    h('caption', {}, 'Các lần thay đổi gần nhất'),
    h('thead', {}, h('tr', {}, ['Lúc', 'Người sửa', 'Sau thay đổi'].map((t) => h('th', { scope: 'col' }, t)))),
    h('tbody', {}, changes.map((c) => h('tr', {},
      h('td', { class: 'nowrap' }, f.dateTimeVn(c.at)), h('td', {}, `${c.subject} (${f.label(f.roles, c.role)})`),
      h('td', {}, c.summary || 'Không có người nhận', c.webhookUrl ? `; webhook ${c.webhookUrl}` : '', c.secretChanged ? ' (khóa ký mới)' : ''))))));
}
