import type { Database } from '@kiemtra/db';
import { sql, type Transaction } from 'kysely';

export interface PlanYear {
  tenantId: string;
  year: number;
  /** yyyy-mm-dd: visits before it happened, later ones are notified only. */
  today: string;
  /** The current year's window straddles today, so that it has work in progress. */
  current: boolean;
  /** The plan whose contents (areas, topics) every generated plan copies. */
  contentsFromPlanId: string;
}

const DEPARTMENT_TARGETS = 24;
const DISTRICT_TARGETS = 6;

/**
 * One year of a province's programme, as the workflow would have left it: the plan, three teams,
 * ~30 targets (departments and districts with 2–3 communes), their ~43 visits with a round per
 * team, schedule notices, the units' reports with an answer to every outline item, and for every
 * visit that took place its minutes, 5 findings, the conclusion, 5 recommendations and their
 * remediation, and the round's summary report. Units with a reporter's account come first, so
 * that the demo accounts see a visit every year.
 */
export async function insertPlanYear(trx: Transaction<Database>, p: PlanYear): Promise<void> {
  const t = p.tenantId;
  const windowStart = p.current ? sql`${p.today}::date - 75` : sql`make_date(${p.year}::int, 4, 1)`;
  const windowEnd = p.current ? sql`${p.today}::date + 90` : sql`make_date(${p.year}::int, 9, 30)`;
  const plan = await sql<{ id: string }>`
    INSERT INTO plans (tenant_id, owner_org_unit_id, year, title, status, decision_number, decision_date,
      decision_signer_name, decision_signer_title, issuing_authority, legal_bases, window_start, window_end,
      purposes, requirements, forms, expected_target_count, report_template_id)
    SELECT ${t}, snv.id, ${p.year}::int, 'Kế hoạch kiểm tra công tác cải cách hành chính năm ' || ${p.year}::int,
      'published', (200 + ${p.year}::int % 100) || '/QĐ-UBND', (${windowStart}) - 7, 'Nguyễn Văn Minh',
      'KT. CHỦ TỊCH' || chr(10) || 'PHÓ CHỦ TỊCH', 'Chủ tịch Ủy ban nhân dân tỉnh',
      '["Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;"]', ${windowStart}, ${windowEnd},
      '["Tăng cường kỷ luật, kỷ cương trong tổ chức thực hiện công tác cải cách hành chính."]',
      '["Việc kiểm tra phải thực hiện đúng quy định, nghiêm túc, khách quan."]', '["on_site","desk"]',
      ${DEPARTMENT_TARGETS + DISTRICT_TARGETS}::int, tpl.id
    FROM org_units snv,
      LATERAL (SELECT id FROM report_templates WHERE tenant_id = ${t} AND inspection_kind = 'comprehensive'
               ORDER BY version DESC LIMIT 1) tpl
    WHERE snv.tenant_id = ${t} AND snv.code = 'so-noi-vu'
    RETURNING id`.execute(trx);
  const planId = plan.rows[0]?.id;
  if (!planId) throw new Error(`${t} has no Sở Nội vụ or no comprehensive outline`);

  await sql`
    INSERT INTO plan_contents (plan_id, kind, code, position, title, description)
    SELECT ${planId}, kind, code, position, title, description FROM plan_contents WHERE plan_id = ${p.contentsFromPlanId}
  `.execute(trx);
  await sql`
    INSERT INTO teams (plan_id, name, lead_agency_id, decision_number, decision_date, decision_signer_name,
      decision_signer_title, kind, decision_signer_office)
    SELECT ${planId}, 'Đoàn kiểm tra số ' || n, snv.id, (100 + n) || '/QĐ-SNV', pl.window_start - 5,
      'Trần Văn Hùng', 'GIÁM ĐỐC', 'comprehensive', 'director_home_affairs'
    FROM generate_series(1, 3) n, org_units snv, plans pl
    WHERE snv.tenant_id = ${t} AND snv.code = 'so-noi-vu' AND pl.id = ${planId}
  `.execute(trx);
  await sql`
    WITH team AS (
      SELECT id, row_number() OVER (ORDER BY name) - 1 AS k FROM teams WHERE plan_id = ${planId}
    ),
    person AS (
      SELECT u.id, u.full_name, u.position, u.org_unit_id, r.role,
        row_number() OVER (PARTITION BY r.role ORDER BY u.username) - 1 AS k,
        count(*) OVER (PARTITION BY r.role) AS c
      FROM users u JOIN user_roles r ON r.user_id = u.id AND r.role IN ('team_leader', 'inspector')
      WHERE u.tenant_id = ${t}
    )
    INSERT INTO team_members (team_id, user_id, full_name, position, agency_id, role, sort_order)
    SELECT team.id, person.id, person.full_name, person.position, person.org_unit_id,
      CASE person.role WHEN 'team_leader' THEN 'leader' ELSE 'member' END,
      CASE person.role WHEN 'team_leader' THEN 1 ELSE 2 END
    FROM team JOIN person ON person.k = team.k % person.c
    UNION ALL
    SELECT team.id, NULL, 'Chuyên viên thư ký ' || (team.k + 1), 'Chuyên viên', snv.id, 'secretary', 3
    FROM team, org_units snv WHERE snv.tenant_id = ${t} AND snv.code = 'so-noi-vu'
  `.execute(trx);
  await sql`
    WITH candidate AS (
      SELECT u.id, u.kind,
        row_number() OVER (PARTITION BY u.kind = 'district' ORDER BY
          EXISTS (SELECT 1 FROM users ru JOIN user_roles rr ON rr.user_id = ru.id AND rr.role = 'unit_reporter'
                  WHERE ru.org_unit_id = u.id) DESC,
          md5(u.id::text || ${p.year}::text)) AS k
      FROM org_units u
      WHERE u.tenant_id = ${t} AND u.kind IN ('department', 'central_agency', 'district') AND u.code <> 'so-noi-vu'
    ),
    chosen AS (
      SELECT id, kind, k FROM candidate
      WHERE (kind <> 'district' AND k <= ${DEPARTMENT_TARGETS}) OR (kind = 'district' AND k <= ${DISTRICT_TARGETS})
    ),
    team AS (SELECT id, row_number() OVER (ORDER BY name) AS n FROM teams WHERE plan_id = ${planId})
    INSERT INTO targets (plan_id, org_unit_id, inspection_kind, target_group, team_id, sort_order)
    SELECT ${planId}, c.id,
      CASE WHEN c.kind = 'district' THEN (CASE WHEN c.k <= 4 THEN 'comprehensive' ELSE 'thematic' END)
           ELSE (CASE WHEN c.k <= 18 THEN 'comprehensive' ELSE 'thematic' END) END,
      CASE WHEN c.kind = 'district' THEN (CASE WHEN c.k <= 4 THEN 'district_comprehensive' ELSE 'district_thematic' END)
           WHEN c.kind = 'central_agency' THEN 'central_agencies' ELSE 'provincial_agencies' END,
      team.id,
      CASE WHEN c.kind = 'district' THEN ${DEPARTMENT_TARGETS} + c.k ELSE c.k END
    FROM chosen c
    JOIN team ON team.n = CASE WHEN c.kind = 'district' THEN 3 WHEN c.k <= ${DEPARTMENT_TARGETS / 2} THEN 1 ELSE 2 END
  `.execute(trx);
  await sql`
    WITH commune AS (
      SELECT tg.id AS target_id, p.org_unit_id,
        row_number() OVER (PARTITION BY tg.id ORDER BY md5(p.org_unit_id::text || ${p.year}::text)) AS k,
        2 + abs(hashtext(tg.id::text)) % 2 AS wanted
      FROM targets tg
      JOIN org_units d ON d.id = tg.org_unit_id AND d.kind = 'district'
      JOIN org_unit_parents p ON p.parent_id = d.id
      JOIN org_units c ON c.id = p.org_unit_id AND c.kind = 'commune'
      WHERE tg.plan_id = ${planId}
    )
    INSERT INTO target_sub_units (target_id, org_unit_id, sort_order)
    SELECT target_id, org_unit_id, k FROM commune WHERE k <= wanted
  `.execute(trx);
  await insertRounds(trx, planId, p);
  await insertVisits(trx, planId, p);
  await insertVisitRecords(trx, planId, p);
}

async function insertRounds(trx: Transaction<Database>, planId: string, p: PlanYear): Promise<void> {
  await sql`
    INSERT INTO rounds (tenant_id, plan_id, team_id, name, closed_on)
    SELECT ${p.tenantId}, ${planId}, tm.id, 'Đợt 1 – ' || tm.name, CASE WHEN ${p.current} THEN NULL ELSE pl.window_end - 10 END
    FROM teams tm, plans pl WHERE tm.plan_id = ${planId} AND pl.id = ${planId}
  `.execute(trx);
}

async function insertVisits(trx: Transaction<Database>, planId: string, p: PlanYear): Promise<void> {
  await sql`
    WITH visit AS (
      SELECT tg.id AS target_id, tg.org_unit_id, tg.team_id, tg.sort_order * 10 AS o FROM targets tg WHERE tg.plan_id = ${planId}
      UNION ALL
      SELECT tg.id, s.org_unit_id, tg.team_id, tg.sort_order * 10 + s.sort_order
      FROM targets tg JOIN target_sub_units s ON s.target_id = tg.id WHERE tg.plan_id = ${planId}
    ),
    numbered AS (
      SELECT v.*, row_number() OVER (ORDER BY o) AS k FROM visit v
    ),
    dated AS (
      SELECT n.*, pl.window_start + 7 + (n.k * 3)::int AS raw_day FROM numbered n, plans pl WHERE pl.id = ${planId}
    ),
    weekday AS (
      SELECT d.*, d.raw_day + CASE extract(isodow FROM d.raw_day) WHEN 6 THEN 2 WHEN 7 THEN 1 ELSE 0 END AS day FROM dated d
    )
    INSERT INTO inspections (tenant_id, plan_id, target_id, org_unit_id, team_id, form, status, start_date, end_date,
      visit_dates, place, round_id)
    SELECT ${p.tenantId}, ${planId}, w.target_id, w.org_unit_id, w.team_id,
      CASE WHEN w.k % 10 = 0 THEN 'desk' ELSE 'on_site' END,
      CASE WHEN w.day < ${p.today}::date - 45 THEN 'closed' WHEN w.day < ${p.today}::date THEN 'concluded'
        WHEN w.day - 17 <= ${p.today}::date THEN 'notified' ELSE 'scheduled' END,
      w.day, w.day, jsonb_build_array(to_char(w.day, 'YYYY-MM-DD')), 'Trụ sở ' || u.name, r.id
    FROM weekday w
    JOIN org_units u ON u.id = w.org_unit_id
    JOIN rounds r ON r.plan_id = ${planId} AND r.team_id = w.team_id
  `.execute(trx);
}

async function insertVisitRecords(trx: Transaction<Database>, planId: string, p: PlanYear): Promise<void> {
  const t = p.tenantId;
  await sql`
    INSERT INTO schedule_notices (tenant_id, plan_id, inspection_id, number, notice_date, recipients, visit_dates)
    SELECT ${t}, ${planId}, i.id, row_number() OVER (ORDER BY i.start_date, i.id) || '/TB-ĐKT', i.start_date - 17,
      jsonb_build_array(u.name), i.visit_dates
    FROM inspections i JOIN org_units u ON u.id = i.org_unit_id
    WHERE i.plan_id = ${planId} AND i.start_date - 17 <= ${p.today}::date
  `.execute(trx);
  // One report in eight arrives late (after the 5-working-day limit); reports of future visits are drafts.
  await sql`
    INSERT INTO unit_reports (tenant_id, inspection_id, template_id, status, first_submitted_at, due_date, timing,
      working_days_late, last_submitted_at)
    SELECT ${t}, i.id, coalesce(tpl.id, pl.report_template_id),
      CASE WHEN late.day < ${p.today}::date THEN 'submitted' ELSE 'draft' END,
      CASE WHEN late.day < ${p.today}::date THEN late.day::timestamptz + interval '9 hours' END,
      CASE WHEN late.day < ${p.today}::date THEN i.start_date - 7 END,
      CASE WHEN late.day >= ${p.today}::date THEN NULL WHEN late.is_late THEN 'late' ELSE 'on_time' END,
      CASE WHEN late.day >= ${p.today}::date THEN NULL WHEN late.is_late THEN 2 ELSE 0 END,
      CASE WHEN late.day < ${p.today}::date THEN late.day::timestamptz + interval '9 hours' END
    FROM inspections i
    JOIN plans pl ON pl.id = i.plan_id
    JOIN targets tg ON tg.id = i.target_id
    LEFT JOIN LATERAL (SELECT id FROM report_templates WHERE tenant_id = ${t} AND inspection_kind = tg.inspection_kind
      ORDER BY version DESC LIMIT 1) tpl ON true,
    LATERAL (SELECT abs(hashtext(i.id::text)) % 8 = 0 AS is_late) flag,
    LATERAL (SELECT CASE WHEN flag.is_late THEN i.start_date - 3 ELSE i.start_date - 9 END AS day, flag.is_late) late
    WHERE i.plan_id = ${planId}
  `.execute(trx);
  await sql`
    INSERT INTO report_answers (report_id, item_code, narrative, has_text, updated_by_name, updated_at)
    SELECT r.id, it.code,
      '<p>Về nội dung <strong>' || it.code || '</strong>, đơn vị đã ban hành kế hoạch, văn bản chỉ đạo và tổ chức thực hiện '
        || 'đầy đủ các nhiệm vụ được giao trong năm; kết quả cụ thể:</p><ul><li>Ban hành ' || (3 + abs(hashtext(r.id::text || it.code)) % 9)
        || ' văn bản chỉ đạo, điều hành.</li><li>Tổ chức ' || (1 + abs(hashtext(it.code || r.id::text)) % 4)
        || ' hội nghị quán triệt, tuyên truyền.</li></ul><p>Tồn tại, hạn chế: một số nhiệm vụ còn chậm so với kế hoạch.</p>',
      true,
      'Đầu mối cải cách hành chính', coalesce(r.first_submitted_at, now())
    FROM unit_reports r
    JOIN inspections i ON i.id = r.inspection_id AND i.plan_id = ${planId}
    JOIN report_template_items it ON it.template_id = r.template_id
    WHERE r.status = 'submitted'
  `.execute(trx);
  await sql`
    INSERT INTO inspection_minutes (tenant_id, inspection_id, minutes_date, place, attendees, agenda, discussion, leader_conclusion)
    SELECT ${t}, i.id, i.start_date, i.place,
      jsonb_build_array(jsonb_build_object('name', 'Nguyễn Văn Lợi', 'position', 'Thủ trưởng đơn vị', 'organisation', u.name, 'role', 'unit')),
      '[]'::jsonb, 'Đoàn kiểm tra và đơn vị trao đổi về kết quả thực hiện nhiệm vụ cải cách hành chính.',
      'Đơn vị cơ bản hoàn thành các nhiệm vụ; cần khắc phục các tồn tại đã nêu.'
    FROM inspections i JOIN org_units u ON u.id = i.org_unit_id
    WHERE i.plan_id = ${planId} AND i.status IN ('concluded', 'closed')
  `.execute(trx);
  await sql`
    INSERT INTO findings (tenant_id, inspection_id, area, kind, severity, description, responsibilities, sort_order)
    SELECT ${t}, i.id, 'A' || (1 + (abs(hashtext(i.id::text)) + s) % 7),
      CASE WHEN s <= 2 THEN 'achievement' WHEN s <= 4 THEN 'shortcoming' ELSE 'violation' END,
      CASE WHEN s = 5 THEN 'minor' END,
      CASE WHEN s <= 2 THEN 'Đơn vị ban hành kịp thời kế hoạch cải cách hành chính và tổ chức thực hiện nghiêm túc.'
           WHEN s <= 4 THEN 'Việc cập nhật, công khai thủ tục hành chính trên Cổng dịch vụ công còn chậm.'
           ELSE 'Chưa thực hiện chế độ báo cáo định kỳ về cải cách hành chính đúng thời hạn.' END,
      CASE WHEN s <= 2 THEN '[]'::jsonb ELSE '[{"holderKind":"collective","holder":"Văn phòng đơn vị","description":"Tham mưu chưa kịp thời"}]'::jsonb END,
      s
    FROM inspections i, generate_series(1, 5) s
    WHERE i.plan_id = ${planId} AND i.status IN ('concluded', 'closed')
  `.execute(trx);
  await sql`
    INSERT INTO conclusions (tenant_id, inspection_id, general_assessment, notice_number, notice_date, issued_by)
    SELECT ${t}, i.id, 'Đơn vị đã triển khai cơ bản đầy đủ các nhiệm vụ cải cách hành chính theo kế hoạch của tỉnh.',
      row_number() OVER (ORDER BY i.start_date, i.id) || '/TB-ĐKT', i.end_date + 12, leader.user_id
    FROM inspections i
    LEFT JOIN team_members leader ON leader.team_id = i.team_id AND leader.role = 'leader'
    WHERE i.plan_id = ${planId} AND i.status IN ('concluded', 'closed')
  `.execute(trx);
  await insertRemediation(trx, planId, p);
  await sql`
    INSERT INTO summary_reports (tenant_id, round_id, title, body, status, document_number, issued_on)
    SELECT ${t}, r.id, 'Báo cáo kết quả kiểm tra công tác cải cách hành chính – ' || r.name,
      'Đoàn kiểm tra đã kiểm tra các cơ quan, đơn vị, địa phương theo kế hoạch; kết quả được tổng hợp dưới đây.',
      'issued', (50 + row_number() OVER (ORDER BY r.name)) || '/BC-SNV', r.closed_on + 15
    FROM rounds r WHERE r.plan_id = ${planId} AND r.closed_on IS NOT NULL
  `.execute(trx);
}

async function insertRemediation(trx: Transaction<Database>, planId: string, p: PlanYear): Promise<void> {
  const t = p.tenantId;
  // Past recommendations are done (one in ten carried over); recent ones are open or reported.
  await sql`
    INSERT INTO recommendations (tenant_id, inspection_id, org_unit_id, action, responsible, due_date, finding_ids,
      status, done_on, carry_over_reason, sort_order)
    SELECT ${t}, i.id, i.org_unit_id,
      'Khắc phục tồn tại số ' || s || ': rà soát, hoàn thiện hồ sơ và báo cáo kết quả khắc phục.',
      'Thủ trưởng đơn vị', c.notice_date + 60, '[]'::jsonb, st.status,
      CASE WHEN st.status = 'done' THEN c.notice_date + 50 END,
      CASE WHEN st.status = 'carried_over' THEN 'Chuyển sang kỳ kiểm tra năm sau do cần thêm kinh phí.' END, s
    FROM inspections i
    JOIN conclusions c ON c.inspection_id = i.id,
    generate_series(1, 5) s,
    LATERAL (SELECT CASE
      WHEN c.notice_date + 60 < ${p.today}::date THEN (CASE WHEN abs(hashtext(i.id::text || s)) % 10 = 0 THEN 'carried_over' ELSE 'done' END)
      WHEN abs(hashtext(i.id::text || s)) % 3 = 0 THEN 'reported' ELSE 'open' END AS status) st
    WHERE i.plan_id = ${planId}
  `.execute(trx);
  await sql`
    INSERT INTO remediation_reports (tenant_id, recommendation_id, state, actions_taken, submitted_on, submitted_by,
      decision, decided_by, decided_on)
    SELECT ${t}, r.id, 'done', 'Đơn vị đã rà soát, hoàn thiện và công khai đầy đủ theo kiến nghị của Đoàn kiểm tra.',
      coalesce(r.done_on - 5, ${p.today}::date - 3),
      (SELECT u.id FROM users u JOIN user_roles ur ON ur.user_id = u.id AND ur.role = 'unit_reporter'
        WHERE u.org_unit_id = r.org_unit_id ORDER BY u.username LIMIT 1),
      CASE WHEN r.status = 'done' THEN 'accepted' END,
      CASE WHEN r.status = 'done' THEN c.issued_by END,
      r.done_on
    FROM recommendations r
    JOIN inspections i ON i.id = r.inspection_id AND i.plan_id = ${planId}
    JOIN conclusions c ON c.inspection_id = i.id
    WHERE r.status IN ('done', 'reported')
  `.execute(trx);
}
