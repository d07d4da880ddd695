import { describe, expect, it } from 'vitest';
import { clearDraft, type DraftStorage, draftDiffers, draftKey, readDraft, writeDraft } from './item-draft';

const memory = (): DraftStorage & { map: Map<string, string> } => {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, v),
    removeItem: (k) => void map.delete(k),
  };
};

describe('item drafts kept in the browser', () => {
  const key = draftKey('insp-1', 'I.1.a');
  const draft = {
    narrative: '<p>Đang viết</p>',
    figures: { received: '12' },
    baseVersion: 2,
    savedAt: '2024-04-25T03:00:00Z',
  };

  it('are written, read back and cleared under one key per report item', () => {
    const storage = memory();
    writeDraft(storage, key, draft);
    expect(key).toBe('kiemtra.bao-cao.insp-1.I.1.a');
    expect(readDraft(storage, key)).toEqual(draft);
    clearDraft(storage, key);
    expect(readDraft(storage, key)).toBeNull();
  });

  it('ignore what is not a draft, and survive a storage that refuses to write', () => {
    const storage = memory();
    storage.setItem(key, '{not json');
    expect(readDraft(storage, key)).toBeNull();
    storage.setItem(key, JSON.stringify({ narrative: 1 }));
    expect(readDraft(storage, key)).toBeNull();
    const full: DraftStorage = {
      ...storage,
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(() => writeDraft(full, key, draft)).not.toThrow();
  });

  it('differ from the saved answer when the text or a figure differs', () => {
    expect(draftDiffers(draft, { narrative: '<p>Đang viết</p>', figures: { received: '12' } })).toBe(false);
    expect(draftDiffers(draft, { narrative: '<p>Khác</p>', figures: { received: '12' } })).toBe(true);
    expect(draftDiffers(draft, { narrative: '<p>Đang viết</p>', figures: {} })).toBe(true);
  });
});
