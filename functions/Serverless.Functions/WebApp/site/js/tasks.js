// Pieces shared by the task lists and the task page.
import { h } from './dom.js';
import * as f from './format.js';

const stageNames = {
  'remind-7d': 'Nhắc trước 7 ngày',
  'remind-3d': 'Nhắc trước 3 ngày',
  'remind-1d': 'Nhắc trước 1 ngày',
  'due-today': 'Nhắc đúng ngày hạn',
  'overdue-1d': 'Quá hạn 1 ngày (cơ quan chủ trì)',
  'overdue-3d': 'Quá hạn 3 ngày (cơ quan quản lý)',
  'overdue-7d': 'Quá hạn 7 ngày (lãnh đạo)',
};

/** "remind-7d" → "Nhắc trước 7 ngày"; later weekly stages "overdue-14d" → "Quá hạn 14 ngày". */
export function stageName(stage) {
  if (stageNames[stage]) return stageNames[stage];
  const m = /^overdue-(\d+)d$/.exec(stage);
  return m ? `Quá hạn ${m[1]} ngày` : stage;
}

export function categoryBadge(task) {
  if (!task.category) return h('span', { class: 'badge' }, f.label(f.statuses, task.status));
  return h('span', { class: `badge ${task.category}` }, task.categoryLabel || f.label(f.categories, task.category));
}

/** A short piece of a long text for tables. */
export function excerpt(text, length = 140) {
  const clean = String(text ?? '').replace(/\s+/g, ' ').trim();
  return clean.length > length ? `${clean.slice(0, length - 1)}…` : clean;
}

/** A list of tasks as a table; each row opens its task. */
export function taskTable(tasks, agencies, { caption, showAgency = true } = {}) {
  const name = (code) => agencies.byCode.get(code)?.name ?? code;
  return h('div', { class: 'table-wrap' }, h('table', { class: 'tasks' },
    caption ? h('caption', {}, caption) : null,
    h('thead', {}, h('tr', {},
      h('th', { scope: 'col' }, 'Thông báo'),
      h('th', { scope: 'col' }, 'Mục'),
      h('th', { scope: 'col' }, 'Nội dung'),
      showAgency ? h('th', { scope: 'col' }, 'Chủ trì') : null,
      h('th', { scope: 'col' }, 'Hạn'),
      h('th', { scope: 'col' }, 'Tình trạng'))),
    h('tbody', {}, tasks.map((t) => h('tr', { dataset: { taskId: t.id } },
      h('td', {}, t.noticeNumber),
      h('td', { class: 'num' }, t.directiveNumber),
      h('td', {}, h('a', { href: `#/task/${encodeURIComponent(t.id)}`, title: t.content }, t.title || excerpt(t.content))),
      showAgency ? h('td', {}, name(t.leadAgency)) : null,
      h('td', { class: 'nowrap' }, t.dueDate ? f.date(t.dueDate) : f.label(f.timings, t.timing)),
      h('td', {}, categoryBadge(t),
        t.daysOverdue ? h('span', { class: 'overdue-days' }, ` quá ${t.daysOverdue} ngày`) : null,
        t.pendingExtensions ? h('span', { class: 'badge pending' }, 'Chờ duyệt gia hạn') : null))))));
}
