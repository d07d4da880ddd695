import { makePlanInput } from '../planning-fixtures.js';
import { sessionCookie, type TestServer } from '../test-server.js';

type Unit = (code: string) => string;

const PDF = new TextEncoder().encode(
  '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
);

/**
 * The seed's 2024 plan worked on until Thursday 6 June 2024: a concluded visit (Tây Sơn), one in
 * progress (xã Bình Tường), a notified one with a report and its evidence (Sở Công Thương), one
 * still scheduled (Hoài Ân: not yet the unit's), another team's (Phú Cát); a draft plan of Sở Nội
 * vụ and one of the district of Tây Sơn; a round of each team.
 */
export async function buildScenario(server: TestServer, unit: Unit, setNow: (iso: string) => void) {
  setNow('2024-04-25T03:00:00Z');
  const sct = await server.signedIn('sct');
  const visitsOfSct = (await sct.inspections.list.query()).items;
  const sctNotified = visitsOfSct.find((v) => v.orgUnitName.includes('Công Thương'))?.id ?? '';
  const uploaded = await fetch(`${server.url}/files/reports/${sctNotified}/items/I.1.a/attachments`, {
    method: 'POST',
    headers: {
      'content-type': 'application/octet-stream',
      'x-file-name': encodeURIComponent('Kế hoạch CCHC 2024.pdf'),
      cookie: await sessionCookie(server.url, 'sct'),
    },
    body: PDF,
  });
  if (uploaded.status !== 201) throw new Error(`the evidence upload answered ${uploaded.status}`);
  const attachmentId = ((await uploaded.json()) as { id: string }).id;

  setNow('2024-06-06T02:00:00Z');
  const leader = await server.signedIn('truongdoan');
  const admin = await server.signedIn('admin');
  const all = (await admin.inspections.list.query({ limit: 200 })).items;
  const visit = (name: string) => {
    const found = all.find((v) => v.orgUnitName === name);
    if (!found) throw new Error(`no visit to ${name}`);
    return found;
  };
  const taySon = visit('Ủy ban nhân dân huyện Tây Sơn');
  const binhTuong = visit('Ủy ban nhân dân xã Bình Tường');
  const hoaiAn = visit('Ủy ban nhân dân huyện Hoài Ân');
  const phuCat = visit('Ủy ban nhân dân huyện Phù Cát');

  const work = async (inspectionId: string, date: string, unitName: string) => {
    await leader.minutes.save.mutate({
      inspectionId,
      expectedVersion: 0,
      minutes: {
        date,
        place: `Trụ sở ${unitName}`,
        attendees: [
          { name: 'Trần Quốc Bảo', organisation: 'Sở Nội vụ', role: 'team_leader' },
          { name: 'Người đứng đầu', organisation: unitName, role: 'unit_head' },
        ],
      },
    });
    const finding = await leader.findings.add.mutate({
      inspectionId,
      finding: {
        area: 'A1',
        kind: 'shortcoming',
        description: 'Kế hoạch CCHC ban hành chậm',
        responsibilities: [{ holderKind: 'collective', holder: 'Văn phòng', description: 'Tham mưu chậm' }],
      },
    });
    const recommendation = await leader.conclusions.addRecommendation.mutate({
      inspectionId,
      recommendation: {
        action: 'Ban hành kế hoạch CCHC đúng hạn',
        responsible: 'Văn phòng',
        dueDate: '2024-09-30',
      },
    });
    return { findingId: finding.id, recommendationId: recommendation.id };
  };
  const concluded = await work(taySon.id, '2024-06-04', taySon.orgUnitName);
  const started = await leader.inspections.get.query({ inspectionId: taySon.id });
  await leader.conclusions.issue.mutate({
    inspectionId: taySon.id,
    expectedVersion: started.version,
    notice: { date: '2024-06-06' },
  });
  const inProgress = await work(binhTuong.id, '2024-06-05', binhTuong.orgUnitName);

  const draftProvince = await admin.plans.create.mutate(makePlanInput(unit));
  const district = await server.signedIn('noivu.tayson');
  const draftLower = await district.plans.create.mutate(
    makePlanInput(unit, {
      title: 'Kế hoạch kiểm tra công tác CCHC của UBND huyện Tây Sơn năm 2025',
      memberAgencies: [{ orgUnitId: unit('huyen-tay-son'), isPoliceUnit: false }],
    }),
  );
  const withTarget = await admin.targets.add.mutate({
    planId: draftProvince.id,
    orgUnitId: unit('so-tu-phap'),
    kind: 'comprehensive',
    group: 'provincial_agencies',
  });

  const db = server.database.db;
  const teamOf = async (inspectionId: string) =>
    (
      await db
        .selectFrom('inspections')
        .select('team_id')
        .where('id', '=', inspectionId)
        .executeTakeFirstOrThrow()
    ).team_id ?? '';
  const targetOf = async (inspectionId: string) =>
    (
      await db
        .selectFrom('inspections')
        .select('target_id')
        .where('id', '=', inspectionId)
        .executeTakeFirstOrThrow()
    ).target_id;
  const ownTeam = await teamOf(taySon.id);
  const otherTeam = await teamOf(phuCat.id);
  const ownRound = await leader.rounds.create.mutate({
    planId: taySon.planId,
    teamId: ownTeam,
    name: 'Đợt 1',
    inspectionIds: [taySon.id],
  });
  const otherRound = await admin.rounds.create.mutate({
    planId: phuCat.planId,
    teamId: otherTeam,
    name: 'Đợt 1 của Văn phòng UBND tỉnh',
    inspectionIds: [phuCat.id],
  });
  const templates = await admin.reports.templates.query();

  return {
    plans: {
      'published 2024 plan': taySon.planId,
      'draft of Sở Nội vụ': draftProvince.id,
      'draft of Tây Sơn': draftLower.id,
    },
    inspections: {
      concluded: taySon.id,
      inProgress: binhTuong.id,
      sctNotified,
      scheduled: hoaiAn.id,
      otherTeam: phuCat.id,
    },
    findings: {
      'finding of a concluded visit': { id: concluded.findingId, inspectionId: taySon.id },
      'finding in progress': { id: inProgress.findingId, inspectionId: binhTuong.id },
    },
    recommendations: {
      'issued recommendation': concluded.recommendationId,
      'draft recommendation': inProgress.recommendationId,
    },
    attachmentId,
    rounds: { 'round of Sở Nội vụ’s team': ownRound.id, 'round of another team': otherRound.id },
    teams: {
      'team of Sở Nội vụ': { id: ownTeam, inspectionId: taySon.id },
      'team of Văn phòng UBND tỉnh': { id: otherTeam, inspectionId: phuCat.id },
    },
    targets: {
      'target of the published plan': { id: await targetOf(sctNotified), planId: taySon.planId },
      'target of a draft plan': {
        id: withTarget.targets.find((t) => t.orgUnitId === unit('so-tu-phap'))?.id ?? '',
        planId: draftProvince.id,
      },
    },
    templateId: templates[0]?.id ?? '',
  };
}
