// One task: what it asks, its deadlines (with earlier dates), stages sent, reports, extensions, history, and the
// actions the signed-in role may take on it. Each action re-reads the task so its history shows the result.
import { h, clear, field } from '../dom.js';
import { api, agencies as loadAgencies } from '../api.js';
import * as f from '../format.js';
import { flash, formMessage, submitting, loadFailed, agencyName } from '../ui.js';
import { stageName, categoryBadge } from '../tasks.js';
import { ApiError } from '../api.js';

function actorText(actor, list) {
  if (!actor) return '';
  const who = actor.agency ? agencyName(list, actor.agency) : f.label(f.roles, actor.role);
  return actor.role === 'system' ? 'Hệ thống' : `${who} (${actor.subject})`;
}

function dateInput(name, label, hint = 'Dạng dd/mm/yyyy') {
  return field(label, h('input', { type: 'text', name, inputmode: 'numeric', placeholder: 'dd/mm/yyyy', autocomplete: 'off' }), name, hint);
}

/** Reads a dd/MM/yyyy input into ISO, or throws a problem naming the field. */
function isoDate(form, name) {
  const value = form.elements[name].value;
  const iso = f.parseDate(value);
  if (!iso) {
    throw new ApiError(400, { title: 'Dữ liệu không hợp lệ', detail: 'Ngày phải có dạng dd/mm/yyyy.', errors: { [name]: ['Ngày phải có dạng dd/mm/yyyy, ví dụ 30/09/2023.'] } });
  }
  return iso;
}

function actionForm(title, controls, submitLabel, run) {
  const form = h('form', { class: 'card stack action', novalidate: true, 'aria-label': title },
    h('h3', {}, title), formMessage(), controls, h('button', { type: 'submit', class: 'primary' }, submitLabel));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    submitting(form, () => run(form));
  });
  return form;
}

export async function renderTask(main, taskId, current) {
  clear(main).append(h('p', { class: 'loading' }, 'Đang tải nhiệm vụ…'));
  let task; let list; let inbox = [];
  try {
    [task, list] = await Promise.all([api(`tasks/${encodeURIComponent(taskId)}`).then((r) => r.data), loadAgencies()]);
    if (current.role === 'agency') {
      const { data } = await api(`agencies/${encodeURIComponent(current.agency)}/notifications?pageSize=200`);
      inbox = data.items.filter((n) => n.taskId === task.id);
    }
  } catch (error) {
    loadFailed(main, error);
    return;
  }

  const reload = async (message) => {
    flash(message);
    await renderTask(main, taskId, current);
  };
  const name = (code) => agencyName(list, code);
  const open = task.status === 'inProgress' || task.status === 'awaitingDate';
  const isLead = current.role === 'agency' && current.agency === task.leadAgency;
  const involved = current.role === 'agency' && (isLead || task.coordinatingAgencies.includes(current.agency));
  const acknowledged = new Set(task.history.filter((e) => e.action === 'acknowledged').map((e) => e.detail));

  clear(main);
  const back = current.role === 'agency' ? '#/work' : '#/overview';
  main.append(
    h('p', {}, h('a', { href: back }, '← Quay lại danh sách')),
    h('h1', {}, `Nhiệm vụ mục ${task.directiveNumber} — Thông báo ${task.noticeNumber}`),
    h('section', { class: 'card', 'aria-labelledby': 'task-about' },
      h('h2', { id: 'task-about' }, 'Nội dung chỉ đạo'),
      task.title ? h('p', { class: 'task-title' }, h('strong', {}, task.title)) : null,
      h('p', { class: 'directive-text' }, task.content),
      h('dl', { class: 'facts' },
        h('dt', {}, 'Cơ quan chủ trì'), h('dd', {}, name(task.leadAgency)),
        h('dt', {}, 'Cơ quan phối hợp'), h('dd', {}, task.coordinatingAgencies.length ? task.coordinatingAgencies.map(name).join('; ') : 'Không có'),
        h('dt', {}, 'Hình thức'), h('dd', {}, f.label(f.timings, task.timing)),
        h('dt', {}, 'Trạng thái'), h('dd', { id: 'task-status' }, f.label(f.statuses, task.status), ' ', categoryBadge(task)),
        task.completedOn ? [h('dt', {}, 'Ngày hoàn thành'), h('dd', {}, f.date(task.completedOn))] : null,
        h('dt', {}, 'Ngày giao'), h('dd', {}, f.dateTimeVn(task.createdAt)))),
    deadlinesSection(task),
    reportsSection(task, list),
    extensionsSection(task, list, current, reload),
  );

  const actions = h('section', { class: 'actions', 'aria-labelledby': 'task-actions' }, h('h2', { id: 'task-actions' }, 'Thao tác'));
  if (involved && inbox.length) {
    actions.append(h('div', { class: 'card' }, h('h3', {}, 'Thông báo nhắc việc gửi cơ quan'),
      h('ul', { class: 'inbox' }, inbox.map((n) => inboxItem(n, task.id, acknowledged, reload)))));
  }
  if (involved && open) {
    actions.append(actionForm('Báo cáo tiến độ', [
      field('Nội dung báo cáo', h('textarea', { name: 'text', rows: 3, required: true }), 'text'),
      field('Tỷ lệ hoàn thành (%)', h('input', { type: 'number', name: 'percentComplete', min: 0, max: 100, step: 1 }), 'percentComplete', 'Không bắt buộc, từ 0 đến 100'),
    ], 'Gửi báo cáo', async (form) => {
      const percent = form.elements.percentComplete.value;
      await api(`tasks/${encodeURIComponent(task.id)}/reports`, {
        method: 'POST',
        json: { text: form.elements.text.value, percentComplete: percent === '' ? null : Number(percent), clientRequestId: crypto.randomUUID() },
      });
      await reload('Đã gửi báo cáo tiến độ.');
    }));
  }
  const openDeadlines = task.deadlines.filter((d) => !d.stopped);
  if (isLead && task.status === 'inProgress' && openDeadlines.length) {
    const deadline = h('select', { name: 'deadlineId' }, openDeadlines.map((d) => h('option', { value: d.deadlineId }, `Hạn ${f.date(d.dueDate)}`)));
    actions.append(actionForm('Xin gia hạn', [
      openDeadlines.length > 1 ? field('Thời hạn cần gia hạn', deadline, 'deadlineId') : null,
      dateInput('requestedDueDate', 'Đề nghị hạn mới'),
      field('Lý do', h('textarea', { name: 'reason', rows: 2, required: true }), 'reason'),
    ], 'Gửi đề nghị gia hạn', async (form) => {
      const requestedDueDate = isoDate(form, 'requestedDueDate');
      await api(`tasks/${encodeURIComponent(task.id)}/extensions`, {
        method: 'POST',
        json: { requestedDueDate, reason: form.elements.reason.value, deadlineId: form.elements.deadlineId?.value ?? openDeadlines[0].deadlineId },
      });
      await reload('Đã gửi đề nghị gia hạn; chờ lãnh đạo quyết định.');
    }));
  }
  if ((isLead || current.role === 'office') && open) {
    actions.append(actionForm(current.role === 'office' ? 'Xác nhận hoàn thành (thay cơ quan)' : 'Báo cáo hoàn thành', [
      field('Ghi chú', h('textarea', { name: 'note', rows: 2 }), 'note', 'Không bắt buộc'),
    ], 'Xác nhận hoàn thành', async (form) => {
      await api(`tasks/${encodeURIComponent(task.id)}/complete`, { method: 'POST', json: { note: form.elements.note.value || null } });
      await reload('Đã ghi nhận hoàn thành nhiệm vụ.');
    }));
  }
  if (current.role === 'leader' && task.status === 'awaitingDate') {
    actions.append(actionForm('Đặt thời hạn', [
      dateInput('dueDate', 'Thời hạn'),
      field('Ghi chú', h('textarea', { name: 'note', rows: 2 }), 'note', 'Không bắt buộc'),
    ], 'Đặt thời hạn', async (form) => {
      await api(`tasks/${encodeURIComponent(task.id)}/due-date`, { method: 'POST', json: { dueDate: isoDate(form, 'dueDate'), note: form.elements.note.value || null } });
      await reload('Đã đặt thời hạn; việc nhắc hạn bắt đầu.');
    }));
  }
  if (current.role === 'leader' && open) {
    actions.append(actionForm('Hủy nhiệm vụ', [
      field('Lý do hủy', h('textarea', { name: 'reason', rows: 2, required: true }), 'reason'),
    ], 'Hủy nhiệm vụ', async (form) => {
      if (!window.confirm('Hủy nhiệm vụ này? Việc nhắc hạn sẽ dừng.')) return;
      await api(`tasks/${encodeURIComponent(task.id)}/cancel`, { method: 'POST', json: { reason: form.elements.reason.value } });
      await reload('Đã hủy nhiệm vụ.');
    }));
  }
  if (actions.childElementCount > 1) main.append(actions);
  main.append(historySection(task, list));
}

function inboxItem(n, taskId, acknowledged, reload) {
  const done = [...acknowledged].some((d) => d.includes(n.id));
  const form = h('form', { class: 'inline', novalidate: true }, formMessage(),
    done ? h('span', { class: 'badge completedOnTime' }, 'Đã xác nhận nhận')
      : h('button', { type: 'submit' }, 'Xác nhận đã nhận'));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    submitting(form, async () => {
      await api(`tasks/${encodeURIComponent(taskId)}/acknowledgements`, { method: 'POST', json: { notificationId: n.id } });
      await reload('Đã xác nhận nhận thông báo.');
    });
  });
  return h('li', { dataset: { notificationId: n.id } },
    h('p', {}, h('strong', {}, f.label(f.kinds, n.kind)), ` · ${f.dateTimeVn(n.scheduledFor)} · hạn ${f.date(n.dueDate)}`),
    h('p', {}, n.message), form);
}

function deadlinesSection(task) {
  return h('section', { class: 'card', 'aria-labelledby': 'task-deadlines' },
    h('h2', { id: 'task-deadlines' }, 'Thời hạn'),
    task.deadlines.length === 0 ? h('p', {}, task.timing === 'regular' ? 'Nhiệm vụ thường xuyên, không có thời hạn.' : 'Chưa có thời hạn.')
      : h('div', { class: 'table-wrap' }, h('table', { class: 'deadlines' },
        h('thead', {}, h('tr', {},
          h('th', { scope: 'col' }, 'Hạn hiện tại'), h('th', { scope: 'col' }, 'Hạn trước đây'),
          h('th', { scope: 'col' }, 'Các mốc đã gửi'), h('th', { scope: 'col' }, 'Lần kiểm tra tiếp'), h('th', { scope: 'col' }, 'Chính sách'))),
        h('tbody', {}, task.deadlines.map((d) => h('tr', { dataset: { deadlineId: d.deadlineId } },
          h('td', { class: 'due' }, f.date(d.dueDate), d.stopped ? ' (đã dừng)' : ''),
          h('td', { class: 'previous' }, (d.previousDueDates ?? []).map(f.date).join(', ') || '—'),
          h('td', {}, d.stagesSent.length ? d.stagesSent.map(stageName).join('; ') : 'Chưa gửi'),
          h('td', {}, d.nextCheckAt ? f.dateTimeVn(d.nextCheckAt) : '—'),
          h('td', {}, d.policyVersion ?? '—')))))));
}

function reportsSection(task, list) {
  return h('section', { class: 'card', 'aria-labelledby': 'task-reports' },
    h('h2', { id: 'task-reports' }, 'Báo cáo tiến độ'),
    task.reports.length === 0 ? h('p', {}, 'Chưa có báo cáo.')
      : h('ol', { class: 'reports' }, task.reports.map((r) => h('li', {},
        h('p', {}, h('strong', {}, f.dateTimeVn(r.at)), ` · ${actorText(r.actor, list)}`, r.percentComplete != null ? ` · ${r.percentComplete}%` : ''),
        h('p', {}, r.text)))));
}

function extensionsSection(task, list, current, reload) {
  const extensions = task.extensions ?? [];
  return h('section', { class: 'card', 'aria-labelledby': 'task-extensions' },
    h('h2', { id: 'task-extensions' }, 'Gia hạn'),
    extensions.length === 0 ? h('p', {}, 'Chưa có đề nghị gia hạn.')
      : h('ul', { class: 'extensions' }, extensions.map((x) => h('li', { dataset: { requestId: x.requestId } },
        h('p', {}, `Từ ${f.date(x.currentDueDate)} đến ${f.date(x.requestedDueDate)} · ${f.label(f.decisions, x.decision)}`),
        h('p', {}, `Lý do: ${x.reason}`),
        h('p', { class: 'hint' }, `Đề nghị bởi ${actorText(x.requestedBy, list)} lúc ${f.dateTimeVn(x.requestedAt)}`),
        x.decidedAt ? h('p', { class: 'hint' }, `Quyết định bởi ${actorText(x.decidedBy, list)} lúc ${f.dateTimeVn(x.decidedAt)}${x.decisionNote ? `: ${x.decisionNote}` : ''}`) : null,
        x.decision === 'pending' && current.role === 'leader' ? decisionForm(task.id, x, reload) : null))));
}

/** Approve or reject an extension request in place, with a note. */
export function decisionForm(taskId, request, reload) {
  const note = h('input', { type: 'text', name: 'note', autocomplete: 'off' });
  const form = h('form', { class: 'decision stack', novalidate: true, 'aria-label': `Quyết định gia hạn đến ${f.date(request.requestedDueDate)}` },
    formMessage(), field('Ghi chú quyết định', note, 'note', 'Không bắt buộc'),
    h('div', { class: 'buttons' },
      h('button', { type: 'submit', name: 'approve', value: 'true', class: 'primary' }, 'Duyệt gia hạn'),
      h('button', { type: 'submit', name: 'approve', value: 'false' }, 'Từ chối')));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const approve = event.submitter?.value === 'true';
    submitting(form, async () => {
      await api(`tasks/${encodeURIComponent(taskId)}/extensions/${encodeURIComponent(request.requestId)}/decision`, {
        method: 'POST', json: { approve, note: note.value || null },
      });
      await reload(approve ? `Đã duyệt gia hạn đến ${f.date(request.requestedDueDate)}.` : 'Đã từ chối đề nghị gia hạn.');
    });
  });
  return form;
}

function historySection(task, list) {
  return h('section', { class: 'card', 'aria-labelledby': 'task-history' },
    h('h2', { id: 'task-history' }, 'Lịch sử'),
    h('ol', { class: 'history' }, [...task.history].reverse().map((e) => h('li', { dataset: { action: e.action } },
      h('p', {}, h('strong', {}, f.label(f.actions, e.action)), ` · ${f.dateTimeVn(e.at)} · ${actorText(e.actor, list)}`),
      h('p', {}, e.detail)))));
}

