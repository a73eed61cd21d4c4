// The app: one page, hash routes per role. Every view renders from the API; nothing is kept but the session.
import { h, clear } from './dom.js';
import { whenUnauthorized } from './api.js';
import * as session from './session.js';
import { roles } from './format.js';
import { clearFlash } from './ui.js';
import { renderSignIn } from './pages/signin.js';
import { renderImport } from './pages/import.js';
import { renderOverview } from './pages/overview.js';
import { renderWork } from './pages/work.js';
import { renderTask } from './pages/task.js';
import { renderOperations } from './pages/operations.js';
import { renderContacts } from './pages/contacts.js';
import { renderDirectory } from './pages/directory.js';

const pages = {
  import: { title: 'Nhập thông báo', roles: ['office'], render: renderImport },
  overview: { title: 'Tổng quan', roles: ['leader', 'office'], render: renderOverview },
  work: { title: 'Việc của cơ quan', roles: ['agency'], render: renderWork },
  directory: { title: 'Danh mục cơ quan', roles: ['office'], render: renderDirectory },
  contacts: { title: 'Người nhận thông báo', roles: ['office'], render: renderContacts },
  operations: { title: 'Vận hành', roles: ['operator'], render: renderOperations },
};
const home = { office: 'import', leader: 'overview', agency: 'work', operator: 'operations' };

function go(route) {
  if (location.hash === `#/${route}`) render();
  else location.hash = `#/${route}`;
}

function renderChrome(current) {
  const nav = clear(document.getElementById('nav'));
  const who = clear(document.getElementById('who'));
  if (!current) return;
  const links = Object.entries(pages).filter(([, p]) => p.roles.includes(current.role));
  nav.append(h('ul', {}, links.map(([route, p]) => h('li', {},
    h('a', { href: `#/${route}`, 'aria-current': location.hash.startsWith(`#/${route}`) ? 'page' : null }, p.title)))));
  const identity = [roles[current.role] ?? current.role, current.agency ? ` — ${current.agency}` : ''].join('');
  who.append(
    h('span', { class: 'identity' }, identity),
    h('button', { type: 'button', class: 'link', onclick: async () => { await session.signOut(); go('signin'); } }, 'Đăng xuất'),
  );
}

async function render() {
  clearFlash();
  const main = document.getElementById('main');
  const [route, ...rest] = location.hash.replace(/^#\/?/, '').split('/');
  const current = session.current();
  if (!current || route === 'signin') {
    renderChrome(null);
    if (current && route === 'signin') {
      go(home[current.role] ?? 'signin');
      return;
    }
    if (route !== 'signin') {
      history.replaceState(null, '', '#/signin');
    }
    document.title = 'Đăng nhập — Theo dõi thực hiện kết luận';
    await renderSignIn(main, (s) => go(home[s.role] ?? 'signin'));
    main.focus();
    return;
  }
  renderChrome(current);
  if (route === 'task' && rest[0] && current.role !== 'operator') {
    document.title = 'Chi tiết nhiệm vụ — Theo dõi thực hiện kết luận';
    await renderTask(main, decodeURIComponent(rest[0]), current);
    main.focus();
    return;
  }
  const page = pages[route];
  if (!page || !page.roles.includes(current.role)) {
    go(home[current.role] ?? 'signin');
    return;
  }
  document.title = `${page.title} — Theo dõi thực hiện kết luận`;
  clear(main);
  await page.render(main, current);
  main.focus();
}

whenUnauthorized(() => {
  if (!location.hash.startsWith('#/signin')) go('signin');
});
window.addEventListener('hashchange', render);

(async () => {
  try {
    await session.completeEntraRedirect();
  } catch (error) {
    sessionStorage.setItem('directive-tracking.entra-error', error?.message ?? String(error));
  }
  await render();
})();
