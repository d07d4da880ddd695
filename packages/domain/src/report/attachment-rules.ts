/** The kinds of evidence a unit may attach: documents, spreadsheets and pictures. */
export const ATTACHMENT_TYPES = [
  { mediaType: 'application/pdf', extensions: ['pdf'], label: 'PDF' },
  {
    mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    extensions: ['docx'],
    label: 'Word (DOCX)',
  },
  {
    mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    extensions: ['xlsx'],
    label: 'Excel (XLSX)',
  },
  { mediaType: 'image/png', extensions: ['png'], label: 'ảnh PNG' },
  { mediaType: 'image/jpeg', extensions: ['jpg', 'jpeg'], label: 'ảnh JPEG' },
] as const;

/** 10 MB: a scanned decision or a photo of a notice board fits; a video does not. */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

export const ATTACHMENT_TYPES_TEXT = ATTACHMENT_TYPES.map((t) => t.label).join(', ');

export interface AttachmentIssue {
  code:
    | 'empty'
    | 'too_large'
    | 'extension_not_allowed'
    | 'content_not_recognised'
    | 'content_mismatch'
    | 'bad_name';
  message: string;
}

export type AttachmentCheck = { ok: true; mediaType: string } | { ok: false; issue: AttachmentIssue };

const extensionOf = (fileName: string) => {
  const dot = fileName.lastIndexOf('.');
  return dot < 0 ? '' : fileName.slice(dot + 1).toLowerCase();
};

/**
 * Accepts a file only when its name ends in an allowed extension AND its content, as detected from
 * its bytes (the caller detects; the domain does no I/O), is of that same type: a renamed .exe
 * called "bao-cao.pdf" is refused. Returns the media type to store.
 * @example checkAttachment({ fileName: 'qd.pdf', sizeBytes: 1200, detectedMediaType: 'application/pdf' }) // { ok: true, mediaType: 'application/pdf' }
 */
export function checkAttachment(file: {
  fileName: string;
  sizeBytes: number;
  detectedMediaType: string | null;
}): AttachmentCheck {
  const name = file.fileName.trim();
  const hasControl = [...name].some((ch) => ch.charCodeAt(0) < 0x20);
  if (name === '' || name.length > 255 || hasControl || name.includes('/') || name.includes('\\'))
    return {
      ok: false,
      issue: { code: 'bad_name', message: 'Tên tệp không hợp lệ; hãy đổi tên tệp rồi tải lên lại.' },
    };
  if (file.sizeBytes === 0) return { ok: false, issue: { code: 'empty', message: `Tệp “${name}” rỗng.` } };
  if (file.sizeBytes > MAX_ATTACHMENT_BYTES)
    return {
      ok: false,
      issue: {
        code: 'too_large',
        message: `Tệp “${name}” lớn hơn ${MAX_ATTACHMENT_BYTES / 1024 / 1024} MB; hãy nén hoặc chia nhỏ tệp.`,
      },
    };
  const ext = extensionOf(name);
  const byName = ATTACHMENT_TYPES.find((t) => (t.extensions as readonly string[]).includes(ext));
  if (!byName)
    return {
      ok: false,
      issue: {
        code: 'extension_not_allowed',
        message: `Không nhận tệp “${name}”: chỉ nhận ${ATTACHMENT_TYPES_TEXT}.`,
      },
    };
  if (file.detectedMediaType === null)
    return {
      ok: false,
      issue: {
        code: 'content_not_recognised',
        message: `Nội dung tệp “${name}” không phải là ${byName.label} hợp lệ.`,
      },
    };
  if (file.detectedMediaType !== byName.mediaType)
    return {
      ok: false,
      issue: {
        code: 'content_mismatch',
        message: `Tệp “${name}” mang đuôi .${ext} nhưng nội dung không phải là ${byName.label}.`,
      },
    };
  return { ok: true, mediaType: byName.mediaType };
}
