import { fail } from '@sveltejs/kit';
import { tryApi } from './api-error';

/** The workbook a preview form uploaded, as the API's import procedures take it; null when none was chosen. */
export async function uploadedWorkbook(
  form: FormData,
): Promise<{ fileBase64: string; fileName: string } | null> {
  const file = form.get('file');
  if (!(file instanceof File) || file.size === 0) return null;
  return { fileBase64: Buffer.from(await file.arrayBuffer()).toString('base64'), fileName: file.name };
}

/**
 * An import page's preview action: the uploaded workbook checked by the API, nothing saved. The
 * file comes back with the verdicts so that the commit form sends the same bytes again.
 */
export async function previewAction<T>(
  request: Request,
  missingMessage: string,
  preview: (fileBase64: string) => Promise<T>,
) {
  const file = await uploadedWorkbook(await request.formData());
  if (!file) {
    return fail(400, {
      action: 'preview' as const,
      message: missingMessage,
      preview: null,
      fileBase64: '',
      fileName: '',
    });
  }
  const checked = await tryApi(preview(file.fileBase64));
  if (!checked.ok) {
    return fail(checked.status, {
      action: 'preview' as const,
      message: checked.message,
      preview: null,
      fileBase64: '',
      fileName: file.fileName,
    });
  }
  return { action: 'preview' as const, message: null, preview: checked.value, ...file };
}

/** A refused commit of an import, with each reason the API gave, for the page to list. */
export const commitRefused = (saved: {
  status: number;
  message: string;
  issues: readonly { message: string }[];
}) =>
  fail(saved.status, {
    action: 'commit' as const,
    message: saved.message,
    reasons: saved.issues.map((i) => i.message),
  });

/** A workbook the API answered as base64 (a template), as the download it is. */
export const workbookDownload = (file: { fileName: string; contentType: string; base64: string }): Response =>
  new Response(Buffer.from(file.base64, 'base64'), {
    headers: {
      'content-type': file.contentType,
      'content-disposition': `attachment; filename="${file.fileName}"`,
    },
  });
