import { contentDisposition, DOCX_MIME } from '@kiemtra/documents';
import {
  attachmentByIdInput,
  attachmentUploadInput,
  MAX_ATTACHMENT_BYTES,
  reportByInspectionInput,
} from '@kiemtra/domain';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ZodError } from 'zod';
import { type ActorProfile, assertPasswordCurrent, resolveActor } from '../auth/resolve-actor.js';
import { SESSION_COOKIE } from '../auth/tokens.js';
import { hashInput, idempotencyKeyOf, runIdempotent } from '../idempotency/run-idempotent.js';
import type { AppDeps } from '../trpc/context.js';
import { asDomainFailure, HTTP_STATUS, INTERNAL_ERROR_MESSAGE } from '../trpc/errors.js';
import { downloadAttachment, sha256Of, uploadAttachment } from './attachments.js';
import { unitReportDocument } from './report-document.js';

/**
 * The same credentials as /trpc: a session cookie for a person, a bearer token for a system; a
 * person who must first change a temporary password is refused.
 */
async function profileOf(deps: AppDeps, req: FastifyRequest): Promise<ActorProfile | null> {
  const authorization = req.headers.authorization;
  const bearerToken = authorization?.startsWith('Bearer ') ? authorization.slice(7).trim() : null;
  const profile = await resolveActor(deps, {
    bearerToken,
    sessionToken: req.cookies[SESSION_COOKIE] ?? null,
    clientIp: req.ip,
  });
  if (profile) assertPasswordCurrent(profile);
  return profile;
}

function sendError(reply: FastifyReply, error: unknown, log: FastifyInstance['log']) {
  const failure = asDomainFailure(error);
  if (failure) return reply.code(HTTP_STATUS[failure.code]).send({ message: failure.message });
  if (error instanceof ZodError) {
    return reply
      .code(400)
      .send({ message: `Dữ liệu nhập chưa đúng: ${error.issues.map((i) => i.message).join('; ')}` });
  }
  log.error({ err: error }, 'attachment route failed');
  return reply.code(500).send({ message: INTERNAL_ERROR_MESSAGE });
}

/**
 * Evidence files travel as plain HTTP bodies rather than base64 inside tRPC:
 * - POST /files/reports/:inspectionId/items/:itemCode/attachments, body = the file's bytes
 *   (application/octet-stream), header X-File-Name = its name, URI-encoded (names are Vietnamese);
 * - GET /files/attachments/:attachmentId returns the bytes, for the unit and the team only;
 * - GET /files/reports/:inspectionId/report.docx is the report as an official document.
 */
export async function registerAttachmentRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  await app.register(async (scope) => {
    scope.addContentTypeParser(
      'application/octet-stream',
      // A little room above the limit so that the domain, not the parser, words the refusal.
      { parseAs: 'buffer', bodyLimit: MAX_ATTACHMENT_BYTES + 1 },
      (_req, body, done) => done(null, body),
    );
    scope.setErrorHandler((error: { statusCode?: number; code?: string }, _req, reply) => {
      if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE')
        return reply.code(413).send({
          message: `Tệp lớn hơn ${MAX_ATTACHMENT_BYTES / 1024 / 1024} MB; hãy nén hoặc chia nhỏ tệp.`,
        });
      if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE')
        return reply.code(415).send({ message: 'Hãy gửi tệp dưới dạng application/octet-stream.' });
      return sendError(reply, error, scope.log);
    });

    scope.post<{ Params: { inspectionId: string; itemCode: string } }>(
      '/files/reports/:inspectionId/items/:itemCode/attachments',
      async (req, reply) => {
        try {
          const profile = await profileOf(deps, req);
          if (!profile) return reply.code(401).send({ message: 'Bạn cần đăng nhập để tiếp tục.' });
          const rawName = req.headers['x-file-name'];
          const input = attachmentUploadInput.parse({
            ...req.params,
            fileName: typeof rawName === 'string' ? safeDecode(rawName) : undefined,
          });
          const content = Buffer.isBuffer(req.body) ? new Uint8Array(req.body) : new Uint8Array();
          const upload = { ...input, content };
          // Issue 18: an upload retried with the same Idempotency-Key answers the first attachment.
          const key = idempotencyKeyOf(req.headers['idempotency-key']);
          const attachment =
            key === null
              ? await uploadAttachment(deps, profile, upload)
              : await runIdempotent(
                  deps.db,
                  {
                    actor: profile.actor,
                    procedure: 'attachments.upload',
                    key,
                    inputHash: hashInput({ ...input, sha256: sha256Of(content) }),
                    now: deps.clock.now(),
                  },
                  (trx) => uploadAttachment({ ...deps, db: trx }, profile, upload),
                );
          return reply.code(201).send(attachment);
        } catch (error) {
          return sendError(reply, error, scope.log);
        }
      },
    );

    scope.get<{ Params: { inspectionId: string } }>(
      '/files/reports/:inspectionId/report.docx',
      async (req, reply) => {
        try {
          const profile = await profileOf(deps, req);
          if (!profile) return reply.code(401).send({ message: 'Bạn cần đăng nhập để tiếp tục.' });
          const { inspectionId } = reportByInspectionInput.parse(req.params);
          const file = await unitReportDocument(deps, profile, inspectionId);
          return reply
            .header('content-type', DOCX_MIME)
            .header('content-disposition', contentDisposition(file.name))
            .header('cache-control', 'private, no-store')
            .send(Buffer.from(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength));
        } catch (error) {
          return sendError(reply, error, scope.log);
        }
      },
    );

    scope.get<{ Params: { attachmentId: string } }>(
      '/files/attachments/:attachmentId',
      async (req, reply) => {
        try {
          const profile = await profileOf(deps, req);
          if (!profile) return reply.code(401).send({ message: 'Bạn cần đăng nhập để tiếp tục.' });
          const { attachmentId } = attachmentByIdInput.parse(req.params);
          const file = await downloadAttachment(deps, profile, attachmentId);
          return reply
            .header('content-type', file.mediaType)
            .header('content-disposition', contentDisposition(file.fileName))
            .header('x-content-type-options', 'nosniff')
            .header('cache-control', 'private, no-store')
            .send(Buffer.from(file.content));
        } catch (error) {
          return sendError(reply, error, scope.log);
        }
      },
    );
  });
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
