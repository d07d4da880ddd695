import { zipSync } from 'fflate';

/**
 * Packs generated files into one ZIP (several notices downloaded at once). DOCX files are zips
 * already, so they are stored, not compressed again. Names are unique: a repeated name gets " (2)".
 * @example zipFiles([{ name: 'Thông báo.docx', bytes }])
 */
export function zipFiles(files: readonly { name: string; bytes: Uint8Array }[]): Uint8Array {
  const entries: Record<string, [Uint8Array, { level: 0 }]> = {};
  for (const f of files) {
    let name = f.name;
    for (let n = 2; name in entries; n += 1) name = f.name.replace(/(\.[^.]+)?$/, ` (${n})$1`);
    entries[name] = [f.bytes, { level: 0 }];
  }
  return zipSync(entries);
}
