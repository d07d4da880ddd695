import { insertApiAccessToken } from '@kiemtra/db';
import { API_SCOPES, type ApiScope } from '@kiemtra/domain';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { registeredClient } from '../auth/resolve-actor.js';
import { hashToken, newToken } from '../auth/tokens.js';
import type { AppDeps } from '../trpc/context.js';
import { PROBLEM_CONTENT_TYPE, problem } from './problem.js';

export const DEFAULT_ACCESS_TOKEN_SECONDS = 900;

/** RFC 6749 §4.4.2: what a system sends to the token endpoint (as a form or as JSON). */
export const tokenRequestSchema = z
  .object({
    grant_type: z
      .string()
      .max(100)
      .meta({ description: 'Luôn là client_credentials.', example: 'client_credentials' }),
    client_id: z
      .string()
      .max(100)
      .optional()
      .meta({ description: 'Mã hệ thống (id trong sổ hệ thống kết nối); hoặc gửi bằng HTTP Basic.' }),
    client_secret: z
      .string()
      .max(300)
      .optional()
      .meta({ description: 'Mã truy cập do quản trị hệ thống cấp (kt1_…); hoặc gửi bằng HTTP Basic.' }),
    scope: z
      .string()
      .max(500)
      .optional()
      .meta({ description: 'Các quyền cần dùng, cách nhau bởi dấu cách; bỏ trống: mọi quyền của hệ thống.' }),
  })
  .meta({ id: 'TokenRequest' });

export const tokenResponseSchema = z
  .object({
    access_token: z.string(),
    token_type: z.literal('Bearer'),
    expires_in: z.number().int().meta({ description: 'Số giây mã còn hiệu lực.' }),
    scope: z.string(),
  })
  .meta({ id: 'TokenResponse', description: 'Mã truy cập ngắn hạn (RFC 6749 §5.1).' });

/** RFC 6749 §5.2's error codes, inside this API's one error shape (problem+json). */
function oauthRefusal(
  reply: FastifyReply,
  status: 400 | 401,
  error: 'invalid_request' | 'invalid_client' | 'unsupported_grant_type' | 'invalid_scope',
  detail: string,
) {
  if (error === 'invalid_client') reply.header('www-authenticate', 'Basic realm="kiemtra"');
  const body = {
    ...problem(status, detail, '/api/v1/oauth/token', { code: error }),
    error,
    error_description: detail,
  };
  return reply.code(status).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(body));
}

function basicCredentials(req: FastifyRequest): { id: string; secret: string } | null {
  const header = req.headers.authorization;
  if (!header?.startsWith('Basic ')) return null;
  const decoded = Buffer.from(header.slice('Basic '.length).trim(), 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return null;
  // RFC 6749 §2.3.1: both parts are form-urlencoded inside the Basic credentials.
  return {
    id: decodeURIComponent(decoded.slice(0, colon).replace(/\+/g, ' ')),
    secret: decodeURIComponent(decoded.slice(colon + 1).replace(/\+/g, ' ')),
  };
}

/**
 * Issue 16: OAuth2 client credentials. A system sends its id and a token of the register as its
 * secret (kept hashed there) and gets an access token for `accessTokenSeconds`; expiring, rotating
 * or revoking the registered token ends the access tokens exchanged for it.
 */
export function registerTokenEndpoint(scope: FastifyInstance, deps: AppDeps, accessTokenSeconds: number) {
  scope.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (_req, body, done) =>
    done(null, Object.fromEntries(new URLSearchParams(String(body)))),
  );
  scope.post('/oauth/token', { config: { restOperation: 'oauthToken' } }, async (req, reply) => {
    const parsed = tokenRequestSchema.safeParse(req.body ?? {});
    if (!parsed.success)
      return oauthRefusal(reply, 400, 'invalid_request', 'Yêu cầu lấy mã truy cập không hợp lệ.');
    const input = parsed.data;
    if (input.grant_type !== 'client_credentials')
      return oauthRefusal(reply, 400, 'unsupported_grant_type', 'Chỉ hỗ trợ grant_type=client_credentials.');
    const basic = basicCredentials(req);
    const clientId = basic?.id ?? input.client_id;
    const secret = basic?.secret ?? input.client_secret;
    if (!clientId || !secret)
      return oauthRefusal(reply, 401, 'invalid_client', 'Hãy gửi client_id và client_secret của hệ thống.');
    const client = await registeredClient(deps, secret, req.ip);
    if (!client || client.actor.id !== clientId || client.actor.kind !== 'api_client')
      return oauthRefusal(
        reply,
        401,
        'invalid_client',
        'client_id hoặc client_secret không đúng, hoặc mã đã hết hạn, đã bị thay hay thu hồi.',
      );
    const held = client.actor.scopes;
    const asked = input.scope ? input.scope.split(/\s+/).filter((s) => s !== '') : [...held];
    const unknown = asked.filter(
      (s) => !(API_SCOPES as readonly string[]).includes(s) || !held.includes(s as ApiScope),
    );
    if (unknown.length > 0)
      return oauthRefusal(reply, 400, 'invalid_scope', `Hệ thống không có quyền: ${unknown.join(', ')}.`);
    const token = `kta_${newToken()}`;
    const now = deps.clock.now();
    await insertApiAccessToken(deps.db, {
      tokenHash: hashToken(token),
      tenantId: client.actor.tenantId,
      clientId: client.actor.id,
      credentialTokenId: client.tokenId,
      scopes: asked as ApiScope[],
      expiresAt: new Date(now.getTime() + accessTokenSeconds * 1000),
    });
    req.actorId = `api_client:${client.actor.id}`;
    req.restClient = { tenantId: client.actor.tenantId, clientId: client.actor.id };
    return reply
      .header('cache-control', 'no-store')
      .header('pragma', 'no-cache')
      .send({
        access_token: token,
        token_type: 'Bearer',
        expires_in: accessTokenSeconds,
        scope: asked.join(' '),
      });
  });
}
