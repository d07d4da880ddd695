/**
 * Unsaved edits of a report item, kept in the browser (localStorage) until the API has them, so
 * that nothing typed is lost when the connection drops or the tab closes. They are resent when the
 * page opens again or the connection comes back.
 */
export interface ItemDraft {
  narrative: string;
  figures: Record<string, string>;
  /** The answer's version the edit started from; a newer one on the server is a conflict to show. */
  baseVersion: number;
  /** When it was typed (ISO), for the message shown when it is restored. */
  savedAt: string;
}

/** The slice of the Storage API the drafts use (localStorage in the browser, a Map in tests). */
export interface DraftStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export const draftKey = (inspectionId: string, itemCode: string) =>
  `kiemtra.bao-cao.${inspectionId}.${itemCode}`;

export function readDraft(storage: DraftStorage, key: string): ItemDraft | null {
  const raw = storage.getItem(key);
  if (raw === null) return null;
  try {
    const value = JSON.parse(raw) as Partial<ItemDraft>;
    if (typeof value.narrative !== 'string' || typeof value.baseVersion !== 'number') return null;
    return {
      narrative: value.narrative,
      figures: typeof value.figures === 'object' && value.figures !== null ? value.figures : {},
      baseVersion: value.baseVersion,
      savedAt: typeof value.savedAt === 'string' ? value.savedAt : '',
    };
  } catch {
    return null;
  }
}

export function writeDraft(storage: DraftStorage, key: string, draft: ItemDraft): void {
  try {
    storage.setItem(key, JSON.stringify(draft));
  } catch {
    // A full or disabled storage only loses the offline copy; the save to the API still runs.
  }
}

export function clearDraft(storage: DraftStorage, key: string): void {
  storage.removeItem(key);
}

/** True when a kept draft says something the saved answer does not (and so must be restored). */
export function draftDiffers(
  draft: ItemDraft,
  saved: { narrative: string; figures: Record<string, string> },
): boolean {
  if (draft.narrative !== saved.narrative) return true;
  const keys = new Set([...Object.keys(draft.figures), ...Object.keys(saved.figures)]);
  return [...keys].some((k) => (draft.figures[k] ?? '') !== (saved.figures[k] ?? ''));
}
