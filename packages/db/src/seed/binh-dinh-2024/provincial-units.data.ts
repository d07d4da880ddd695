import type { SeedOrgUnit } from './seed-types.js';
import { LAST_DAY_OF_BINH_DINH, RECORDED_FROM } from './validity.js';

const provincial = (
  code: string,
  name: string,
  shortName: string | null,
  kind: SeedOrgUnit['kind'],
  parentCode: string | null,
): SeedOrgUnit => ({
  code,
  name,
  shortName,
  kind,
  parentCode,
  validFrom: RECORDED_FROM,
  validTo: LAST_DAY_OF_BINH_DINH,
  parentValidTo: LAST_DAY_OF_BINH_DINH,
});

export const PROVINCE_CODE = 'tinh-binh-dinh';

/** The province, its departments and agencies as they stood in 2024. */
export const PROVINCIAL_UNITS: SeedOrgUnit[] = [
  provincial(PROVINCE_CODE, 'Ủy ban nhân dân tỉnh Bình Định', 'UBND tỉnh Bình Định', 'province', null),

  provincial(
    'vp-ubnd-tinh',
    'Văn phòng Ủy ban nhân dân tỉnh',
    'Văn phòng UBND tỉnh',
    'department',
    PROVINCE_CODE,
  ),
  provincial('so-noi-vu', 'Sở Nội vụ', 'SNV', 'department', PROVINCE_CODE),
  provincial('so-tu-phap', 'Sở Tư pháp', 'STP', 'department', PROVINCE_CODE),
  provincial('so-ke-hoach-dau-tu', 'Sở Kế hoạch và Đầu tư', 'Sở KH&ĐT', 'department', PROVINCE_CODE),
  provincial('so-tai-chinh', 'Sở Tài chính', 'STC', 'department', PROVINCE_CODE),
  provincial('so-cong-thuong', 'Sở Công Thương', 'SCT', 'department', PROVINCE_CODE),
  provincial(
    'so-nong-nghiep',
    'Sở Nông nghiệp và Phát triển nông thôn',
    'Sở NN&PTNT',
    'department',
    PROVINCE_CODE,
  ),
  provincial('so-giao-thong-van-tai', 'Sở Giao thông vận tải', 'Sở GTVT', 'department', PROVINCE_CODE),
  provincial('so-xay-dung', 'Sở Xây dựng', 'SXD', 'department', PROVINCE_CODE),
  provincial(
    'so-tai-nguyen-moi-truong',
    'Sở Tài nguyên và Môi trường',
    'Sở TN&MT',
    'department',
    PROVINCE_CODE,
  ),
  provincial(
    'so-thong-tin-truyen-thong',
    'Sở Thông tin và Truyền thông',
    'Sở TT&TT',
    'department',
    PROVINCE_CODE,
  ),
  provincial(
    'so-lao-dong',
    'Sở Lao động – Thương binh và Xã hội',
    'Sở LĐ-TB&XH',
    'department',
    PROVINCE_CODE,
  ),
  provincial('so-van-hoa-the-thao', 'Sở Văn hóa và Thể thao', 'Sở VH&TT', 'department', PROVINCE_CODE),
  provincial('so-du-lich', 'Sở Du lịch', null, 'department', PROVINCE_CODE),
  provincial('so-khoa-hoc-cong-nghe', 'Sở Khoa học và Công nghệ', 'Sở KH&CN', 'department', PROVINCE_CODE),
  provincial('so-giao-duc-dao-tao', 'Sở Giáo dục và Đào tạo', 'Sở GD&ĐT', 'department', PROVINCE_CODE),
  provincial('so-y-te', 'Sở Y tế', null, 'department', PROVINCE_CODE),
  provincial('so-ngoai-vu', 'Sở Ngoại vụ', null, 'department', PROVINCE_CODE),
  provincial('thanh-tra-tinh', 'Thanh tra tỉnh', null, 'department', PROVINCE_CODE),
  provincial('ban-dan-toc', 'Ban Dân tộc', null, 'department', PROVINCE_CODE),
  provincial(
    'ban-quan-ly-kkt',
    'Ban Quản lý Khu kinh tế tỉnh',
    'BQL Khu kinh tế',
    'department',
    PROVINCE_CODE,
  ),

  // IV.2: its leaders attend when the team works at a land-registration branch.
  provincial(
    'vp-dang-ky-dat-dai',
    'Văn phòng Đăng ký đất đai tỉnh',
    'VPĐKĐĐ tỉnh',
    'other',
    'so-tai-nguyen-moi-truong',
  ),

  // The invited press (IV.1, V.3.d).
  provincial(
    'dai-phat-thanh-truyen-hinh',
    'Đài Phát thanh và Truyền hình Bình Định',
    'Đài PT&TH Bình Định',
    'other',
    PROVINCE_CODE,
  ),
  provincial('bao-binh-dinh', 'Báo Bình Định', null, 'other', PROVINCE_CODE),

  // Central agencies answer to their ministries, not to the province; they hang under it here
  // because the tree is the province's view of the agencies located in it (địa bàn tỉnh).
  provincial('cuc-hai-quan', 'Cục Hải quan Bình Định', null, 'central_agency', PROVINCE_CODE),
  provincial('cong-an-tinh', 'Công an tỉnh Bình Định', 'Công an tỉnh', 'central_agency', PROVINCE_CODE),
  provincial(
    'phong-pc06',
    'Phòng Cảnh sát quản lý hành chính về trật tự xã hội',
    'Phòng PC06',
    'other',
    'cong-an-tinh',
  ),
  provincial('cuc-thue', 'Cục Thuế tỉnh Bình Định', null, 'central_agency', PROVINCE_CODE),
  provincial('kho-bac-nha-nuoc', 'Kho bạc Nhà nước Bình Định', null, 'central_agency', PROVINCE_CODE),
  provincial('bao-hiem-xa-hoi', 'Bảo hiểm xã hội tỉnh Bình Định', null, 'central_agency', PROVINCE_CODE),
  provincial('cuc-thong-ke', 'Cục Thống kê tỉnh Bình Định', null, 'central_agency', PROVINCE_CODE),
];
