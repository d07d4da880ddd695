import {
  type Database,
  findRegisterUnit,
  insertApiClientRow,
  insertApiToken,
  lockApiToken,
  setApiTokenRetiresAt,
  setApiTokenRevokedAt,
  updateApiClientRow,
} from '@kiemtra/db';
import {
  type ApiClientRegisterInput,
  type ApiClientUpdateInput,
  DomainError,
  expiryDateCheck,
  revocationCheck,
  rotationOutcome,
  tokenExpiryInstant,
} from '@kiemtra/domain';
import type { Transaction } from 'kysely';
import { hashToken, newApiToken } from '../auth/tokens.js';
import { assertAccepted, conflict } from '../trpc/errors.js';

type Trx = Transaction<Database>;

/** The token itself, returned once and never stored: only its hash is. */
export interface IssuedToken {
  clientId: string;
  tokenId: string;
  token: string;
}

async function assertOwnerUnit(trx: Trx, tenantId: string, unitId: string): Promise<void> {
  if (!(await findRegisterUnit(trx, tenantId, unitId)))
    throw new DomainError('INVALID_INPUT', 'Không tìm thấy đơn vị quản lý trong danh mục của tỉnh.', {
      issues: [
        {
          code: 'unknown_unit',
          field: 'ownerUnitId',
          message: 'Không tìm thấy đơn vị quản lý trong danh mục của tỉnh.',
        },
      ],
    });
}

export async function registerApiClient(trx: Trx, tenantId: string, input: ApiClientRegisterInput) {
  await assertOwnerUnit(trx, tenantId, input.ownerUnitId);
  return insertApiClientRow(trx, { tenantId, ...input });
}

export async function updateApiClient(trx: Trx, tenantId: string, input: ApiClientUpdateInput, now: Date) {
  await assertOwnerUnit(trx, tenantId, input.ownerUnitId);
  const { clientId, expectedVersion, ...fields } = input;
  const updated = await updateApiClientRow(trx, { tenantId, clientId, expectedVersion, now, ...fields });
  if (!updated) {
    const exists = await trx
      .selectFrom('api_clients')
      .select('id')
      .where('id', '=', clientId)
      .where('tenant_id', '=', tenantId)
      .executeTakeFirst();
    if (!exists) throw notFound();
    throw conflict('Thông tin hệ thống');
  }
}

const notFound = () => new DomainError('NOT_FOUND', 'Không tìm thấy hệ thống kết nối.');
const tokenNotFound = () => new DomainError('NOT_FOUND', 'Không tìm thấy mã truy cập.');

async function issue(
  trx: Trx,
  tenantId: string,
  clientId: string,
  expiresOn: string | null,
  now: Date,
  replacesTokenId: string | null,
): Promise<IssuedToken> {
  assertAccepted(expiryDateCheck(expiresOn, now), 'INVALID_INPUT');
  const { token, hint } = newApiToken();
  const tokenId = await insertApiToken(trx, {
    tenantId,
    clientId,
    tokenHash: hashToken(token),
    hint,
    expiresAt: expiresOn === null ? null : tokenExpiryInstant(expiresOn),
    replacesTokenId,
  });
  return { clientId, tokenId, token };
}

/** A new token for a system, beside any it already holds. */
export async function issueApiToken(
  trx: Trx,
  tenantId: string,
  input: { clientId: string; expiresOn: string | null },
  now: Date,
): Promise<IssuedToken> {
  const client = await trx
    .selectFrom('api_clients')
    .select('id')
    .where('id', '=', input.clientId)
    .where('tenant_id', '=', tenantId)
    .forUpdate()
    .executeTakeFirst();
  if (!client) throw notFound();
  return issue(trx, tenantId, client.id, input.expiresOn, now, null);
}

/** Replaces a token in use: the new one works now, the old one until the grace ends. */
export async function rotateApiToken(
  trx: Trx,
  tenantId: string,
  input: { tokenId: string; graceHours: number; expiresOn: string | null },
  now: Date,
): Promise<IssuedToken> {
  const old = await lockApiToken(trx, tenantId, input.tokenId);
  if (!old) throw tokenNotFound();
  const outcome = rotationOutcome(old, now, input.graceHours);
  assertAccepted(outcome);
  const issued = await issue(trx, tenantId, old.clientId, input.expiresOn, now, old.id);
  await setApiTokenRetiresAt(trx, old.id, outcome.retiresAt);
  return issued;
}

/** Refuses a token from now on, whatever its expiry or grace. */
export async function revokeApiToken(trx: Trx, tenantId: string, tokenId: string, now: Date) {
  const token = await lockApiToken(trx, tenantId, tokenId);
  if (!token) throw tokenNotFound();
  assertAccepted(revocationCheck(token, now));
  await setApiTokenRevokedAt(trx, token.id, now);
  return { clientId: token.clientId };
}
