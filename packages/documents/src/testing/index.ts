export { SAMPLE_DOCUMENTS } from './all-documents.js';
export { makeFrame, SAMPLE_TEMPLATE } from './fixtures.js';
export { convertWithLibreOffice, flat, type PdfReading } from './libreoffice.js';
export { plausibleConclusion } from './plausible-conclusions.js';
export { type OpenedDocx, openDocx, paragraphWith } from './read-docx.js';
