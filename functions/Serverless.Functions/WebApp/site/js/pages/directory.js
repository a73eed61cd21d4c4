// The office's agency directory: add an agency, import a list (CSV or Excel), find one, edit its name, kind and
// supervisor, the other names notices use for it, retire it (agencies are never deleted); the groups (groups.js);
// and the audit trail.
// Every change goes through /api/agencies...; a refusal is shown beside its field or, for a list, row by row.
import { h, clear, field } from '../dom.js';
import { api, uploadList, forgetAgencies } from '../api.js';
import * as f from '../format.js';
import { loadFailed, formMessage, submitting, flash, splitNames, editDisclosure } from '../ui.js';
import { groupsSection } from './groups.js';


export async function renderDirectory(main) {
  main.append(h('p', { class: 'loading' }, 'Đang tải…'));
  let directory;
  let groups;
  let audit;
  try {
    [directory, groups, audit] = await Promise.all([api('agencies').then((r) => r.data), api('agency-groups').then((r) => r.data.items),
      api('agencies/audit?pageSize=20').then((r) => r.data.items)]);
  } catch (error) {
    loadFailed(main, error);
    return;
  }
  const collator = new Intl.Collator('vi');
  const agencies = [...directory.items].sort((a, b) => collator.compare(a.name, b.name));
  // After a change: the directory cache of the other pages is dropped and this page is drawn again.
  const changed = async (message) => {
    forgetAgencies();
    clear(main);
    await renderDirectory(main);
    flash(message);
  };
  const kinds = directory.kinds;
  clear(main).append(h('h1', {}, 'Danh mục cơ quan'),
    h('div', { class: 'actions' }, createForm(agencies, kinds, changed), importForm(changed)),
    agencyTable(agencies, kinds, changed),
    groupsSection(groups, agencies, kinds, changed),
    auditTable(audit));
}

function kindSelect(kinds, value) {
  return h('select', {}, kinds.map((k) => h('option', { value: k.code, selected: k.code === value }, k.label)));
}

function supervisorSelect(agencies, value, except) {
  return h('select', {}, h('option', { value: '' }, '— Không có —'),
    agencies.filter((a) => !a.retired && a.code !== except).map((a) => h('option', { value: a.code, selected: a.code === value }, `${a.name} (${a.code})`)));
}

function createForm(agencies, kinds, changed) {
  const code = h('input', { type: 'text', autocomplete: 'off', class: 'short' });
  const name = h('input', { type: 'text', autocomplete: 'off' });
  const kind = kindSelect(kinds, 'so-ban-nganh');
  const supervisor = supervisorSelect(agencies, '');
  const aliases = h('input', { type: 'text', autocomplete: 'off' });
  const form = h('form', { class: 'card', novalidate: true, 'aria-labelledby': 'create-agency' },
    h('h2', { id: 'create-agency' }, 'Thêm cơ quan'), formMessage(),
    field('Mã', code, 'code', 'Chữ in hoa không dấu, số và "-", ví dụ SXD.'),
    field('Tên', name, 'name'),
    field('Loại', kind, 'kind'),
    field('Cơ quan cấp trên', supervisor, 'supervisor', 'Nhận cảnh báo quá hạn mức 2 của cơ quan này.'),
    field('Tên gọi khác', aliases, 'aliases', 'Cách ghi trong thông báo, cách nhau bằng dấu ";".'),
    h('button', { type: 'submit', class: 'primary' }, 'Thêm cơ quan'));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    submitting(form, async () => {
      const body = { code: code.value.trim(), name: name.value.trim(), kind: kind.value, aliases: splitNames(aliases.value) };
      if (supervisor.value) body.supervisor = supervisor.value;
      const { data } = await api('agencies', { method: 'POST', json: body });
      await changed(`Đã thêm ${data.name} (${data.code}).`);
    });
  });
  return form;
}

function importForm(changed) {
  const file = h('input', { type: 'file', accept: '.csv,.xlsx' });
  const form = h('form', { class: 'card', novalidate: true, 'aria-labelledby': 'import-agencies' },
    h('h2', { id: 'import-agencies' }, 'Nhập danh sách từ tệp'), formMessage(),
    field('Tệp danh sách', file, 'file', 'CSV (UTF-8) hoặc Excel, dòng đầu: code,name,kind,supervisor,aliases. Mã mới được thêm, mã đã có được cập nhật; một dòng sai thì không lưu dòng nào.'),
    h('button', { type: 'submit' }, 'Nhập danh sách'));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    submitting(form, async () => {
      const { data } = await uploadList('agencies/import', file.files?.[0]);
      await changed(`Đã nhập ${data.imported} cơ quan; danh mục có ${data.agencies} cơ quan.`);
    });
  });
  return form;
}

function agencyTable(agencies, kinds, changed) {
  const filter = h('input', { type: 'search', autocomplete: 'off', placeholder: 'Mã, tên hoặc tên gọi khác' });
  const byCode = new Map(agencies.map((a) => [a.code, a]));
  const rows = agencies.map((a) => {
    const row = h('tr', { dataset: { code: a.code, search: [a.code, a.name, ...a.aliases].join(' ').toLowerCase() }, class: a.retired ? 'retired' : null },
      h('td', {}, a.code), h('td', {}, a.name, a.retired ? h('span', { class: 'badge' }, 'Ngừng sử dụng') : ''),
      h('td', {}, a.kindLabel), h('td', {}, a.supervisor ? byCode.get(a.supervisor)?.name ?? a.supervisor : ''),
      h('td', {}, h('ul', { class: 'chips aliases' }, a.aliases.map((alias) => h('li', {}, alias, ' ',
        a.retired ? '' : h('button', { type: 'button', class: 'link', 'aria-label': `Bỏ tên gọi ${alias}`, onclick: () => removeAlias(a, alias, changed) }, 'Bỏ'))))),
      // Three small forms per agency, drawn when opened: rename and re-file, another name, retire.
      h('td', {}, a.retired ? '' : editDisclosure(() => [updateForm(a, agencies, kinds, changed), aliasForm(a, changed), retireForm(a, changed)])));
    return row;
  });
  filter.addEventListener('input', () => {
    const words = filter.value.trim().toLowerCase().normalize('NFC');
    for (const row of rows) row.hidden = words !== '' && !row.dataset.search.normalize('NFC').includes(words);
  });
  return h('section', { class: 'card', 'aria-labelledby': 'agency-list' },
    h('h2', { id: 'agency-list' }, `Các cơ quan (${agencies.length})`),
    field('Tìm cơ quan', filter, 'filter'),
    h('div', { class: 'table-wrap' }, h('table', { class: 'directory' },
      h('thead', {}, h('tr', {}, ['Mã', 'Tên', 'Loại', 'Cấp trên', 'Tên gọi khác', ''].map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', {}, rows))));
}

async function removeAlias(agency, alias, changed) {
  try {
    await api(`agencies/${encodeURIComponent(agency.code)}/aliases?alias=${encodeURIComponent(alias)}`, { method: 'DELETE' });
    await changed(`Đã bỏ tên gọi "${alias}" của ${agency.name}.`);
  } catch (error) {
    flash(error.message, 'error');
  }
}

function updateForm(agency, agencies, kinds, changed) {
  const name = h('input', { type: 'text', value: agency.name, autocomplete: 'off' });
  const kind = kindSelect(kinds, agency.kind);
  const supervisor = supervisorSelect(agencies, agency.supervisor ?? '', agency.code);
  const form = h('form', { novalidate: true }, formMessage(), field('Tên', name, 'name'), field('Loại', kind, 'kind'),
    field('Cơ quan cấp trên', supervisor, 'supervisor'), h('button', { type: 'submit' }, 'Lưu thay đổi'));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    submitting(form, async () => {
      await api(`agencies/${encodeURIComponent(agency.code)}`, { method: 'PATCH', json: { name: name.value.trim(), kind: kind.value, supervisor: supervisor.value } });
      await changed(`Đã lưu ${name.value.trim()} (${agency.code}).`);
    });
  });
  return form;
}

function aliasForm(agency, changed) {
  const alias = h('input', { type: 'text', autocomplete: 'off' });
  const form = h('form', { novalidate: true }, formMessage(), field('Thêm tên gọi', alias, 'alias'), h('button', { type: 'submit' }, 'Thêm tên gọi'));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    submitting(form, async () => {
      await api(`agencies/${encodeURIComponent(agency.code)}/aliases`, { method: 'POST', json: { alias: alias.value.trim() } });
      await changed(`Đã thêm tên gọi "${alias.value.trim()}" cho ${agency.name}.`);
    });
  });
  return form;
}

function retireForm(agency, changed) {
  const reason = h('input', { type: 'text', autocomplete: 'off' });
  const form = h('form', { novalidate: true }, formMessage(),
    field('Lý do ngừng sử dụng', reason, 'reason', 'Ví dụ: sáp nhập vào Sở Tài chính. Nhiệm vụ và lịch sử được giữ; cơ quan không nhận nhiệm vụ mới.'),
    h('button', { type: 'submit', class: 'danger' }, 'Ngừng sử dụng'));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    submitting(form, async () => {
      await api(`agencies/${encodeURIComponent(agency.code)}/retire`, { method: 'POST', json: { reason: reason.value.trim() } });
      await changed(`Đã ngừng sử dụng ${agency.name} (${agency.code}).`);
    });
  });
  return form;
}

function auditTable(items) {
  return h('section', { class: 'card', 'aria-labelledby': 'directory-audit' },
    h('h2', { id: 'directory-audit' }, 'Lịch sử thay đổi gần nhất'),
    items.length === 0 ? h('p', { class: 'empty' }, 'Chưa có thay đổi nào.') : h('div', { class: 'table-wrap' }, h('table', { class: 'directory-audit' },
      h('thead', {}, h('tr', {}, ['Lúc', 'Người sửa', 'Việc', 'Cơ quan', 'Nội dung'].map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', {}, items.map((e) => h('tr', {},
        h('td', { class: 'nowrap' }, f.dateTimeVn(e.at)), h('td', {}, `${e.subject} (${f.label(f.roles, e.role)})`),
        h('td', {}, f.label(f.directoryActions, e.action)), h('td', {}, e.target), h('td', {}, e.detail)))))));
}
