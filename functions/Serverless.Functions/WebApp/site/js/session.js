// Who is signed in. The session lives in sessionStorage (one tab, gone when it closes) and ends with its token.
import { apiBase, config } from './config.js';

const key = 'directive-tracking.session';
const precedence = ['leader', 'office', 'agency', 'operator'];
let msalApp = null;

export function current() {
  try {
    const session = JSON.parse(sessionStorage.getItem(key) || 'null');
    if (!session) return null;
    if (Date.parse(session.expiresAt) <= Date.now()) {
      end('expired');
      return null;
    }
    return session;
  } catch {
    return null;
  }
}

/** Ends the session; the reason ('expired', 'signed-out', 'rejected') is shown on the sign-in page. */
export function end(reason) {
  sessionStorage.removeItem(key);
  if (reason) sessionStorage.setItem(`${key}.ended`, reason);
}

/**
 * Why the last session ended. Kept until the next sign-in (not read once): the sign-in page may render twice
 * (a 401 from a request in flight, then a reload), and the user must still see why they were sent back.
 */
export function endedReason() {
  return sessionStorage.getItem(`${key}.ended`);
}

function claimsOf(token) {
  const payload = token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
  const json = new TextDecoder().decode(Uint8Array.from(atob(payload), (c) => c.charCodeAt(0)));
  return JSON.parse(json);
}

function store(token, mode) {
  const claims = claimsOf(token);
  const roles = Array.isArray(claims.roles) ? claims.roles : [claims.roles].filter(Boolean);
  const role = precedence.find((r) => roles.includes(r)) ?? null;
  const session = {
    token,
    mode,
    role,
    agency: role === 'agency' ? claims.agency ?? null : null,
    name: claims.name || claims.preferred_username || claims.sub,
    expiresAt: new Date(claims.exp * 1000).toISOString(),
  };
  sessionStorage.setItem(key, JSON.stringify(session));
  sessionStorage.removeItem(`${key}.ended`);
  return session;
}

/** Development only: a token from POST /api/dev/token for the chosen role and agency. */
export async function signInForDevelopment(role, agency) {
  const response = await fetch(`${apiBase}/dev/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ role, agency: role === 'agency' ? agency : null }),
  });
  const body = await response.json().catch(() => ({}));
  if (!response.ok) {
    const error = new Error(body.detail || body.title || `Lỗi ${response.status}`);
    error.problem = body;
    throw error;
  }
  return store(body.accessToken, 'development');
}

async function msal() {
  if (!config.entra) return null;
  if (!msalApp) {
    const { PublicClientApplication } = await import('./../vendor/msal.js');
    msalApp = new PublicClientApplication({
      auth: {
        clientId: config.entra.clientId,
        authority: config.entra.authority,
        redirectUri: `${location.origin}${location.pathname}`,
        postLogoutRedirectUri: `${location.origin}${location.pathname}`,
      },
      cache: { cacheLocation: 'sessionStorage' },
    });
    await msalApp.initialize();
  }
  return msalApp;
}

/** Entra ID: authorization code flow with PKCE through a redirect to the tenant's sign-in page. */
export async function signInWithEntra() {
  const app = await msal();
  await app.loginRedirect({ scopes: config.entra.scopes });
}

/** Completes an Entra ID redirect when the page comes back from the tenant; returns the session or null. */
export async function completeEntraRedirect() {
  const app = await msal();
  if (!app) return null;
  const result = await app.handleRedirectPromise();
  if (!result?.accessToken) return null;
  app.setActiveAccount(result.account);
  return store(result.accessToken, 'entra');
}

/** The bearer token for the next call; Entra tokens are renewed silently from MSAL's cache. */
export async function token() {
  const session = current();
  if (!session) return null;
  if (session.mode === 'entra' && Date.parse(session.expiresAt) - Date.now() < 5 * 60 * 1000) {
    const app = await msal();
    const account = app.getActiveAccount() ?? app.getAllAccounts()[0];
    if (!account) return session.token;
    try {
      const result = await app.acquireTokenSilent({ scopes: config.entra.scopes, account });
      return store(result.accessToken, 'entra').token;
    } catch {
      return session.token;
    }
  }
  return session.token;
}

export async function signOut() {
  const session = current();
  end('signed-out');
  if (session?.mode === 'entra') {
    const app = await msal();
    await app.logoutRedirect();
  }
}
