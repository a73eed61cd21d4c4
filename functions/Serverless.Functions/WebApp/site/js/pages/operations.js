// Operators: notifications the dispatcher gave up on (put one back in line), and deliveries that did not reach a
// person (refused by the mail server or the webhook, given up on, or an agency with nobody to send to: retry one now).
import { h, clear } from '../dom.js';
import { api, all } from '../api.js';
import * as f from '../format.js';
import { loadFailed, flash, formMessage, submitting } from '../ui.js';

export async function renderOperations(main, current) {
  main.append(h('p', { class: 'loading' }, 'Đang tải…'));
  let failed;
  let deliveries;
  try {
    [failed, deliveries] = await Promise.all([all('operations/notifications/failed'), all('operations/deliveries/failed')]);
  } catch (error) {
    loadFailed(main, error);
    return;
  }
  const again = async () => {
    clear(main);
    await renderOperations(main, current);
  };
  clear(main).append(h('h1', {}, 'Vận hành'), failedNotifications(failed, again), failedDeliveries(deliveries, again));
}

function failedNotifications(failed, again) {
  const section = h('section', { 'aria-labelledby': 'failed-notifications' }, h('h2', { id: 'failed-notifications' }, 'Thông báo gửi thất bại'));
  if (failed.length === 0) {
    section.append(h('p', { class: 'empty card' }, 'Không có thông báo nào gửi thất bại.'));
    return section;
  }
  section.append(h('div', { class: 'table-wrap card' }, h('table', { class: 'failed' },
    h('caption', {}, `${failed.length} thông báo gửi thất bại`),
    h('thead', {}, h('tr', {}, ['Mã thông báo', 'Nơi nhận', 'Nhiệm vụ', 'Số lần thử', 'Lỗi cuối', 'Lúc', ''].map((t) => h('th', { scope: 'col' }, t)))),
    h('tbody', {}, failed.map((n) => {
      const form = h('form', { class: 'inline', novalidate: true }, formMessage(), h('button', { type: 'submit' }, 'Gửi lại'));
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        submitting(form, async () => {
          await api(`operations/notifications/${encodeURIComponent(n.recipient)}/${encodeURIComponent(n.notificationId)}/redispatch`, { method: 'POST' });
          await again();
          flash(`Đã đưa thông báo ${n.notificationId} trở lại hàng đợi gửi.`);
        });
      });
      return h('tr', { dataset: { notificationId: n.notificationId } },
        h('td', {}, n.notificationId), h('td', {}, n.recipient), h('td', {}, n.taskId), h('td', { class: 'num' }, n.attempts),
        h('td', {}, n.lastError ?? ''), h('td', { class: 'nowrap' }, f.dateTimeVn(n.failedAt)), h('td', {}, form));
    })))));
  return section;
}

// One row per notification and address; the retry is per notification (its copies already delivered are not sent again).
function failedDeliveries(deliveries, again) {
  const section = h('section', { 'aria-labelledby': 'failed-deliveries' }, h('h2', { id: 'failed-deliveries' }, 'Chưa đến được người nhận'));
  if (deliveries.length === 0) {
    section.append(h('p', { class: 'empty card' }, 'Mọi thông báo đã đến người nhận.'));
    return section;
  }
  const missing = [...new Set(deliveries.filter((d) => d.outcome === 'noContacts').map((d) => d.recipient))];
  if (missing.length > 0) {
    section.append(h('p', { class: 'warning' },
      `Cơ quan chưa có người nhận: ${missing.join(', ')}. Văn phòng nhập người nhận ở trang "Người nhận thông báo", rồi bấm "Thử lại".`));
  }
  section.append(h('div', { class: 'table-wrap card' }, h('table', { class: 'failed-deliveries' },
    h('caption', {}, `${deliveries.length} lần gửi chưa thành công`),
    h('thead', {}, h('tr', {}, ['Mã thông báo', 'Nơi nhận', 'Kênh', 'Địa chỉ', 'Tình trạng', 'Lý do', 'Lúc', ''].map((t) => h('th', { scope: 'col' }, t)))),
    h('tbody', {}, deliveries.map((d, i) => {
      const first = deliveries.findIndex((x) => x.notificationId === d.notificationId) === i;
      return h('tr', { dataset: { notificationId: d.notificationId, recipient: d.recipient } },
        h('td', {}, d.notificationId), h('td', {}, d.recipient), h('td', {}, f.label(f.channels, d.channel)), h('td', {}, d.address || '—'),
        h('td', {}, f.label(f.deliveryOutcomes, d.outcome)), h('td', {}, d.reason), h('td', { class: 'nowrap' }, f.dateTimeVn(d.at)),
        h('td', {}, first ? retryForm(d, again) : ''));
    })))));
  return section;
}

function retryForm(delivery, again) {
  const form = h('form', { class: 'inline', novalidate: true }, formMessage(), h('button', { type: 'submit' }, 'Thử lại'));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    submitting(form, async () => {
      const { data } = await api(`operations/deliveries/${encodeURIComponent(delivery.notificationId)}/retry`, { method: 'POST' });
      await again();
      if (data.noContacts) {
        flash(`Cơ quan ${delivery.recipient} vẫn chưa có người nhận: thông báo ${delivery.notificationId} còn trong danh sách.`, 'error');
      } else {
        flash(`Đã gửi lại thông báo ${delivery.notificationId}: ${data.sent} bản đã gửi, ${data.alreadyDone} bản đã gửi từ trước`
          + `${data.refused ? `, ${data.refused} bản bị từ chối` : ''}.`);
      }
    });
  });
  return form;
}
