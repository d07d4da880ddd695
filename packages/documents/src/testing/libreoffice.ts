import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** What LibreOffice made of one document: its page count and the text of each page. */
export interface PdfReading {
  pages: number;
  pageTexts: string[];
  /** The PDF itself, for reading positions (readPrintedDocument). */
  pdf: Uint8Array;
}

async function requireTool(tool: string, debianPackage: string): Promise<void> {
  try {
    await run('sh', ['-c', `command -v ${tool}`]);
  } catch {
    throw new Error(
      `Thiếu ${tool}: kiểm thử chuyển văn bản sang PDF cần LibreOffice và poppler-utils (apt-get install ${debianPackage}); .ci/run cài chúng.`,
    );
  }
}

/**
 * Converts DOCX files to PDF with LibreOffice in one headless run (its own throw-away profile, so
 * that parallel runs do not share a lock), then reads each PDF back with poppler: a document that
 * Word or LibreOffice cannot open fails here.
 */
export async function convertWithLibreOffice(
  files: readonly { name: string; bytes: Uint8Array }[],
): Promise<Map<string, PdfReading>> {
  await requireTool('soffice', 'libreoffice-writer-nogui');
  await requireTool('pdftotext', 'poppler-utils');
  await requireTool('pdfinfo', 'poppler-utils');
  const dir = await mkdtemp(join(tmpdir(), 'kiemtra-pdf-'));
  try {
    const inputs = await Promise.all(
      files.map(async (f) => {
        const path = join(dir, `${f.name}.docx`);
        await writeFile(path, f.bytes);
        return path;
      }),
    );
    await run(
      'soffice',
      [
        `-env:UserInstallation=file://${join(dir, 'profile')}`,
        '--headless',
        '--norestore',
        '--convert-to',
        'pdf',
        '--outdir',
        dir,
        ...inputs,
      ],
      { timeout: 240_000 },
    );
    const produced = new Set(await readdir(dir));
    const readings = new Map<string, PdfReading>();
    for (const f of files) {
      const pdf = join(dir, `${f.name}.pdf`);
      if (!produced.has(`${f.name}.pdf`))
        throw new Error(`LibreOffice không chuyển được ${f.name}.docx sang PDF.`);
      const info = (await run('pdfinfo', [pdf])).stdout;
      const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? '0');
      const pageTexts: string[] = [];
      for (let p = 1; p <= pages; p += 1) {
        pageTexts.push(
          (await run('pdftotext', ['-f', String(p), '-l', String(p), '-enc', 'UTF-8', pdf, '-'])).stdout,
        );
      }
      readings.set(f.name, { pages, pageTexts, pdf: new Uint8Array(await readFile(pdf)) });
    }
    return readings;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Text as pdftotext gives it, with runs of white space made single spaces, for `includes` checks. */
export const flat = (text: string): string => text.replace(/\s+/g, ' ').trim();
