import { describe, expect, it } from 'vitest';
import { type OrgUnitVersion, type ParentLink, subtreeIds, treeAsAt } from './org-unit.js';

// The 2025 reform in miniature: Bình Định (with district Tây Sơn and commune Bình Tường) until
// 30/6/2025; from 1/7/2025 the new Gia Lai province, districts gone, the commune directly under it.
const units: OrgUnitVersion[] = [
  { id: 'bd', name: 'Tỉnh Bình Định', kind: 'province', validFrom: '1976-01-01', validTo: '2025-06-30' },
  { id: 'gl', name: 'Tỉnh Gia Lai', kind: 'province', validFrom: '2025-07-01', validTo: null },
  { id: 'ts', name: 'Huyện Tây Sơn', kind: 'district', validFrom: '1976-01-01', validTo: '2025-06-30' },
  { id: 'bt', name: 'Xã Bình Tường', kind: 'commune', validFrom: '1976-01-01', validTo: null },
  { id: 'snv', name: 'Sở Nội vụ', kind: 'department', validFrom: '1976-01-01', validTo: null },
];
const links: ParentLink[] = [
  { orgUnitId: 'ts', parentId: 'bd', validFrom: '1976-01-01', validTo: '2025-06-30' },
  { orgUnitId: 'bt', parentId: 'ts', validFrom: '1976-01-01', validTo: '2025-06-30' },
  { orgUnitId: 'bt', parentId: 'gl', validFrom: '2025-07-01', validTo: null },
  { orgUnitId: 'snv', parentId: 'bd', validFrom: '1976-01-01', validTo: '2025-06-30' },
  { orgUnitId: 'snv', parentId: 'gl', validFrom: '2025-07-01', validTo: null },
];

const shape = (nodes: ReturnType<typeof treeAsAt>): unknown =>
  nodes.map((n) => (n.children.length ? { [n.id]: shape(n.children) } : n.id));

describe('treeAsAt', () => {
  it('reads the three-level 2024 tree on a 2024 date', () => {
    expect(shape(treeAsAt(units, links, '2024-06-01'))).toEqual([{ bd: ['snv', { ts: ['bt'] }] }]);
  });

  it('reads the two-level tree after the 2025 reform without touching the 2024 rows', () => {
    expect(shape(treeAsAt(units, links, '2025-07-01'))).toEqual([{ gl: ['snv', 'bt'] }]);
  });

  it('treats the last valid day as inclusive', () => {
    expect(shape(treeAsAt(units, links, '2025-06-30'))).toEqual([{ bd: ['snv', { ts: ['bt'] }] }]);
  });

  it('makes a unit whose parent did not exist that day a root', () => {
    const orphanLinks = links.filter((l) => l.orgUnitId !== 'snv' || l.parentId !== 'bd');
    expect(shape(treeAsAt(units, orphanLinks, '2024-06-01'))).toEqual([{ bd: [{ ts: ['bt'] }] }, 'snv']);
  });
});

describe('subtreeIds', () => {
  it('collects a district and its communes', () => {
    const forest = treeAsAt(units, links, '2024-06-01');
    expect([...subtreeIds(forest, 'ts')].sort()).toEqual(['bt', 'ts']);
    expect(subtreeIds(forest, 'missing').size).toBe(0);
  });
});
