// Sign-in: Entra ID when the Function App is configured for it; in Development, a role (and agency) picker.
import { h, clear, field } from '../dom.js';
import { apiBase, config } from '../config.js';
import * as session from '../session.js';
import { roles } from '../format.js';
import { formMessage, showProblem } from '../ui.js';

const endedMessages = {
  expired: 'Phiên đăng nhập đã hết hạn. Vui lòng đăng nhập lại.',
  rejected: 'Mã truy cập không còn hợp lệ (hết hạn hoặc bị từ chối). Vui lòng đăng nhập lại.',
  'signed-out': 'Bạn đã đăng xuất.',
};

export async function renderSignIn(main, signedIn) {
  clear(main);
  const reason = session.endedReason();
  const entraError = sessionStorage.getItem('directive-tracking.entra-error');
  sessionStorage.removeItem('directive-tracking.entra-error');
  const section = h('section', { class: 'card signin', 'aria-labelledby': 'signin-title' },
    h('h1', { id: 'signin-title' }, 'Đăng nhập'),
    reason ? h('p', { class: reason === 'signed-out' ? 'notice' : 'warning', role: 'status' }, endedMessages[reason] ?? '') : null,
    entraError ? h('p', { class: 'warning', role: 'alert' }, `Đăng nhập Microsoft Entra ID không thành công: ${entraError}`) : null);
  main.append(section);

  if (config.entra) {
    section.append(h('p', {}, 'Đăng nhập bằng tài khoản công vụ của bạn (Microsoft Entra ID). Vai trò và cơ quan lấy từ tài khoản.'),
      h('button', { type: 'button', class: 'primary', onclick: () => session.signInWithEntra() }, 'Đăng nhập bằng Microsoft Entra ID'));
  }
  if (!config.development) {
    if (!config.entra) section.append(h('p', { class: 'warning' }, 'Chưa cấu hình đăng nhập (WebApp__ClientId, Auth__Authority).'));
    return;
  }

  let choices;
  try {
    const response = await fetch(`${apiBase}/dev/token`);
    choices = await response.json();
    if (!response.ok) throw new Error(choices.detail || `Lỗi ${response.status}`);
  } catch (error) {
    section.append(h('p', { class: 'warning', role: 'alert' }, `Không tải được lựa chọn đăng nhập: ${error.message}`));
    return;
  }

  const role = h('select', { name: 'role', required: true },
    choices.roles.map((r) => h('option', { value: r }, roles[r] ?? r)));
  const agency = h('select', { name: 'agency' },
    h('option', { value: '' }, '— Chọn cơ quan —'),
    choices.agencies.map((a) => h('option', { value: a.code }, `${a.name} (${a.code})`)));
  const agencyField = field('Cơ quan', agency, 'agency');
  const form = h('form', { class: 'stack', novalidate: true },
    h('p', { class: 'hint' }, 'Môi trường phát triển: chọn vai trò để nhận mã truy cập thử nghiệm (không dùng được ngoài môi trường này).'),
    formMessage(),
    field('Vai trò', role, 'role'),
    agencyField,
    h('button', { type: 'submit', class: 'primary' }, 'Đăng nhập'));
  const sync = () => { agencyField.hidden = role.value !== 'agency'; };
  role.addEventListener('change', sync);
  sync();
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const button = form.querySelector('button[type=submit]');
    button.disabled = true;
    try {
      signedIn(await session.signInForDevelopment(role.value, agency.value || null));
    } catch (error) {
      showProblem(form, error);
    } finally {
      button.disabled = false;
    }
  });
  section.append(h('h2', {}, 'Đăng nhập thử nghiệm'), form);
}
