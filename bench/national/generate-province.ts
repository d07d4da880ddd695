import type { Database } from '@kiemtra/db';
import { sql, type Transaction } from 'kysely';
import { COMMUNES_PER_DISTRICT, DEPARTMENTS, DISTRICTS_PER_PROVINCE } from './provinces.js';

export interface GeneratedProvince {
  tenantId: string;
  name: string;
}

/**
 * A generated province's register: the province, Sở Nội vụ and the departments, districts with
 * their communes, one account per role (a plan admin, three team leaders, six inspectors, the
 * leadership viewer, and a reporter for every department and district), and a copy of the seed
 * tenant's report outlines. Every account shares one password hash computed by the caller.
 */
export async function insertProvinceRegister(
  trx: Transaction<Database>,
  province: GeneratedProvince,
  outlineTenantId: string,
  passwordHash: string,
): Promise<void> {
  const t = province.tenantId;
  await sql`INSERT INTO tenants (id, name) VALUES (${t}, ${province.name})`.execute(trx);
  await sql`
    INSERT INTO org_units (tenant_id, code, name, short_name, kind, valid_from)
    SELECT ${t}, 'tinh', ${`Ủy ban nhân dân ${province.name.toLowerCase()}`}, ${province.name}, 'province', DATE '2015-01-01'
    UNION ALL SELECT ${t}, 'so-noi-vu', 'Sở Nội vụ', 'SNV', 'department', DATE '2015-01-01'
    UNION ALL
    SELECT ${t}, 'so-' || lpad(n::text, 2, '0'), d.name, d.name,
           CASE WHEN d.name LIKE 'Cục %' OR d.name LIKE 'Kho bạc%' OR d.name LIKE 'Bảo hiểm%' THEN 'central_agency' ELSE 'department' END,
           DATE '2015-01-01'
    FROM unnest(${DEPARTMENTS}::text[]) WITH ORDINALITY AS d(name, n)
    UNION ALL
    SELECT ${t}, 'huyen-' || lpad(h::text, 2, '0'), 'Ủy ban nhân dân huyện Số ' || h, 'UBND huyện Số ' || h, 'district', DATE '2015-01-01'
    FROM generate_series(1, ${DISTRICTS_PER_PROVINCE}::int) h
    UNION ALL
    SELECT ${t}, 'xa-' || lpad(h::text, 2, '0') || '-' || lpad(x::text, 2, '0'),
           'Ủy ban nhân dân xã Số ' || x || ' huyện Số ' || h, 'UBND xã Số ' || x, 'commune', DATE '2015-01-01'
    FROM generate_series(1, ${DISTRICTS_PER_PROVINCE}::int) h, generate_series(1, ${COMMUNES_PER_DISTRICT}::int) x
  `.execute(trx);
  await sql`
    INSERT INTO org_unit_parents (tenant_id, org_unit_id, parent_id, valid_from)
    SELECT ${t}, child.id, parent.id, DATE '2015-01-01'
    FROM org_units child
    JOIN org_units parent ON parent.tenant_id = ${t}
      AND parent.code = CASE WHEN child.kind = 'commune' THEN 'huyen-' || split_part(child.code, '-', 2) ELSE 'tinh' END
    WHERE child.tenant_id = ${t} AND child.kind <> 'province'
  `.execute(trx);
  await sql`
    WITH accounts (username, full_name, position, unit_code, role) AS (
      SELECT 'admin', 'Quản trị kế hoạch', 'Phó Trưởng phòng Cải cách hành chính', 'so-noi-vu', 'plan_admin'
      UNION ALL SELECT 'lanhdao', 'Lãnh đạo tỉnh', 'Phó Chủ tịch Ủy ban nhân dân tỉnh', 'tinh', 'leadership_viewer'
      UNION ALL SELECT 'truongdoan' || n, 'Trưởng đoàn số ' || n, 'Phó Giám đốc Sở Nội vụ', 'so-noi-vu', 'team_leader'
        FROM generate_series(1, 3) n
      UNION ALL SELECT 'thanhvien' || n, 'Thành viên đoàn số ' || n, 'Chuyên viên', 'so-noi-vu', 'inspector'
        FROM generate_series(1, 6) n
      UNION ALL SELECT 'baocao.' || u.code, 'Đầu mối CCHC ' || u.short_name, 'Chuyên viên', u.code, 'unit_reporter'
        FROM org_units u WHERE u.tenant_id = ${t} AND u.kind IN ('department', 'central_agency', 'district')
    ),
    inserted AS (
      INSERT INTO users (tenant_id, org_unit_id, username, full_name, position, password_hash)
      SELECT ${t}, u.id, ${`${t}.`} || a.username, a.full_name, a.position, ${passwordHash}
      FROM accounts a JOIN org_units u ON u.tenant_id = ${t} AND u.code = a.unit_code
      RETURNING id, username
    )
    INSERT INTO user_roles (user_id, role)
    SELECT i.id, a.role FROM inserted i JOIN accounts a ON ${`${t}.`} || a.username = i.username
  `.execute(trx);
  await sql`
    INSERT INTO report_templates (tenant_id, code, version, title, inspection_kind, published_at)
    SELECT ${t}, code, version, title, inspection_kind, published_at FROM report_templates WHERE tenant_id = ${outlineTenantId}
  `.execute(trx);
  await sql`
    INSERT INTO report_template_items (template_id, code, parent_code, position, title, guidance, required, figures, figure_rules)
    SELECT nt.id, i.code, i.parent_code, i.position, i.title, i.guidance, i.required, i.figures, i.figure_rules
    FROM report_template_items i
    JOIN report_templates ot ON ot.id = i.template_id AND ot.tenant_id = ${outlineTenantId}
    JOIN report_templates nt ON nt.tenant_id = ${t} AND nt.code = ot.code AND nt.version = ot.version
  `.execute(trx);
}
