import type { FollowUpLink } from '@kiemtra/db';
import { FOLLOW_UP_KIND_LABELS } from '@kiemtra/domain';

const link = (l: FollowUpLink) => ({
  inspectionId: l.inspectionId,
  sourceInspectionId: l.sourceInspectionId,
  kind: l.kind,
  kindLabel: FOLLOW_UP_KIND_LABELS[l.kind],
});

export function toFollowUpLinksDto(links: { source: FollowUpLink | null; followUps: FollowUpLink[] }) {
  return { source: links.source ? link(links.source) : null, followUps: links.followUps.map(link) };
}
