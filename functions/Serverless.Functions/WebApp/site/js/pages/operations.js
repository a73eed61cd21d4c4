// Operators: notifications the dispatcher gave up on, with their last error; put one back in line.
import { h, clear } from '../dom.js';
import { api, all } from '../api.js';
import * as f from '../format.js';
import { loadFailed, flash, formMessage, submitting } from '../ui.js';

export async function renderOperations(main, current) {
  main.append(h('p', { class: 'loading' }, 'Đang tải…'));
  let failed;
  try {
    failed = await all('operations/notifications/failed');
  } catch (error) {
    loadFailed(main, error);
    return;
  }
  clear(main).append(h('h1', {}, 'Vận hành: thông báo gửi thất bại'));
  if (failed.length === 0) {
    main.append(h('p', { class: 'empty card' }, 'Không có thông báo nào gửi thất bại.'));
    return;
  }
  main.append(h('div', { class: 'table-wrap card' }, h('table', { class: 'failed' },
    h('caption', {}, `${failed.length} thông báo gửi thất bại`),
    h('thead', {}, h('tr', {}, ['Mã thông báo', 'Nơi nhận', 'Nhiệm vụ', 'Số lần thử', 'Lỗi cuối', 'Lúc', ''].map((t) => h('th', { scope: 'col' }, t)))),
    h('tbody', {}, failed.map((n) => {
      const form = h('form', { class: 'inline', novalidate: true }, formMessage(), h('button', { type: 'submit' }, 'Gửi lại'));
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        submitting(form, async () => {
          await api(`operations/notifications/${encodeURIComponent(n.recipient)}/${encodeURIComponent(n.notificationId)}/redispatch`, { method: 'POST' });
          flash(`Đã đưa thông báo ${n.notificationId} trở lại hàng đợi gửi.`);
          clear(main);
          await renderOperations(main, current);
        });
      });
      return h('tr', { dataset: { notificationId: n.notificationId } },
        h('td', {}, n.notificationId), h('td', {}, n.recipient), h('td', {}, n.taskId), h('td', { class: 'num' }, n.attempts),
        h('td', {}, n.lastError ?? ''), h('td', { class: 'nowrap' }, f.dateTimeVn(n.failedAt)), h('td', {}, form));
    })))));
}
