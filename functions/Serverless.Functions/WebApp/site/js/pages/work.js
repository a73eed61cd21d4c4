// An agency's work: its open tasks by category and "sắp đến hạn" (due within 3 working days), the tasks it completed
// or saw cancelled (read only when asked: they are the agency's whole history), its inbox and who receives it.
import { h, clear } from '../dom.js';
import { api, all, agencies as loadAgencies } from '../api.js';
import * as f from '../format.js';
import { loadFailed, agencyName } from '../ui.js';
import { taskTable } from '../tasks.js';

// Open work, read when the page opens: its cost follows what the agency has to do now, not its history.
const openFilters = [
  ['open', 'Đang mở'],
  ['dueSoon', 'Sắp đến hạn'],
  ['inProgressOverdue', f.categories.inProgressOverdue],
  ['inProgressOnTime', f.categories.inProgressOnTime],
  ['awaitingDate', f.statuses.awaitingDate],
];
// Finished work, read on the first click of one of its filters (by status).
const finishedFilters = [
  ['completedLate', f.categories.completedLate, 'completed'],
  ['completedOnTime', f.categories.completedOnTime, 'completed'],
  ['cancelled', f.statuses.cancelled, 'cancelled'],
];
const labelOf = (key) => [...openFilters, ...finishedFilters].find(([k]) => k === key)[1];

export async function renderWork(main, current) {
  main.append(h('p', { class: 'loading' }, 'Đang tải công việc…'));
  let inProgress; let awaiting; let calendar; let list; let inbox; let contacts;
  try {
    [inProgress, awaiting, calendar, list, inbox, contacts] = await Promise.all([
      all('tasks?status=inProgress'),
      all('tasks?status=awaitingDate'),
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
  const open = [...inProgress, ...awaiting];
  const finished = new Map(); // status → its tasks, once read

  const isDueSoon = (t) => t.status === 'inProgress' && t.dueDate && t.dueDate >= calendar.today && t.dueDate <= calendar.dueSoonUntil;
  const matches = (key) => (t) => {
    if (key === 'open') return true;
    if (key === 'dueSoon') return isDueSoon(t);
    if (key === 'awaitingDate' || key === 'cancelled') return t.status === key;
    return t.category === key;
  };
  const byOverdue = (a, b) => (b.daysOverdue ?? -1) - (a.daysOverdue ?? -1) || String(a.dueDate ?? '9999').localeCompare(String(b.dueDate ?? '9999'));

  clear(main);
  const results = h('div', { id: 'work-results' });
  const group = h('div', { class: 'filters', role: 'group', 'aria-label': 'Lọc theo tình trạng' });
  const show = (key, tasks) => {
    for (const button of group.querySelectorAll('button')) button.setAttribute('aria-pressed', String(button.value === key));
    const shown = tasks.filter(matches(key)).sort(byOverdue);
    clear(results).append(shown.length
      ? taskTable(shown, list, { caption: `${labelOf(key)}: ${shown.length} nhiệm vụ`, showAgency: false })
      : h('p', { class: 'empty' }, 'Không có nhiệm vụ nào.'));
  };
  for (const [key, text] of openFilters) {
    group.append(h('button', { type: 'button', value: key, 'aria-pressed': 'false', onclick: () => show(key, open) }, `${text} (${open.filter(matches(key)).length})`));
  }
  const showFinished = async (key, status) => {
    if (!finished.has(status)) {
      clear(results).append(h('p', { class: 'loading' }, 'Đang tải…'));
      try {
        finished.set(status, await all(`tasks?status=${status}`));
      } catch (error) {
        loadFailed(results, error);
        return;
      }
      // Once read, the buttons of that status show their counts too.
      for (const [k, text, s] of finishedFilters) {
        if (s === status) group.querySelector(`button[value='${k}']`).textContent = `${text} (${finished.get(status).filter(matches(k)).length})`;
      }
    }
    show(key, finished.get(status));
  };
  for (const [key, text, status] of finishedFilters) {
    group.append(h('button', { type: 'button', value: key, 'aria-pressed': 'false', onclick: () => showFinished(key, status) }, text));
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
  show(open.some(isDueSoon) ? 'dueSoon' : 'open', open);
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
