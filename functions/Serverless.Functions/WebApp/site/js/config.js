// The page's settings, written into <meta name="app-config"> by the Function App (never inline script).
const meta = document.querySelector('meta[name="app-config"]');
export const config = JSON.parse(meta?.content || '{}');
export const apiBase = config.apiBase || '/api';
