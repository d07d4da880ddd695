import { DEMO_PASSWORD } from './sign-in.js';

// The journeys' own API port (playwright.config.ts starts the API there).
const API = `http://127.0.0.1:${Number(process.env.E2E_API_PORT ?? 3201)}`;

/** A person's calls to the API, for setting up what a journey needs that the UI is not under test for. */
export interface Caller {
  query<T = unknown>(path: string, input?: unknown): Promise<T>;
  mutate<T = unknown>(path: string, input: unknown): Promise<T>;
}

async function answer<T>(response: Response, path: string): Promise<T> {
  const body = (await response.json()) as { result?: { data?: { json?: T } }; error?: unknown };
  if (!response.ok || body.result === undefined) throw new Error(`${path}: ${JSON.stringify(body.error)}`);
  return body.result.data?.json as T;
}

/** Signs in through the API with the demo password; the session travels in the cookie. */
export async function callerFor(username: string): Promise<Caller> {
  const signIn = await fetch(`${API}/trpc/auth.signIn`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ json: { username, password: DEMO_PASSWORD } }),
  });
  const cookie = signIn.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  if (!signIn.ok) throw new Error(`signing in as ${username}: ${signIn.status}`);
  return {
    async query(path, input) {
      const q = input === undefined ? '' : `?input=${encodeURIComponent(JSON.stringify({ json: input }))}`;
      return answer(await fetch(`${API}/trpc/${path}${q}`, { headers: { cookie } }), path);
    },
    async mutate(path, input) {
      const response = await fetch(`${API}/trpc/${path}`, {
        method: 'POST',
        headers: { cookie, 'content-type': 'application/json' },
        body: JSON.stringify({ json: input }),
      });
      return answer(response, path);
    },
  };
}
