// Leaders and the office: who is behind (chart + table), the overdue list, extension requests and tasks waiting
// for a date. Leaders decide in place; the office reads.
import { h, clear, field } from '../dom.js';
import { api, all, agencies as loadAgencies } from '../api.js';
import * as f from '../format.js';
import { loadFailed, agencyName, flash } from '../ui.js';
import { taskTable, excerpt } from '../tasks.js';
import { decisionForm } from './task.js';

const series = [
  ['inProgressOverdue', '#b3261e'],
  ['completedLate', '#e8a33d'],
  ['inProgressOnTime', '#2f6fb5'],
  ['completedOnTime', '#2e7d32'],
];

let chart = null;

export async function renderOverview(main, current) {
  main.append(h('p', { class: 'loading' }, 'Đang tải số liệu…'));
  let statistics; let overdue; let pending; let awaiting; let list; let calendar;
  try {
    [statistics, overdue, pending, awaiting, list, calendar] = await Promise.all([
      api('statistics').then((r) => r.data),
      all('tasks?overdue=true'),
      all('tasks?pendingExtension=true'),
      all('tasks?status=awaitingDate'),
      loadAgencies(),
      api('calendar').then((r) => r.data),
    ]);
  } catch (error) {
    loadFailed(main, error);
    return;
  }
  const pendingDetails = await Promise.all(pending.map((t) => api(`tasks/${encodeURIComponent(t.id)}`).then((r) => r.data).catch(() => null)));

  clear(main);
  main.append(h('h1', {}, 'Tổng quan thực hiện nhiệm vụ'),
    h('p', { class: 'hint' }, `Số liệu đến ngày ${f.date(calendar.today)} (giờ Việt Nam).`));
  main.append(chartSection(statistics));
  main.append(overdueSection(overdue, list));
  main.append(h('section', { class: 'card', 'aria-labelledby': 'ov-ext' },
    h('h2', { id: 'ov-ext' }, `Đề nghị gia hạn chờ quyết định (${pendingDetails.filter(Boolean).length})`),
    pendingDetails.filter(Boolean).length === 0 ? h('p', { class: 'empty' }, 'Không có đề nghị nào đang chờ.')
      : h('ul', { class: 'extensions' }, pendingDetails.filter(Boolean).flatMap((task) => task.extensions
        .filter((x) => x.decision === 'pending')
        .map((x) => h('li', { dataset: { requestId: x.requestId, taskId: task.id } },
          h('p', {}, h('a', { href: `#/task/${encodeURIComponent(task.id)}` }, `${task.noticeNumber} · mục ${task.directiveNumber}`),
            ` · ${agencyName(list, task.leadAgency)}`),
          h('p', {}, excerpt(task.content, 200)),
          h('p', { class: 'extension-dates' }, `Hạn hiện tại ${f.date(x.currentDueDate)} → đề nghị ${f.date(x.requestedDueDate)}`),
          h('p', {}, `Lý do: ${x.reason}`),
          current.role === 'leader'
            ? decisionForm(task.id, x, async (message) => { flashAndRerender(main, current, message); })
            : h('p', { class: 'hint' }, 'Lãnh đạo quyết định gia hạn.')))))));
  main.append(h('section', { class: 'card', 'aria-labelledby': 'ov-await' },
    h('h2', { id: 'ov-await' }, `Nhiệm vụ chờ xác định thời hạn (${awaiting.length})`),
    awaiting.length === 0 ? h('p', { class: 'empty' }, 'Không có nhiệm vụ nào chờ thời hạn.')
      : [taskTable(awaiting, list), current.role === 'leader' ? h('p', { class: 'hint' }, 'Mở nhiệm vụ để đặt thời hạn.') : null]));
}

async function flashAndRerender(main, current, message) {
  clear(main);
  await renderOverview(main, current);
  flash(message);
}

function chartSection(statistics) {
  const rows = statistics.agencies.filter((a) => a.total > 0);
  const canvas = h('canvas', { id: 'agency-chart', role: 'img', 'aria-label': 'Biểu đồ cột chồng: số nhiệm vụ theo bốn loại của từng cơ quan chủ trì, cơ quan quá hạn nhiều nhất ở trên' });
  const holder = h('div', { class: 'chart' }, canvas);
  holder.dataset.rows = String(rows.length);
  const section = h('section', { class: 'card', 'aria-labelledby': 'ov-chart' },
    h('h2', { id: 'ov-chart' }, 'Tình hình theo cơ quan chủ trì'),
    rows.length === 0 ? h('p', { class: 'empty' }, 'Chưa có nhiệm vụ nào.') : holder,
    h('details', {}, h('summary', {}, 'Bảng số liệu'), h('div', { class: 'table-wrap' }, h('table', { class: 'statistics' },
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Cơ quan'),
        series.map(([key]) => h('th', { scope: 'col' }, statistics.labels?.[key] ?? f.categories[key])),
        h('th', { scope: 'col' }, 'Chờ thời hạn'), h('th', { scope: 'col' }, 'Quá hạn lâu nhất (ngày)'))),
      h('tbody', {}, rows.map((a) => h('tr', { dataset: { agency: a.code } }, h('th', { scope: 'row' }, a.name),
        series.map(([key]) => h('td', { class: 'num' }, a[key])),
        h('td', { class: 'num' }, a.awaitingDate), h('td', { class: 'num' }, a.maxDaysOverdue))))))));
  if (rows.length) {
    // Height grows with the number of agencies so each bar keeps a readable label.
    holder.classList.add(rows.length > 12 ? 'tall' : rows.length > 6 ? 'medium' : 'short');
    queueMicrotask(() => drawChart(canvas, rows, statistics.labels ?? f.categories));
  }
  return section;
}

async function drawChart(canvas, rows, labels) {
  const { Chart } = await import('../../vendor/chart.js');
  chart?.destroy();
  chart = new Chart(canvas, {
    type: 'bar',
    data: {
      labels: rows.map((a) => a.name),
      datasets: series.map(([key, color]) => ({ label: labels[key] ?? f.categories[key], data: rows.map((a) => a[key]), backgroundColor: color })),
    },
    options: {
      indexAxis: 'y',
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      scales: { x: { stacked: true, beginAtZero: true, ticks: { precision: 0 } }, y: { stacked: true } },
      plugins: { legend: { position: 'bottom' } },
    },
  });
  canvas.dataset.ready = 'true';
}

function overdueSection(overdue, list) {
  const agencySelect = h('select', { name: 'agency' }, h('option', { value: '' }, 'Tất cả cơ quan'),
    [...new Set(overdue.map((t) => t.leadAgency))].sort().map((code) => h('option', { value: code }, agencyName(list, code))));
  const noticeSelect = h('select', { name: 'notice' }, h('option', { value: '' }, 'Tất cả thông báo'),
    [...new Map(overdue.map((t) => [t.noticeId, t.noticeNumber])).entries()].map(([id, number]) => h('option', { value: id }, number)));
  const results = h('div', {});
  const show = () => {
    const shown = overdue
      .filter((t) => !agencySelect.value || t.leadAgency === agencySelect.value)
      .filter((t) => !noticeSelect.value || t.noticeId === noticeSelect.value)
      .sort((a, b) => (b.daysOverdue ?? 0) - (a.daysOverdue ?? 0));
    clear(results).append(shown.length ? taskTable(shown, list, { caption: `${shown.length} nhiệm vụ quá hạn` }) : h('p', { class: 'empty' }, 'Không có nhiệm vụ quá hạn.'));
  };
  agencySelect.addEventListener('change', show);
  noticeSelect.addEventListener('change', show);
  show();
  return h('section', { class: 'card', 'aria-labelledby': 'ov-overdue' },
    h('h2', { id: 'ov-overdue' }, `Nhiệm vụ quá hạn (${overdue.length})`),
    h('div', { class: 'filters-row' }, field('Lọc theo cơ quan', agencySelect, 'agency'), field('Lọc theo thông báo', noticeSelect, 'notice')),
    results);
}
