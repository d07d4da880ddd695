import type { SeedAccount } from './seed-types.js';

/** Every demo account signs in with the domain's demo password; the loader stores only its hash. */
export { DEMO_PASSWORD } from '@kiemtra/domain';

/** One account per role, the people invented for the demonstration. */
export const ACCOUNTS: SeedAccount[] = [
  {
    username: 'quantri',
    fullName: 'Võ Minh Tuấn',
    position: 'Chuyên viên Trung tâm Công nghệ thông tin',
    unitCode: 'so-noi-vu',
    roles: ['system_admin'],
  },
  {
    username: 'admin',
    fullName: 'Lê Thị Thu Hà',
    position: 'Phó Trưởng phòng Cải cách hành chính',
    unitCode: 'so-noi-vu',
    roles: ['plan_admin'],
  },
  {
    username: 'truongdoan',
    fullName: 'Trần Quốc Bảo',
    position: 'Phó Giám đốc Sở Nội vụ',
    unitCode: 'so-noi-vu',
    roles: ['team_leader'],
  },
  {
    username: 'thanhvien',
    fullName: 'Phạm Thị Minh Thư',
    position: 'Phó Trưởng phòng Bưu chính, Viễn thông và Công nghệ thông tin',
    unitCode: 'so-thong-tin-truyen-thong',
    roles: ['inspector'],
  },
  {
    username: 'lanhdao',
    fullName: 'Đinh Văn Khải',
    position: 'Phó Chủ tịch Ủy ban nhân dân tỉnh',
    unitCode: 'tinh-binh-dinh',
    roles: ['leadership_viewer'],
  },
  {
    username: 'sct',
    fullName: 'Huỳnh Thị Lan',
    position: 'Chuyên viên Văn phòng Sở, đầu mối cải cách hành chính',
    unitCode: 'so-cong-thuong',
    roles: ['unit_reporter'],
  },
  {
    username: 'sct.lanhdao',
    fullName: 'Ngô Văn Tín',
    position: 'Giám đốc Sở Công Thương',
    unitCode: 'so-cong-thuong',
    roles: ['unit_head'],
  },
  {
    username: 'tayson',
    fullName: 'Đoàn Thị Mỹ Linh',
    position: 'Chuyên viên Phòng Nội vụ huyện, đầu mối cải cách hành chính',
    unitCode: 'huyen-tay-son',
    roles: ['unit_reporter'],
  },
  {
    // Seed V.3.c: a district plans the inspection of its own communes with the same tools.
    username: 'noivu.tayson',
    fullName: 'Nguyễn Văn Hòa',
    position: 'Trưởng phòng Nội vụ huyện Tây Sơn',
    unitCode: 'huyen-tay-son',
    roles: ['unit_plan_admin'],
  },
  {
    username: 'xa.binhtuong',
    fullName: 'Lê Văn Sang',
    position: 'Công chức Văn phòng – Thống kê xã',
    unitCode: 'xa-binh-tuong',
    roles: ['unit_reporter'],
  },
];
