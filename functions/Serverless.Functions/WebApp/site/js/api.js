// Calls the API with the session's token. Problem details (RFC 7807) become ApiError with their field errors;
// a 401 ends the session and sends the user to sign-in; a call that takes long shows progress.
import { apiBase } from './config.js';
import * as session from './session.js';

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.title || `Lỗi ${status}`);
    this.status = status;
    this.problem = problem ?? {};
    this.errors = problem?.errors ?? {};
  }
}

let pending = 0;
let timer = null;

function busy(delta) {
  pending += delta;
  const indicator = document.getElementById('busy');
  if (!indicator) return;
  if (pending > 0 && !timer && indicator.hidden) {
    timer = setTimeout(() => {
      timer = null;
      if (pending > 0) {
        indicator.hidden = false;
        document.body.setAttribute('aria-busy', 'true');
      }
    }, 300);
  }
  if (pending === 0) {
    clearTimeout(timer);
    timer = null;
    indicator.hidden = true;
    document.body.removeAttribute('aria-busy');
  }
}

const onUnauthorized = new Set();
/** Called with the message when the API says the session is no longer valid. */
export function whenUnauthorized(handler) {
  onUnauthorized.add(handler);
}

/** api('tasks?overdue=true'), api('notices', { method: 'POST', json: {...} }), api('notices/parse', { text }). */
export async function api(path, { method = 'GET', json, text, body, contentType } = {}) {
  const headers = {};
  const bearer = await session.token();
  if (!bearer) {
    for (const handler of onUnauthorized) handler('expired');
    throw new ApiError(401, { title: 'Chưa đăng nhập', detail: 'Phiên đăng nhập đã hết hạn. Vui lòng đăng nhập lại.' });
  }
  headers.Authorization = `Bearer ${bearer}`;
  let payload = body;
  if (json !== undefined) {
    headers['Content-Type'] = 'application/json';
    payload = JSON.stringify(json);
  } else if (text !== undefined) {
    headers['Content-Type'] = 'text/plain; charset=utf-8';
    payload = text;
  } else if (contentType) {
    headers['Content-Type'] = contentType;
  }

  busy(+1);
  let response;
  try {
    response = await fetch(`${apiBase}/${path}`, { method, headers, body: payload });
  } catch {
    throw new ApiError(0, { title: 'Không kết nối được máy chủ', detail: 'Không kết nối được máy chủ; kiểm tra mạng rồi thử lại.' });
  } finally {
    busy(-1);
  }
  const type = response.headers.get('Content-Type') || '';
  const data = type.includes('json') ? await response.json().catch(() => null) : null;
  if (response.status === 401) {
    session.end('rejected');
    for (const handler of onUnauthorized) handler('rejected');
    throw new ApiError(401, data);
  }
  if (!response.ok) throw new ApiError(response.status, data);
  return { status: response.status, data };
}

/** Every page of a list (bounded), following continuationToken. */
export async function all(path, maxPages = 20) {
  const items = [];
  let token = null;
  for (let page = 0; page < maxPages; page += 1) {
    const sep = path.includes('?') ? '&' : '?';
    const url = `${path}${sep}pageSize=200${token ? `&continuationToken=${encodeURIComponent(token)}` : ''}`;
    const { data } = await api(url);
    items.push(...data.items);
    token = data.continuationToken;
    if (!token) break;
  }
  return items;
}

const excelType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Posts a list file the office chose (.xlsx as Excel, anything else as UTF-8 CSV); its problems name the field "file". */
export async function uploadList(path, file) {
  if (!file) throw new ApiError(400, { title: 'Chưa chọn tệp', detail: 'Chọn tệp danh sách.', errors: { file: ['Chọn tệp danh sách.'] } });
  const excel = file.name.toLowerCase().endsWith('.xlsx');
  return api(path, { method: 'POST', body: file, contentType: excel ? excelType : 'text/csv; charset=utf-8' });
}

let agencyList = null;
/** The agency directory, once per page load: { items: [{ code, name }], byCode: Map }. */
export async function agencies() {
  if (!agencyList) {
    const { data } = await api('agencies');
    const collator = new Intl.Collator('vi');
    const items = [...data.items].sort((a, b) => collator.compare(a.name, b.name));
    agencyList = { items, byCode: new Map(items.map((a) => [a.code, a])), leadership: data.leadership };
  }
  return agencyList;
}

export function forgetAgencies() {
  agencyList = null;
}
