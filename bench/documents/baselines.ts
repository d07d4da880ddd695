import { Document, Packer, Paragraph } from 'docx';

/**
 * The same text as a conclusion notice, without the Decree 30 layout: one paragraph per line in
 * the docx package's defaults (no header table, no styles, no tables, no section settings).
 * What is left is the cost of packing a DOCX at all.
 */
export async function plainDocx(lines: readonly string[]): Promise<Uint8Array> {
  const doc = new Document({ sections: [{ children: lines.map((text) => new Paragraph({ text })) }] });
  return new Uint8Array(await Packer.toBuffer(doc));
}

/** The same text as a plain string template: what producing the words costs, with no file format. */
export function plainText(lines: readonly string[]): Uint8Array {
  return new TextEncoder().encode(lines.join('\n'));
}
