import { COMPREHENSIVE_DOSSIER_ITEM_CODE, DOSSIER_FIGURE_RULES, DOSSIER_FIGURES } from '@kiemtra/domain';
import type { SeedOutlineItem, SeedReportTemplate } from './seed-types.js';

/**
 * The Đề cương báo cáo attached to the plan, every bullet its own item, text as printed (its typos
 * included: "chuyên đổi", "thực hiện thực hiện"), so that a unit's report answers the outline the
 * plan really issued. The Đề cương marks bullets with dashes; the letters in the codes are ours.
 */
const LETTERS = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'] as const;

const heading = (code: string, parentCode: string | null, title: string): SeedOutlineItem => ({
  code,
  parentCode,
  title,
  guidance: null,
  required: false,
});

function section(code: string, title: string, bullets: readonly string[]): SeedOutlineItem[] {
  return [
    heading(code, 'I', title),
    ...bullets.map((text, i) => ({
      code: `${code}.${LETTERS[i] ?? String(i + 1)}`,
      parentCode: code,
      title: text,
      guidance: null,
      required: true,
    })),
  ];
}

const RESULTS: SeedOutlineItem[] = [
  heading('I', null, 'KẾT QUẢ ĐẠT ĐƯỢC'),
  ...section('I.1', 'Công tác chỉ đạo, điều hành', [
    'Công tác ban hành các văn bản chỉ đạo, điều hành; tổ chức các hội nghị giao ban, quán triệt chương trình, kế hoạch của tỉnh, của cơ quan, đơn vị, địa phương; đánh giá kết quả triển khai thực hiện, mức độ hoàn thành đối với từng nội dung nhiệm vụ đã đề ra theo kế hoạch.',
    'Việc ban hành và tổ chức thực hiện kế hoạch kiểm tra hàng năm; kết quả thực hiện, số đơn vị được kiểm tra, việc xử lý các vấn đề phát hiện qua kiểm tra.',
    'Việc ban hành và tổ chức thực hiện kế hoạch tuyên truyền hàng năm; kết quả thực hiện kế hoạch tuyên truyền, mức độ hoàn thành kế hoạch. Sáng kiến, giải pháp trong triển khai công tác CCHC.',
    'Việc chấp hành công tác thông tin, báo cáo; công tác thi đua, khen thưởng gắn với thực hiện nhiệm vụ CCHC tại cơ quan, đơn vị, địa phương và những sáng kiến trong triển khai thực hiện.',
    'Việc khắc phục những tồn tại, hạn chế qua đánh giá Chỉ số cải cách hành chính (PAR INDEX); Chỉ số Đo lường sự hài lòng của tổ chức, người dân đối với sự phục vụ của cơ quan hành chính nhà nước (SIPAS), Chỉ số năng lực cạnh tranh các sở, ngành, địa phương (DDCI) năm 2023 do tỉnh công bố.',
    'Việc thực hiện các nhiệm vụ, giải pháp để cải thiện điểm số và thứ hạng Chỉ số cải cách hành chính (PAR INDEX); Chỉ số Đo lường sự hài lòng của tổ chức, người dân đối với sự phục vụ của cơ quan hành chính nhà nước (SIPAS), Chỉ số Hiệu quả Quản trị và Hành chính công (PAPI), Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) của tỉnh thuộc trách nhiệm của sở ngành, địa phương.',
  ]),
  ...section('I.2', 'Cải cách thể chế', [
    'Việc tham mưu ban hành các văn bản quy định chi tiết các văn bản quy phạm pháp luật của cơ quan Nhà nước cấp trên (tham mưu ban hành đầy đủ, đúng tiến độ, đảm bảo trình tự, thủ tục xây dựng văn bản và chất lượng văn bản).',
    'Việc kiểm tra, rà soát, hệ thống hóa văn bản quy phạm pháp luật.',
    'Việc theo dõi thi hành pháp luật.',
    'Việc tuyên truyền, phổ biến giáo dục pháp luật.',
    'Thực hiện công khai, minh bạch các quy định, cơ chế chính sách đảm bảo việc tiếp cận của tổ chức, cá nhân, doanh nghiệp trên địa bàn tỉnh.',
  ]),
  ...section('I.3', 'Cải cách thủ tục hành chính', [
    'Việc ban hành, tổ chức thực hiện Kế hoạch rà soát, đánh giá thủ tục hành chính tại cơ quan, đơn vị, địa phương; đề xuất phương án đơn giản hóa thủ tục hành chính theo phạm vi chức năng, thẩm quyền quản lý.',
    'Việc niêm yết, công khai các thủ tục hành chính thuộc thẩm quyền giải quyết của cơ quan, đơn vị, địa phương; công khai địa chỉ tiếp nhận phản ánh, kiến nghị của cá nhân, tổ chức theo quy định.',
    'Triển khai Đề án “Thực hiện cơ chế giao doanh nghiệp đảm nhận nhiệm vụ hướng dẫn, tiếp nhận, số hóa hồ sơ và trả kết quả giải quyết thủ tục hành chính trên địa bàn tỉnh” gắn với công tác số hóa hồ sơ, kết quả thủ tục hành chính trong tiếp nhận, giải quyết thủ tục hành chính; thực hiện ủy quyền, phân cấp trong giải quyết thủ tục hành chính; xử lý phản ánh, kiến nghị của người dân, tổ chức về quy định hành chính.',
    'Tình hình giải quyết thủ tục hành chính theo cơ chế một cửa, một cửa liên thông, cập nhật kết quả giải quyết thủ tục hành chính trên hệ thống một cửa điện tử. Kết quả triển khai thực hiện thực hiện 07 chỉ tiêu liên quan đến “Bộ chỉ số phục vụ người dân, doanh nghiệp trong thực hiện thủ tục hành chính, dịch vụ công trực tuyến”; tình trạng trễ hẹn, quá hạn; lý do trễ hẹn, quá hạn và việc gửi thư xin lỗi tổ chức, công dân theo quy định.',
  ]),
  ...section('I.4', 'Cải cách tổ chức bộ máy hành chính nhà nước', [
    'Việc rà soát sắp xếp, tổ chức lại, kiện toàn chức năng, nhiệm vụ và cơ cấu tổ chức bên trong và cơ cấu số lượng chức danh lãnh đạo theo quy định của các cơ quan, đơn vị, địa phương.',
    'Thực hiện tinh giản biên chế công chức, số lượng người làm việc trong các đơn vị sự nghiệp công lập theo kế hoạch đề ra giai đoạn 2022-2026.',
    'Thực hiện phân cấp, ủy quyền; công tác kiểm tra, giám sát đối với các nhiệm vụ thực hiện phân cấp, ủy quyền thuộc phạm vi quản lý nhà nước của cơ quan, đơn vị; xử lý các vấn đề về phân cấp, ủy quyền phát hiện qua kiểm tra.',
  ]),
  ...section('I.5', 'Cải cách chế độ công vụ', [
    'Việc rà soát, bố trí công chức, viên chức theo đề án vị trí việc làm, khung năng lực đã được phê duyệt.',
    'Xây dựng và triển khai thực hiện kế hoạch chuyên đổi vị trí công tác đối với cán bộ, công chức, viên chức tại cơ quan, đơn vị, địa phương',
    'Xây dựng và thực hiện kế hoạch đào tạo, bồi dưỡng cán bộ, công chức, viên chức của cơ quan, đơn vị, địa phương; thực hiện các giải pháp xây dựng đội ngũ cán bộ, công chức; xây dựng tiêu chí đánh giá cán bộ, công chức, viên chức dựa trên kết quả thực hiện nhiệm vụ được giao bằng sản phẩm cụ thể và sự hài lòng của người dân, doanh nghiệp.',
    'Việc tuyển dụng công chức cấp xã, tuyển dụng viên chức; bố trí cán bộ, công chức cấp xã đảm bảo tiêu chuẩn chức danh theo đúng quy định (đối với cấp huyện, cấp xã)',
    'Việc chấp hành kỷ luật, kỷ cương hành chính của các cơ quan, đơn vị, địa phương',
  ]),
  ...section('I.6', 'Cải cách tài chính công', [
    'Kết quả thực hiện cơ chế tự chủ, tự chịu trách nhiệm trong hoạt động cơ quan hành chính, các đơn vị sự nghiệp công lập trực thuộc cơ quan, đơn vị, địa phương.',
    'Việc rà soát xây dựng quy chế chi tiêu nội bộ, quy chế quản lý, sử dụng tài sản công tại cơ quan, đơn vị, địa phương.',
    'Tình hình tổ chức thực hiện các kiến nghị sau thanh tra, kiểm tra, kiểm toán nhà nước về tài chính, ngân sách (nếu có).',
  ]),
  ...section('I.7', 'Xây dựng và phát triển chính quyền điện tử, chính quyền số', [
    'Tình hình, tiến độ, kết quả triển khai các nhiệm vụ về chuyển đổi số phục vụ cải cách hành chính của cơ quan, đơn vị, địa phương; việc xây dựng cơ sở dữ liệu chuyên ngành phục vụ cho công tác lãnh đạo, quản lý.',
    'Tình hình triển khai ứng dụng công nghệ thông tin: Việc tạo lập hồ sơ công việc trên Hệ thống văn phòng điện tử, cập nhật hồ sơ thủ tục hành chính trên hệ thống Một cửa điện tử; kết quả triển khai thực hiện các dịch vụ công trực tuyến toàn trình và một phần; tình hình sử dụng chữ ký số, hóa đơn điện tử...',
    'Việc cập nhật công khai thông tin cải cách hành chính, công khai thủ tục hành chính trên trang Trang thông tin điện tử của cơ quan, đơn vị, địa phương.',
  ]),
];

const ASSESSMENT: SeedOutlineItem[] = [
  heading('II', null, 'ĐÁNH GIÁ CHUNG'),
  { code: 'II.1', parentCode: 'II', title: 'Những mặt đạt được', guidance: null, required: true },
  {
    code: 'II.2',
    parentCode: 'II',
    title: 'Những tồn tại, hạn chế, khó khăn',
    guidance: null,
    required: true,
  },
];

const PROPOSALS: SeedOutlineItem[] = [
  heading('III', null, 'KIẾN NGHỊ, ĐỀ XUẤT'),
  {
    code: 'III.1',
    parentCode: 'III',
    title: 'Kiến nghị, đề xuất',
    // The seed's sentence; only the document's closing mark "/." is left out.
    guidance:
      'Nêu những kiến nghị, đề xuất với Ủy ban nhân dân tỉnh, các cấp, ngành có liên quan để đẩy mạnh cải cách hành chính trong thời gian tới.',
    required: true,
  },
];

export const REPORT_TEMPLATE: SeedReportTemplate = {
  code: 'de-cuong-toan-dien',
  version: 1,
  title: 'Đề cương báo cáo phục vụ kiểm tra toàn diện công tác cải cách hành chính năm 2024',
  inspectionKind: 'comprehensive',
  published: true,
  // The one-stop bullet of I.3 also asks for the dossier counts as figures (issue 5), which the
  // province's one-stop system can push.
  items: [...RESULTS, ...ASSESSMENT, ...PROPOSALS].map((item) =>
    item.code === COMPREHENSIVE_DOSSIER_ITEM_CODE
      ? { ...item, figures: DOSSIER_FIGURES, figureRules: DOSSIER_FIGURE_RULES }
      : item,
  ),
};
