/*
 * The conclusion notice of every target of the 2024 seed plan (Decree 30 layout, packages/documents),
 * generated ROUNDS times, against two baselines measured in the same run on the same text: (a) a
 * plain DOCX of one paragraph per line, (b) a plain string template. Prints the time per document,
 * the peak memory, and the ratios. Every generated notice is opened and checked for its unit.
 * Run: cd bench && npx tsx documents/run.ts   (ROUNDS=… to change the repetitions)
 */
import { conclusionNoticeDocx } from '@kiemtra/documents';
import { openDocx } from '@kiemtra/documents/testing';
import { plainDocx, plainText } from './baselines.js';
import { seedConclusionInputs } from './seed-conclusions.js';

const ROUNDS = Number(process.env.ROUNDS ?? 10);
const inputs = seedConclusionInputs();

let peakRss = process.memoryUsage().rss;
const samplePeak = () => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
};

async function timed(
  run: (i: number) => Promise<Uint8Array> | Uint8Array,
): Promise<{ perDoc: number[]; bytes: number }> {
  const perDoc: number[] = [];
  let bytes = 0;
  for (let r = 0; r < ROUNDS; r++) {
    for (let i = 0; i < inputs.length; i++) {
      const s = performance.now();
      const out = await run(i);
      perDoc.push(performance.now() - s);
      bytes += out.byteLength;
      samplePeak();
    }
  }
  return { perDoc, bytes };
}

// The text of each notice, as our generator lays it out: the baselines write exactly these lines.
const texts: string[][] = [];
for (const input of inputs) {
  const doc = openDocx(await conclusionNoticeDocx(input));
  if (!doc.text.includes(input.unitName)) {
    console.error(`the notice of ${input.unitName} does not name its unit`);
    process.exit(1);
  }
  texts.push(doc.paragraphs.map((p) => p.text));
}
// Warm-up of all three before measuring.
for (let i = 0; i < inputs.length; i++) {
  await conclusionNoticeDocx(inputs[i] ?? (inputs[0] as never));
  await plainDocx(texts[i] ?? []);
  plainText(texts[i] ?? []);
}

const ours = await timed((i) => conclusionNoticeDocx(inputs[i] ?? (inputs[0] as never)));
const docxBaseline = await timed((i) => plainDocx(texts[i] ?? []));
const textBaseline = await timed((i) => plainText(texts[i] ?? []));
const maxRss = process.resourceUsage().maxRSS * 1024;

const stats = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
  return { mean: xs.reduce((a, b) => a + b, 0) / xs.length, p50: at(0.5), p95: at(0.95) };
};
const line = (label: string, r: { perDoc: number[]; bytes: number }) => {
  const s = stats(r.perDoc);
  console.log(
    `${label.padEnd(34)} mean ${s.mean.toFixed(3).padStart(8)} ms/doc  p50 ${s.p50.toFixed(3).padStart(8)}  p95 ${s.p95.toFixed(3).padStart(8)}  avg ${Math.round(r.bytes / r.perDoc.length).toLocaleString('en-US')} B`,
  );
  return s.mean;
};

const paragraphs = texts.reduce((n, t) => n + t.length, 0);
console.log(
  `${inputs.length} conclusion notices (every target of the 2024 seed plan, ${Math.round(paragraphs / inputs.length)} paragraphs each) × ${ROUNDS} rounds = ${ours.perDoc.length} documents per implementation`,
);
const oursMean = line('ours (Decree 30 layout, DOCX)', ours);
const docxMean = line('(a) plain DOCX, same text', docxBaseline);
const textMean = line('(b) plain string template', textBaseline);
console.log(`ratio ours/plain DOCX:    ${(oursMean / docxMean).toFixed(2)}× the time`);
console.log(`ratio ours/string template: ${(oursMean / textMean).toFixed(0)}× the time`);
console.log(
  `peak memory: ${(Math.max(peakRss, maxRss) / 1024 / 1024).toFixed(1)} MB RSS (heap now ${(process.memoryUsage().heapUsed / 1024 / 1024).toFixed(1)} MB)`,
);
