import type { SeedTeam } from './seed-types.js';

/**
 * The seed names the agencies of each team (IV.1, V.1, V.2), not the people, nor the forming
 * decisions. Every name, position, decision number and date below is illustrative; a member who is
 * also a demo account is linked to it by `username`.
 */
export const TEAMS: SeedTeam[] = [
  {
    // V.1: formed by the Director of Sở Nội vụ for the comprehensive inspection.
    code: 'doan-snv',
    name: 'Đoàn kiểm tra công tác cải cách hành chính tỉnh Bình Định năm 2024',
    leadAgencyCode: 'so-noi-vu',
    kind: 'comprehensive',
    decisionSignerOffice: 'director_home_affairs',
    decisionNumber: '68/QĐ-SNV',
    decisionDate: '2024-04-12',
    decisionSignerName: 'Nguyễn Thanh Phong',
    decisionSignerTitle: 'GIÁM ĐỐC',
    members: [
      {
        fullName: 'Trần Quốc Bảo',
        position: 'Phó Giám đốc Sở Nội vụ',
        agencyCode: 'so-noi-vu',
        role: 'leader',
        username: 'truongdoan',
      },
      {
        fullName: 'Hoàng Văn Sơn',
        position: 'Trưởng phòng Cải cách hành chính, Sở Nội vụ',
        agencyCode: 'so-noi-vu',
        role: 'deputy_leader',
        username: null,
      },
      {
        fullName: 'Võ Minh Tâm',
        position: 'Trưởng phòng Kiểm soát thủ tục hành chính, Văn phòng Ủy ban nhân dân tỉnh',
        agencyCode: 'vp-ubnd-tinh',
        role: 'member',
        username: null,
      },
      {
        fullName: 'Phạm Thị Minh Thư',
        position:
          'Phó Trưởng phòng Bưu chính, Viễn thông và Công nghệ thông tin, Sở Thông tin và Truyền thông',
        agencyCode: 'so-thong-tin-truyen-thong',
        role: 'member',
        username: 'thanhvien',
      },
      {
        fullName: 'Huỳnh Văn Lợi',
        position: 'Phó Trưởng phòng Quản lý ngân sách, Sở Tài chính',
        agencyCode: 'so-tai-chinh',
        role: 'member',
        username: null,
      },
      {
        fullName: 'Đặng Thị Kim Oanh',
        position: 'Trưởng phòng Xây dựng và Kiểm tra văn bản quy phạm pháp luật, Sở Tư pháp',
        agencyCode: 'so-tu-phap',
        role: 'member',
        username: null,
      },
      {
        fullName: 'Nguyễn Hữu Thắng',
        position: 'Phó Chánh Văn phòng Sở Tài nguyên và Môi trường',
        agencyCode: 'so-tai-nguyen-moi-truong',
        role: 'member',
        username: null,
      },
      {
        fullName: 'Trương Thị Ngọc Ánh',
        position: 'Chuyên viên Phòng Cải cách hành chính, Sở Nội vụ',
        agencyCode: 'so-noi-vu',
        role: 'secretary',
        username: null,
      },
      // IV.1: reporters are invited, not appointed.
      {
        fullName: 'Lý Hoàng Nam',
        position: 'Phóng viên',
        agencyCode: 'dai-phat-thanh-truyen-hinh',
        role: 'press',
        username: null,
      },
      {
        fullName: 'Mai Thị Thảo',
        position: 'Phóng viên',
        agencyCode: 'bao-binh-dinh',
        role: 'press',
        username: null,
      },
    ],
  },
  {
    // V.2: formed by the Chief of Văn phòng UBND tỉnh, led by one of its leaders, with PC06.
    code: 'doan-vp-ubnd',
    name: 'Đoàn kiểm tra chuyên đề công tác giải quyết thủ tục hành chính năm 2024',
    leadAgencyCode: 'vp-ubnd-tinh',
    kind: 'thematic_tthc',
    decisionSignerOffice: 'chief_of_office_ppc',
    policeAgencyCodes: ['phong-pc06'],
    decisionNumber: '115/QĐ-VPUBND',
    decisionDate: '2024-05-20',
    decisionSignerName: 'Hồ Văn Đức',
    decisionSignerTitle: 'CHÁNH VĂN PHÒNG',
    members: [
      {
        fullName: 'Lương Công Minh',
        position: 'Phó Chánh Văn phòng Ủy ban nhân dân tỉnh',
        agencyCode: 'vp-ubnd-tinh',
        role: 'leader',
        username: null,
      },
      {
        fullName: 'Phan Thị Hồng Nhung',
        position: 'Phó Giám đốc Trung tâm Phục vụ hành chính công tỉnh',
        agencyCode: 'vp-ubnd-tinh',
        role: 'member',
        username: null,
      },
      {
        fullName: 'Bùi Quang Huy',
        position: 'Phó Trưởng phòng Cảnh sát quản lý hành chính về trật tự xã hội, Công an tỉnh',
        agencyCode: 'phong-pc06',
        role: 'member',
        username: null,
      },
      {
        // "một số cơ quan liên quan": the topic covers online public services and digitised records.
        fullName: 'Tô Văn Hiếu',
        position:
          'Chuyên viên Phòng Bưu chính, Viễn thông và Công nghệ thông tin, Sở Thông tin và Truyền thông',
        agencyCode: 'so-thong-tin-truyen-thong',
        role: 'member',
        username: null,
      },
      {
        fullName: 'Nguyễn Thị Diệu Hiền',
        position: 'Chuyên viên Phòng Kiểm soát thủ tục hành chính, Văn phòng Ủy ban nhân dân tỉnh',
        agencyCode: 'vp-ubnd-tinh',
        role: 'secretary',
        username: null,
      },
    ],
  },
];
