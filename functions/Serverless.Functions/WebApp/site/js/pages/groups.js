// The office's agency groups ("các sở, ban, ngành tỉnh", "UBND các xã, phường"): a directive addressed to a group
// drafts one task per active member. A group is every agency of some kinds plus named members; notices may write it
// under other names. POST /api/agency-groups, PATCH /api/agency-groups/{code}.
import { h, field } from '../dom.js';
import { api } from '../api.js';
import { formMessage, submitting, splitNames, editDisclosure } from '../ui.js';

/** The groups' table with an editor per group, and the form that adds one. */
export function groupsSection(groups, agencies, kinds, changed) {
  const names = new Map(agencies.map((a) => [a.code, a.name]));
  const kindLabels = new Map(kinds.map((k) => [k.code, k.label]));
  return h('section', { class: 'card', 'aria-labelledby': 'agency-groups' },
    h('h2', { id: 'agency-groups' }, `Nhóm cơ quan (${groups.length})`),
    h('div', { class: 'table-wrap' }, h('table', { class: 'groups' },
      h('thead', {}, h('tr', {}, ['Mã', 'Tên', 'Gồm', 'Tên gọi khác', 'Áp dụng cho', ''].map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', {}, groups.map((g) => h('tr', { dataset: { code: g.code }, class: g.retired ? 'retired' : null },
        h('td', {}, g.code), h('td', {}, g.name, g.retired ? h('span', { class: 'badge' }, 'Ngừng sử dụng') : ''),
        h('td', {}, [...g.kinds.map((k) => `mọi ${kindLabels.get(k) ?? k}`), ...g.members.map((m) => names.get(m) ?? m)].join('; ')),
        h('td', {}, g.aliases.join('; ')),
        h('td', { class: 'expands', title: g.expandsTo.map((m) => names.get(m) ?? m).join('; ') }, `${g.expandsTo.length} cơ quan`),
        h('td', {}, editDisclosure(() => [groupForm(g, agencies, kinds, changed)]))))))),
    groupForm(null, agencies, kinds, changed));
}

// Adds a group (group null) or changes one; the same fields either way.
function groupForm(group, agencies, kinds, changed) {
  const code = group ? null : h('input', { type: 'text', autocomplete: 'off', class: 'short' });
  const name = h('input', { type: 'text', value: group?.name ?? '', autocomplete: 'off' });
  const kindBoxes = h('div', { class: 'chips levels', role: 'group' }, kinds.map((k) => h('label', {},
    h('input', { type: 'checkbox', value: k.code, checked: group?.kinds.includes(k.code) ?? false }), ` ${k.label}`)));
  const members = h('select', { multiple: true, size: 8 }, agencies.filter((a) => !a.retired).map((a) =>
    h('option', { value: a.code, selected: group?.members.includes(a.code) ?? false }, `${a.name} (${a.code})`)));
  const aliases = h('input', { type: 'text', value: group?.aliases.join('; ') ?? '', autocomplete: 'off' });
  const retired = group ? h('input', { type: 'checkbox', checked: group.retired }) : null;
  const form = h('form', { novalidate: true, class: group ? null : 'add-group' },
    group ? null : h('h3', {}, 'Thêm nhóm'), formMessage(),
    code ? field('Mã nhóm', code, 'code', 'Chữ in hoa không dấu, số và "-".') : null,
    field('Tên nhóm', name, 'name'),
    field('Mọi cơ quan thuộc loại', kindBoxes, 'kinds'),
    field('Và các cơ quan', members, 'members', 'Giữ Ctrl (hoặc ⌘) để chọn nhiều.'),
    field('Tên gọi khác của nhóm', aliases, 'aliases', 'Cách ghi trong thông báo, cách nhau bằng dấu ";".'),
    retired ? h('label', {}, retired, ' Ngừng sử dụng nhóm') : null,
    h('button', { type: 'submit', class: group ? null : 'primary' }, group ? 'Lưu nhóm' : 'Thêm nhóm'));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    submitting(form, async () => {
      const body = {
        name: name.value.trim(),
        kinds: [...kindBoxes.querySelectorAll('input:checked')].map((box) => box.value),
        members: [...members.selectedOptions].map((option) => option.value),
        aliases: splitNames(aliases.value),
      };
      if (group) body.retired = retired.checked;
      else body.code = code.value.trim();
      const { data } = group
        ? await api(`agency-groups/${encodeURIComponent(group.code)}`, { method: 'PATCH', json: body })
        : await api('agency-groups', { method: 'POST', json: body });
      await changed(`Đã lưu nhóm ${data.name} (${data.code}): áp dụng cho ${data.expandsTo.length} cơ quan.`);
    });
  });
  return form;
}
