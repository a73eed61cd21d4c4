// Vietnamese labels, dd/MM/yyyy dates and Vietnam time (Asia/Ho_Chi_Minh) whatever the browser's zone.

const zone = 'Asia/Ho_Chi_Minh';
const dateTime = new Intl.DateTimeFormat('vi-VN', {
  timeZone: zone, day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
});

/** '2023-07-27' → '27/07/2023'. */
export function date(iso) {
  if (!iso) return '';
  const [y, m, d] = String(iso).slice(0, 10).split('-');
  return `${d}/${m}/${y}`;
}

/** An instant → '27/07/2023 08:00' in Vietnam time. */
export function dateTimeVn(iso) {
  if (!iso) return '';
  const parts = Object.fromEntries(dateTime.formatToParts(new Date(iso)).map((p) => [p.type, p.value]));
  return `${parts.day}/${parts.month}/${parts.year} ${parts.hour}:${parts.minute}`;
}

/** '27/7/2023' (or an ISO date) → '2023-07-27', null when it is not a real date. */
export function parseDate(text) {
  const value = String(text ?? '').trim();
  let m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value);
  let y; let mo; let d;
  if (m) [, d, mo, y] = m.map(Number);
  else if ((m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value))) [, y, mo, d] = m.map(Number);
  else return null;
  const probe = new Date(Date.UTC(y, mo - 1, d));
  if (probe.getUTCFullYear() !== y || probe.getUTCMonth() !== mo - 1 || probe.getUTCDate() !== d) return null;
  return `${String(y).padStart(4, '0')}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export const categories = {
  completedOnTime: 'Hoàn thành đúng hạn',
  completedLate: 'Hoàn thành quá hạn',
  inProgressOnTime: 'Đang thực hiện trong hạn',
  inProgressOverdue: 'Đang thực hiện quá hạn',
};

export const statuses = {
  inProgress: 'Đang thực hiện',
  completed: 'Đã hoàn thành',
  cancelled: 'Đã hủy',
  awaitingDate: 'Chờ xác định thời hạn',
};

export const timings = {
  dated: 'Có thời hạn',
  regular: 'Thường xuyên',
  conditional: 'Khi có hướng dẫn (chờ xác định hạn)',
};

export const roles = {
  leader: 'Lãnh đạo',
  office: 'Văn phòng',
  agency: 'Cơ quan, đơn vị',
  operator: 'Vận hành',
};

export const agencyRoles = {
  lead: 'Chủ trì',
  coordinating: 'Phối hợp',
  mentioned: 'Được nêu',
};

export const deadlineKinds = {
  explicit: 'Hạn cụ thể',
  recurring: 'Định kỳ, thường xuyên',
  conditional: 'Có điều kiện',
};

export const actions = {
  created: 'Tạo nhiệm vụ',
  reported: 'Báo cáo tiến độ',
  completed: 'Hoàn thành',
  cancelled: 'Hủy',
  'extension-requested': 'Xin gia hạn',
  'extension-approved': 'Duyệt gia hạn',
  'extension-rejected': 'Từ chối gia hạn',
  acknowledged: 'Đã nhận',
  'due-date-set': 'Đặt thời hạn',
};

export const decisions = {
  pending: 'Chờ quyết định',
  approved: 'Đã duyệt',
  rejected: 'Từ chối',
};

export const kinds = {
  reminder: 'Nhắc hạn',
  escalation: 'Cảnh báo quá hạn',
};

export const channels = {
  email: 'Thư điện tử',
  webhook: 'Webhook',
  none: '—',
};

export const deliveryOutcomes = {
  failed: 'Không gửi được',
  noContacts: 'Cơ quan chưa có người nhận',
};

export const contactRoles = {
  head: 'Thủ trưởng',
  focalPoint: 'Đầu mối',
  deputy: 'Cấp phó',
};

/** The ladder's levels as a contact receives them (0: reminders, 1-3: overdue escalations). */
export const ladderLevels = {
  0: 'Nhắc việc',
  1: 'Quá hạn mức 1',
  2: 'Quá hạn mức 2',
  3: 'Quá hạn mức 3',
};

export const directoryActions = {
  create: 'Thêm cơ quan',
  update: 'Sửa thông tin',
  retire: 'Ngừng sử dụng',
  'alias-add': 'Thêm tên gọi',
  'alias-remove': 'Bỏ tên gọi',
  'group-create': 'Thêm nhóm',
  'group-update': 'Sửa nhóm',
  import: 'Nhập danh sách',
  seed: 'Khởi tạo',
};

export function label(map, key) {
  return map[key] ?? key ?? '';
}
