// An agency's work: its tasks by the four categories, "sắp đến hạn" (due within 3 working days), and its inbox.
import { h, clear } from '../dom.js';
import { api, all, agencies as loadAgencies } from '../api.js';
import * as f from '../format.js';
import { loadFailed, agencyName } from '../ui.js';
import { taskTable } from '../tasks.js';

const filters = [
  ['all', 'Tất cả'],
  ['dueSoon', 'Sắp đến hạn'],
  ['inProgressOverdue', f.categories.inProgressOverdue],
  ['inProgressOnTime', f.categories.inProgressOnTime],
  ['completedLate', f.categories.completedLate],
  ['completedOnTime', f.categories.completedOnTime],
  ['awaitingDate', f.statuses.awaitingDate],
];

export async function renderWork(main, current) {
  main.append(h('p', { class: 'loading' }, 'Đang tải công việc…'));
  let tasks; let calendar; let list; let inbox; let contacts;
  try {
    [tasks, calendar, list, inbox, contacts] = await Promise.all([
      all('tasks'),
      api('calendar').then((r) => r.data),
      loadAgencies(),
      api(`agencies/${encodeURIComponent(current.agency)}/notifications?pageSize=50`).then((r) => r.data.items),
      // Who the reminders reach; the page works without it.
      api(`agencies/${encodeURIComponent(current.agency)}/contacts`).then((r) => r.data, () => null),
    ]);
  } catch (error) {
    loadFailed(main, error);
    return;
  }

  const isDueSoon = (t) => t.status === 'inProgress' && t.dueDate && t.dueDate >= calendar.today && t.dueDate <= calendar.dueSoonUntil;
  const matches = (key) => (t) => {
    if (key === 'all') return true;
    if (key === 'dueSoon') return isDueSoon(t);
    if (key === 'awaitingDate') return t.status === 'awaitingDate';
    return t.category === key;
  };
  const byOverdue = (a, b) => (b.daysOverdue ?? -1) - (a.daysOverdue ?? -1) || String(a.dueDate ?? '9999').localeCompare(String(b.dueDate ?? '9999'));

  clear(main);
  const results = h('div', { id: 'work-results' });
  const group = h('div', { class: 'filters', role: 'group', 'aria-label': 'Lọc theo tình trạng' });
  const show = (key) => {
    for (const button of group.querySelectorAll('button')) button.setAttribute('aria-pressed', String(button.value === key));
    const shown = tasks.filter(matches(key)).sort(byOverdue);
    clear(results).append(shown.length
      ? taskTable(shown, list, { caption: `${filters.find(([k]) => k === key)[1]}: ${shown.length} nhiệm vụ`, showAgency: false })
      : h('p', { class: 'empty' }, 'Không có nhiệm vụ nào.'));
  };
  for (const [key, text] of filters) {
    const count = tasks.filter(matches(key)).length;
    group.append(h('button', { type: 'button', value: key, 'aria-pressed': 'false', onclick: () => show(key) }, `${text} (${count})`));
  }

  main.append(
    h('h1', {}, `Việc của ${agencyName(list, current.agency)}`),
    h('p', { class: 'hint' }, `Hôm nay ${f.date(calendar.today)}. "Sắp đến hạn": đến hạn trong ${calendar.dueSoonWorkingDays} ngày làm việc (đến ${f.date(calendar.dueSoonUntil)}).`),
    h('section', { 'aria-labelledby': 'work-tasks' }, h('h2', { id: 'work-tasks' }, 'Nhiệm vụ'), group, results),
    h('section', { class: 'card', 'aria-labelledby': 'work-inbox' },
      h('h2', { id: 'work-inbox' }, 'Hộp thư nhắc việc'),
      inbox.length === 0 ? h('p', { class: 'empty' }, 'Chưa có thông báo nào.')
        : h('ul', { class: 'inbox' }, inbox.map((n) => h('li', { dataset: { notificationId: n.id } },
          h('p', {}, h('strong', {}, f.label(f.kinds, n.kind)), ` · ${f.dateTimeVn(n.scheduledFor)} · hạn ${f.date(n.dueDate)}`),
          h('p', {}, n.message),
          h('p', {}, h('a', { href: `#/task/${encodeURIComponent(n.taskId)}` }, 'Mở nhiệm vụ để xác nhận và báo cáo')))))),
    contacts ? recipients(contacts) : '',
  );
  const initial = tasks.some(isDueSoon) ? 'dueSoon' : 'all';
  show(initial);
}

// Who receives the agency's reminders by email or webhook: the agency checks it; the office changes it.
function recipients(view) {
  const none = view.contacts.length === 0 && !view.webhook;
  return h('section', { class: 'card', 'aria-labelledby': 'work-recipients' },
    h('h2', { id: 'work-recipients' }, 'Người nhận thông báo của cơ quan'),
    none ? h('p', { class: 'warning' }, 'Cơ quan chưa có người nhận thư điện tử: nhắc việc chỉ hiện trong hộp thư trên. Đề nghị Văn phòng nhập người nhận.')
      : h('ul', { class: 'recipients' },
        view.contacts.map((c) => h('li', {}, `${c.name} (${f.label(f.contactRoles, c.role)}), ${c.email}: `,
          c.levels.map((l) => f.label(f.ladderLevels, l)).join(', '))),
        view.webhook ? h('li', {}, `Webhook: ${view.webhook.url}`) : ''),
    none ? '' : h('p', { class: 'hint' }, 'Cần thay đổi? Đề nghị Văn phòng cập nhật.'));
}
