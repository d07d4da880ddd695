import { insertApiClient } from '@kiemtra/db';
import { API_SCOPES } from '@kiemtra/domain';
import { hashToken, newToken } from '../../auth/tokens.js';
import { sessionCookie, type TestServer } from '../test-server.js';
import type { FuzzActor } from './run-fuzz.js';

// Every role of the seed, a system with every scope, and nobody signed in.
const USERS = [
  'admin',
  'quantri',
  'noivu.tayson',
  'truongdoan',
  'thanhvien',
  'lanhdao',
  'sct',
  'sct.lanhdao',
  'tayson',
  'xa.binhtuong',
];

/** The actors of a fuzz run against `server` (signed in at the server's clock). */
export async function fuzzActors(server: TestServer): Promise<FuzzActor[]> {
  const token = newToken();
  await insertApiClient(server.database.db, {
    tenantId: 'binh-dinh',
    name: 'Hệ thống thử nghiệm (fuzz)',
    tokenHash: hashToken(token),
    scopes: [...API_SCOPES],
  });
  const users = await Promise.all(
    USERS.map(async (u) => ({ label: u, headers: { cookie: await sessionCookie(server.url, u) } })),
  );
  return [
    ...users,
    { label: 'system (every scope)', headers: { authorization: `Bearer ${token}` } },
    { label: 'anonymous', headers: {} },
  ];
}
