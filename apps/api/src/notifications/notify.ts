import {
  type Database,
  type InspectionRecord,
  insertNotifications,
  type NotificationRecord,
} from '@kiemtra/db';
import { type NotificationEvent, notificationsFor } from '@kiemtra/domain';
import type { Kysely } from 'kysely';
import type { Clock } from '../clock.js';
import { onePeople } from './visit-people.js';

/** Who acted, for the notifications of their act: never told of it themselves. */
export type ActingPerson = { kind: 'user'; id: string } | { kind: 'api_client'; id: string } | null;

const actorIdOf = (actor: ActingPerson) => (actor?.kind === 'user' ? actor.id : null);

/**
 * Records the notifications of an act in the act's own transaction (`trx`): the domain decides who
 * is told and in which words; each is recorded once per key. E-mails follow from the rows (the
 * mail sweep reads those whose person chose e-mail).
 */
export async function notify(
  trx: Kysely<Database>,
  clock: Clock,
  tenantId: string,
  event: NotificationEvent,
  actor: ActingPerson,
): Promise<NotificationRecord[]> {
  const now = clock.now();
  return insertNotifications(
    trx,
    notificationsFor(event, actorIdOf(actor)).map((n) => ({
      tenantId,
      recipientId: n.recipientId,
      kind: n.kind,
      title: n.title,
      body: n.body,
      linkPath: n.href,
      dedupKey: n.key,
      createdAt: now,
    })),
  );
}

/** The facts of a visit every visit event carries. */
export async function visitRef(db: Kysely<Database>, inspection: InspectionRecord) {
  return {
    inspectionId: inspection.id,
    planId: inspection.planId,
    unitName: inspection.orgUnitName,
    people: await onePeople(db, inspection),
  };
}
