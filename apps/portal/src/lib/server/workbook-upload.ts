/** The workbook a preview form uploaded, as the API's import procedures take it; null when none was chosen. */
export async function uploadedWorkbook(
  form: FormData,
): Promise<{ fileBase64: string; fileName: string } | null> {
  const file = form.get('file');
  if (!(file instanceof File) || file.size === 0) return null;
  return { fileBase64: Buffer.from(await file.arrayBuffer()).toString('base64'), fileName: file.name };
}

/** A workbook the API answered as base64 (a template), as the download it is. */
export const workbookDownload = (file: { fileName: string; contentType: string; base64: string }): Response =>
  new Response(Buffer.from(file.base64, 'base64'), {
    headers: {
      'content-type': file.contentType,
      'content-disposition': `attachment; filename="${file.fileName}"`,
    },
  });
