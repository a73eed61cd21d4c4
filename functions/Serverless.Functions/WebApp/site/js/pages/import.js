// The clerk's import: text (pasted or from a .txt/.docx/.pdf file) → the parser's reading beside the text, with
// agencies and deadline phrases marked → corrections → POST /api/notices. Nothing is stored before "Xác nhận".
import { h, clear, append, field, marked, findRanges, nextId } from '../dom.js';
import { api, agencies as loadAgencies, forgetAgencies, ApiError } from '../api.js';
import * as f from '../format.js';
import { formMessage, showProblem, showDone, clearProblems, agencyName } from '../ui.js';

const fileTypes = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
};

export async function renderImport(main) {
  let list;
  try {
    list = await loadAgencies();
  } catch (error) {
    main.append(h('p', { role: 'alert' }, error.message));
    return;
  }
  const text = h('textarea', { name: 'text', rows: 14, spellcheck: 'false' });
  const file = h('input', { type: 'file', name: 'file', accept: '.txt,.docx,.pdf,text/plain,application/pdf,' + fileTypes.docx });
  const form = h('form', { class: 'card stack', novalidate: true, 'aria-labelledby': 'import-title' },
    h('h1', { id: 'import-title' }, 'Nhập thông báo kết luận'),
    h('p', { class: 'hint' }, 'Dán nội dung thông báo hoặc chọn tệp (.txt, .docx, .pdf có lớp chữ). Hệ thống đọc các mục chỉ đạo, cơ quan và thời hạn; bạn kiểm tra, sửa rồi xác nhận. Chưa có gì được lưu cho đến khi xác nhận.'),
    formMessage(),
    field('Tệp thông báo', file, 'file'),
    field('Nội dung thông báo', text, 'body'),
    h('button', { type: 'submit', class: 'primary' }, 'Đọc thông báo'));
  const reading = h('div', { id: 'reading' });
  main.append(form, reading);

  file.addEventListener('change', async () => {
    const chosen = file.files?.[0];
    if (!chosen) return;
    clearProblems(form);
    const extension = chosen.name.split('.').pop().toLowerCase();
    try {
      if (extension === 'txt') text.value = (await chosen.text()).normalize('NFC');
      else if (fileTypes[extension]) {
        const { data } = await api('notices/text', { body: chosen, contentType: fileTypes[extension], method: 'POST' });
        text.value = data.text;
      } else {
        throw new ApiError(415, { title: 'Định dạng tệp không được hỗ trợ', detail: 'Chỉ nhận tệp .txt, .docx hoặc .pdf.', errors: { file: ['Chỉ nhận tệp .txt, .docx hoặc .pdf.'] } });
      }
      showDone(form, `Đã đọc tệp ${chosen.name}. Bấm "Đọc thông báo" để xem kết quả.`);
    } catch (error) {
      showProblem(form, error);
    }
  });

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const button = form.querySelector('button[type=submit]');
    button.disabled = true;
    clearProblems(form);
    try {
      const source = text.value.normalize('NFC');
      if (!source.trim()) throw new ApiError(400, { title: 'Dữ liệu không hợp lệ', detail: 'Chưa có nội dung thông báo.', errors: { body: ['Dán nội dung hoặc chọn tệp.'] } });
      const { data } = await api('notices/parse', { method: 'POST', text: source });
      renderReading(reading, source, data, list);
      reading.querySelector('h2')?.focus();
    } catch (error) {
      showProblem(form, error);
    } finally {
      button.disabled = false;
    }
  });
}

function slug(value) {
  return String(value ?? '').normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase()
    .replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 64);
}

function noticeNumberIn(source) {
  return /Số\s*:?\s*(\d+\s*\/\s*[A-ZĐ0-9-]+(?:\/[A-ZĐ0-9-]+)?)/u.exec(source)?.[1]?.replace(/\s+/g, '') ?? '';
}

/** The editable import: state mirrors POST /api/notices' body; inputs write into it. */
function renderReading(container, source, data, list) {
  const draft = data.draft;
  const number = noticeNumberIn(source);
  const state = {
    id: slug(`${number || 'tb'}-${draft.issuedOn ?? draft.meetingDate ?? ''}`),
    number,
    title: draft.title ?? '',
    issuer: draft.issuer ?? '',
    issuedOn: draft.issuedOn ?? '',
    meetingDate: draft.meetingDate ?? '',
    directives: draft.directives.map((d, i) => {
      const parsed = data.parsed.directives[i];
      const unmatched = data.unmatchedAgencies[String(d.number)] ?? [];
      const tasks = d.tasks.map((t) => ({ ...t, coordinatingAgencies: [...t.coordinatingAgencies], deadlines: [...t.deadlines] }));
      // Each lead agency named but not matched gets a task to fill in, never silently none.
      const dates = (parsed?.deadlines ?? []).filter((x) => x.kind === 'explicit' && x.date).map((x) => x.date);
      for (const a of parsed?.agencies ?? []) {
        if (a.role !== 'lead' || !unmatched.includes(a.name)) continue;
        tasks.push({
          content: d.text, leadAgency: '', writtenAs: a.name, coordinatingAgencies: [],
          timing: parsed.conditional ? 'conditional' : dates.length ? 'dated' : 'regular', deadlines: [...dates],
        });
      }
      return { number: d.number, text: d.text, tasks, parsed, unmatched };
    }),
  };

  const unmatchedCount = state.directives.reduce((n, d) => n + d.unmatched.length, 0);
  const phrases = [];
  for (const d of state.directives) {
    for (const a of d.parsed?.agencies ?? []) {
      const miss = d.unmatched.includes(a.name);
      phrases.push({ phrase: a.name, kind: miss ? 'unmatched' : 'agency', title: miss ? 'Chưa khớp mã cơ quan' : f.label(f.agencyRoles, a.role) });
    }
    for (const x of d.parsed?.deadlines ?? []) phrases.push({ phrase: x.phrase, kind: 'deadline', title: f.label(f.deadlineKinds, x.kind) });
  }

  const datalistId = nextId('agencies');
  const datalist = h('datalist', { id: datalistId }, list.items.map((a) => h('option', { value: a.code, label: a.name })));
  const directivesHolder = h('div', { class: 'directives' });
  const confirm = h('form', { class: 'stack confirm', novalidate: true, 'aria-labelledby': 'reading-title' });
  const result = h('div', { id: 'import-result' });

  const input = (key, label, { date = false, hint } = {}) => {
    const control = h('input', { type: 'text', name: key, value: date ? f.date(state[key]) : state[key], autocomplete: 'off', placeholder: date ? 'dd/mm/yyyy' : null });
    control.addEventListener('input', () => { state[key] = control.value; });
    return field(label, control, key, hint);
  };

  const renderDirectives = () => {
    append(clear(directivesHolder), [state.directives.map((d, i) => directiveEditor(state, d, i, list, datalistId, renderDirectives)),
      h('button', { type: 'button', onclick: () => {
        const next = Math.max(0, ...state.directives.map((x) => x.number)) + 1;
        state.directives.push({ number: next, text: '', tasks: [], parsed: null, unmatched: [] });
        renderDirectives();
        directivesHolder.querySelectorAll('fieldset.directive')[state.directives.length - 1]?.querySelector('textarea')?.focus();
      } }, 'Thêm mục chỉ đạo')]);
  };
  renderDirectives();

  append(confirm, [
    h('h2', { id: 'reading-title', tabindex: '-1' }, 'Kết quả đọc — kiểm tra và sửa'),
    unmatchedCount ? h('div', { class: 'unmatched-banner', role: 'alert' },
      h('p', {}, h('strong', {}, `Có ${unmatchedCount} tên cơ quan chưa khớp mã trong danh sách.`), ' Hãy chọn cơ quan cho các mục được đánh dấu đỏ.'),
      h('ul', {}, state.directives.filter((d) => d.unmatched.length).map((d) => h('li', {}, `Mục ${d.number}: ${d.unmatched.join('; ')}`)))) : null,
    formMessage(),
    h('fieldset', { class: 'notice-fields' }, h('legend', {}, 'Thông tin thông báo'),
      input('number', 'Số thông báo', { hint: 'Ví dụ 125/TB-UBND' }),
      input('id', 'Mã thông báo trong hệ thống', { hint: 'Chữ thường không dấu, số, "-"; nhập lại cùng mã sẽ không tạo trùng' }),
      input('title', 'Trích yếu'),
      input('issuer', 'Cơ quan ban hành'),
      input('issuedOn', 'Ngày ban hành', { date: true }),
      input('meetingDate', 'Ngày họp', { date: true, hint: 'Không bắt buộc' })),
    datalist,
    directivesHolder,
    h('button', { type: 'submit', class: 'primary' }, 'Xác nhận và tạo nhiệm vụ')]);

  confirm.addEventListener('submit', async (event) => {
    event.preventDefault();
    const button = confirm.querySelector('button[type=submit]');
    button.disabled = true;
    clear(result);
    try {
      const body = requestBody(state);
      const response = await api('notices', { method: 'POST', json: body });
      await showCreated(result, response, list);
      result.append(rememberNames(state, list));
      result.querySelector('h2')?.focus();
    } catch (error) {
      showProblem(confirm, error);
    } finally {
      button.disabled = false;
    }
  });

  clear(container).append(h('div', { class: 'split' },
    h('section', { class: 'card source-panel', 'aria-labelledby': 'source-title' },
      h('h2', { id: 'source-title' }, 'Văn bản'),
      h('p', { class: 'legend' }, h('mark', { class: 'agency' }, 'cơ quan'), ' ', h('mark', { class: 'unmatched' }, 'chưa khớp mã'), ' ', h('mark', { class: 'deadline' }, 'thời hạn')),
      h('pre', { class: 'source', tabindex: '0' }, marked(source, findRanges(source, phrases)))),
    h('section', { class: 'card' }, confirm)), result);
}

function directiveEditor(state, d, index, list, datalistId, rerender) {
  const path = `directives[${index}]`;
  const text = h('textarea', { name: `${path}.text`, rows: 4 }, d.text);
  text.addEventListener('input', () => { d.text = text.value; });
  const numberInput = h('input', { type: 'number', name: `${path}.number`, min: 1, value: d.number, class: 'short' });
  numberInput.addEventListener('input', () => { d.number = Number(numberInput.value); });
  const phrases = [
    ...(d.parsed?.agencies ?? []).map((a) => ({ phrase: a.name, kind: d.unmatched.includes(a.name) ? 'unmatched' : 'agency' })),
    ...(d.parsed?.deadlines ?? []).map((x) => ({ phrase: x.phrase, kind: 'deadline' })),
  ];
  return h('fieldset', { class: `directive${d.unmatched.length ? ' has-unmatched' : ''}`, dataset: { number: d.number } },
    h('legend', {}, `Mục ${d.number}`),
    d.unmatched.length ? h('p', { class: 'unmatched-note' }, `Chưa khớp mã: ${d.unmatched.join('; ')}. Chọn cơ quan trong danh sách.`) : null,
    d.parsed ? h('div', { class: 'found' },
      h('p', { class: 'directive-text' }, marked(d.text, findRanges(d.text, phrases))),
      h('ul', { class: 'found-list' },
        d.parsed.agencies.map((a) => h('li', {}, `${f.label(f.agencyRoles, a.role)}: ${a.name}`, d.unmatched.includes(a.name) ? ' (chưa khớp mã)' : '')),
        d.parsed.deadlines.map((x) => h('li', {}, `${f.label(f.deadlineKinds, x.kind)}: “${x.phrase}”${x.date ? ` → ${f.date(x.date)}` : ''}`)))) : null,
    h('div', { class: 'row' }, field('Số mục', numberInput, `${path}.number`), field('Nội dung mục', text, `${path}.text`)),
    h('div', { class: 'tasks-edit' }, d.tasks.length === 0 ? h('p', { class: 'hint' }, 'Mục này không giao nhiệm vụ (chỉ đánh giá, định hướng).') : null,
      d.tasks.map((t, j) => taskEditor(d, t, `${path}.tasks[${j}]`, j, list, datalistId, rerender))),
    h('div', { class: 'buttons' },
      h('button', { type: 'button', onclick: () => {
        d.tasks.push({ content: d.text, leadAgency: '', coordinatingAgencies: [], timing: 'regular', deadlines: [] });
        rerender();
      } }, `Thêm nhiệm vụ cho mục ${d.number}`),
      h('button', { type: 'button', class: 'danger', onclick: () => { state.directives.splice(index, 1); rerender(); } }, `Xóa mục ${d.number}`)));
}

function agencyPicker(name, label, value, list, datalistId, onChange, hint) {
  const control = h('input', { type: 'text', name, value, list: datalistId, autocomplete: 'off', placeholder: 'Gõ tên hoặc mã cơ quan' });
  const shown = h('output', { class: 'picked' });
  const resolve = () => {
    const typed = control.value.trim();
    const found = list.byCode.get(typed.toUpperCase()) ?? list.items.find((a) => a.name.toLowerCase() === typed.toLowerCase());
    clear(shown).append(found ? found.name : typed ? 'Không có cơ quan này trong danh sách' : 'Chưa chọn');
    shown.className = `picked ${found ? 'ok' : 'missing'}`;
    onChange(found?.code ?? typed);
  };
  control.addEventListener('input', resolve);
  control.addEventListener('change', () => {
    resolve();
    const found = list.byCode.get(control.value.trim().toUpperCase()) ?? list.items.find((a) => a.name.toLowerCase() === control.value.trim().toLowerCase());
    if (found) control.value = found.code;
  });
  const wrapper = field(label, control, name, hint);
  shown.setAttribute('for', control.id);
  wrapper.append(shown);
  clear(shown).append(list.byCode.get(value)?.name ?? (value ? 'Không có cơ quan này trong danh sách' : 'Chưa chọn'));
  shown.className = `picked ${list.byCode.get(value) ? 'ok' : 'missing'}`;
  return wrapper;
}

function taskEditor(d, t, path, j, list, datalistId, rerender) {
  const timing = h('select', { name: `${path}.timing` }, Object.entries(f.timings).map(([k, v]) => h('option', { value: k, selected: t.timing === k }, v)));
  timing.addEventListener('change', () => { t.timing = timing.value; rerender(); });
  const content = h('textarea', { name: `${path}.content`, rows: 2 }, t.content);
  content.addEventListener('input', () => { t.content = content.value; });
  const coordinating = h('ul', { class: 'chips' }, t.coordinatingAgencies.map((code, k) => h('li', {},
    agencyName(list, code), ' ',
    h('button', { type: 'button', class: 'link', 'aria-label': `Bỏ ${agencyName(list, code)} khỏi cơ quan phối hợp`, onclick: () => { t.coordinatingAgencies.splice(k, 1); rerender(); } }, 'Bỏ'))));
  let toAdd = '';
  const addPicker = agencyPicker(`${path}.coordinatingAgencies`, 'Thêm cơ quan phối hợp', '', list, datalistId, (code) => { toAdd = code; });
  addPicker.append(h('button', { type: 'button', onclick: () => {
    if (list.byCode.has(toAdd) && !t.coordinatingAgencies.includes(toAdd) && toAdd !== t.leadAgency) {
      t.coordinatingAgencies.push(toAdd);
      rerender();
    }
  } }, 'Thêm'));
  const deadlines = t.timing === 'dated' ? h('div', { class: 'deadline-edit', dataset: { field: `${path}.deadlines` } },
    h('p', { class: 'label' }, 'Thời hạn'),
    t.deadlines.map((iso, k) => {
      const control = h('input', { type: 'text', name: `${path}.deadlines[${k}]`, value: f.date(iso), placeholder: 'dd/mm/yyyy', autocomplete: 'off', class: 'date' });
      control.addEventListener('input', () => { t.deadlines[k] = f.parseDate(control.value) ?? control.value; });
      const wrapper = field(`Hạn ${k + 1}`, control, `${path}.deadlines[${k}]`);
      wrapper.append(h('button', { type: 'button', class: 'link', onclick: () => { t.deadlines.splice(k, 1); rerender(); } }, 'Bỏ hạn này'));
      return wrapper;
    }),
    h('button', { type: 'button', onclick: () => { t.deadlines.push(''); rerender(); } }, 'Thêm thời hạn'),
    h('p', { class: 'field-error', hidden: true })) : null;
  return h('fieldset', { class: 'task-edit' }, h('legend', {}, `Nhiệm vụ ${j + 1} của mục ${d.number}`),
    t.writtenAs ? h('p', { class: 'unmatched-note' }, `Trong văn bản: “${t.writtenAs}” (chưa khớp mã)`) : null,
    agencyPicker(`${path}.leadAgency`, 'Cơ quan chủ trì', t.leadAgency, list, datalistId, (code) => { t.leadAgency = code; }),
    h('div', { class: 'coordinating', dataset: { field: `${path}.coordinatingAgencies` } }, h('p', { class: 'label' }, 'Cơ quan phối hợp'),
      t.coordinatingAgencies.length ? coordinating : h('p', { class: 'hint' }, 'Không có'), h('p', { class: 'field-error', hidden: true })),
    addPicker,
    field('Hình thức', timing, `${path}.timing`),
    deadlines,
    field('Nội dung nhiệm vụ', content, `${path}.content`),
    h('button', { type: 'button', class: 'danger', onclick: () => { d.tasks.splice(j, 1); rerender(); } }, `Xóa nhiệm vụ ${j + 1}`));
}

function requestBody(state) {
  const errors = {};
  const date = (key, required) => {
    const value = String(state[key] ?? '').trim();
    if (!value) {
      if (required) errors[key] = ['Ngày bắt buộc, dạng dd/mm/yyyy.'];
      return null;
    }
    const iso = f.parseDate(value);
    if (!iso) errors[key] = ['Ngày phải có dạng dd/mm/yyyy.'];
    return iso;
  };
  const body = {
    id: state.id.trim(),
    number: state.number.trim(),
    title: state.title.trim(),
    issuer: state.issuer.trim(),
    issuedOn: date('issuedOn', true),
    meetingDate: date('meetingDate', false),
    directives: state.directives.map((d, i) => ({
      number: d.number,
      text: d.text,
      tasks: d.tasks.map((t, j) => {
        if (!t.leadAgency) errors[`directives[${i}].tasks[${j}].leadAgency`] = ['Chọn cơ quan chủ trì.'];
        return {
          content: t.content,
          leadAgency: t.leadAgency,
          coordinatingAgencies: t.coordinatingAgencies,
          timing: t.timing,
          deadlines: t.timing === 'dated' ? t.deadlines.map((x) => f.parseDate(x) ?? x) : [],
        };
      }),
    })),
  };
  if (Object.keys(errors).length) throw new ApiError(400, { title: 'Dữ liệu không hợp lệ', detail: 'Một hoặc nhiều trường cần sửa.', errors });
  return body;
}

async function showCreated(result, response, list) {
  const { noticeId } = response.data;
  // One request for the whole notice: a directive sent to a group makes hundreds of tasks.
  const notice = (await api(`notices/${encodeURIComponent(noticeId)}`)).data;
  const tasks = notice.directives.flatMap((d) => d.tasks);
  const again = response.status === 200;
  clear(result).append(h('section', { class: `card ${again ? 'notice' : 'ok'}`, 'aria-labelledby': 'created-title', role: 'status' },
    h('h2', { id: 'created-title', tabindex: '-1' }, again
      ? `Thông báo "${noticeId}" đã được nhập trước đó với cùng nội dung: không tạo thêm nhiệm vụ nào.`
      : `Đã tạo ${tasks.length} nhiệm vụ từ thông báo "${noticeId}".`),
    h('div', { class: 'table-wrap' }, h('table', { class: 'created' },
      h('thead', {}, h('tr', {}, ['Mục', 'Nội dung', 'Chủ trì', 'Phối hợp', 'Hạn'].map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', {}, tasks.map((t) => h('tr', { dataset: { taskId: t.id, directive: t.directiveNumber } },
        h('td', { class: 'num' }, t.directiveNumber),
        h('td', {}, h('a', { href: `#/task/${encodeURIComponent(t.id)}` }, shorten(t.title || t.content))),
        h('td', {}, agencyName(list, t.leadAgency)),
        h('td', {}, t.coordinatingAgencies.map((c) => agencyName(list, c)).join('; ')),
        h('td', { class: 'nowrap' }, t.dueDates.length ? t.dueDates.map((x) => f.date(x)).join(', ') : f.label(f.timings, t.timing)))))))));
}

// The names the clerk mapped by hand (a lead written in the text that matched no agency): saved as aliases, the next
// notice that writes them the same way matches by itself (POST /api/agencies/{code}/aliases, NFC and "uỷ"/"ủy" folded).
function rememberNames(state, list) {
  const seen = new Set();
  const mapped = state.directives.flatMap((d) => d.tasks)
    .filter((t) => t.writtenAs && list.byCode.has(t.leadAgency))
    .filter((t) => !seen.has(`${t.writtenAs}|${t.leadAgency}`) && seen.add(`${t.writtenAs}|${t.leadAgency}`));
  if (mapped.length === 0) return '';
  return h('section', { class: 'card remember-names', 'aria-labelledby': 'remember-title' },
    h('h2', { id: 'remember-title' }, 'Ghi nhớ tên gọi cho lần nhập sau'),
    h('p', { class: 'hint' }, 'Các tên dưới đây trong văn bản chưa khớp mã và bạn đã chọn cơ quan. Ghi nhớ để lần sau hệ thống tự nhận ra.'),
    h('ul', {}, mapped.map((t) => {
      const form = h('form', { class: 'inline', novalidate: true, dataset: { alias: t.writtenAs } },
        `“${t.writtenAs}” là ${agencyName(list, t.leadAgency)} (${t.leadAgency}) `,
        formMessage(), h('button', { type: 'submit' }, 'Ghi nhớ'));
      form.addEventListener('submit', async (event) => {
        event.preventDefault();
        const button = form.querySelector('button');
        button.disabled = true;
        try {
          await api(`agencies/${encodeURIComponent(t.leadAgency)}/aliases`, { method: 'POST', json: { alias: t.writtenAs } });
          forgetAgencies();
          button.remove();
          showDone(form, 'Đã ghi nhớ.');
        } catch (error) {
          button.disabled = false;
          showProblem(form, error);
        }
      });
      return h('li', {}, form);
    })));
}

const shorten = (text) => (text.length > 120 ? `${text.slice(0, 119)}…` : text);
