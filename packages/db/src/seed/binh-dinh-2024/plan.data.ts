import type { SeedPlan } from './seed-types.js';

/** The plan as issued (Quyết định của Chủ tịch UBND tỉnh; the Kế hoạch attached to it). */
export const PLAN: SeedPlan = {
  year: 2024,
  title: 'Kế hoạch kiểm tra công tác cải cách hành chính tỉnh Bình Định năm 2024',
  status: 'published',
  ownerCode: 'so-noi-vu',
  issuingAuthority: 'Chủ tịch Ủy ban nhân dân tỉnh Bình Định',
  // The seed's copy leaves number and date blank ("Quyết định số /QĐ-UBND ngày tháng năm 2024").
  // The number stays unknown; the date is a plausible one: the first working day after the
  // Tờ trình 224/TTr-SNV of 28/3/2024, and the day the plan's window opens.
  decisionNumber: null,
  decisionDate: '2024-04-01',
  decisionSignerName: 'Lâm Hải Giang',
  decisionSignerTitle: 'KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH',
  legalBases: [
    'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật Sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;',
    'Căn cứ Nghị quyết số 76/NQ-CP ngày 15 tháng 7 năm 2021 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021- 2030;',
    'Căn cứ Quyết định số 3809/QĐ-UBND ngày 14 tháng 9 năm 2021 của Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện Chương trình hành động số 09-CTr/TU ngày 14 tháng 5 năm 2021 của Tỉnh ủy thực hiện Nghị quyết Đại hội XX Đảng bộ tỉnh, Nghị quyết Đại hội Đảng toàn quốc lần thứ XIII về cải cách hành chính, trọng tâm là tiếp tục đẩy mạnh cải cách thủ tục hành chính giai đoạn 2020-2025;',
    'Căn cứ Quyết định số 4935/QĐ-UBND ngày 29 tháng 12 năm 2023 của Ủy ban nhân dân tỉnh ban hành Kế hoạch cải cách hành chính tỉnh Bình Định năm 2024;',
  ],
  proposal: 'Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 224/TTr-SNV ngày 28 tháng 3 năm 2024.',
  purposes: [
    'Tăng cường kỷ luật, kỷ cương trong tổ chức thực hiện công tác cải cách hành chính (viết tắt là CCHC); nâng cao tinh thần trách nhiệm của cán bộ, công chức, viên chức trong thực hiện công tác CCHC, nhất là người đứng đầu các cơ quan, đơn vị, địa phương.',
    'Đánh giá khách quan tình hình, kết quả thực hiện các nhiệm vụ CCHC theo chương trình, kế hoạch, hướng dẫn của Trung ương, Ủy ban nhân dân tỉnh, Chủ tịch Ủy ban nhân dân tỉnh, các cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh theo ngành, lĩnh vực và Kế hoạch CCHC của cơ quan, đơn vị, địa phương. Từ đó, rút ra các vấn đề cần quan tâm trong công tác chỉ đạo điều hành CCHC trong thời gian tới.',
    'Thông qua kiểm tra, kịp thời ghi nhận những kết quả đạt được, biểu dương những cơ quan, đơn vị, địa phương thực hiện tốt, có đổi mới trong công tác CCHC. Đồng thời, chấn chỉnh, phê bình những cơ quan, đơn vị, địa phương chưa chủ động, tích cực trong việc thực hiện nhiệm vụ CCHC.',
    'Kịp thời khắc phục hạn chế, tháo gỡ vướng mắc, khó khăn, xử lý các vi phạm; ghi nhận và xem xét giải quyết những đề xuất, kiến nghị của các cơ quan, đơn vị, địa phương trong quá trình thực hiện nhiệm vụ CCHC.',
    'Sử dụng kết quả từ kiểm tra CCHC phục vụ đánh giá, xếp hạng CCHC của cấp có thẩm quyền.',
  ],
  requirements: [
    'Việc kiểm tra công tác CCHC phải thực hiện đúng quy định, nghiêm túc, khách quan; có sự phối hợp chặt chẽ giữa các cơ quan liên quan để tránh trùng lặp, chồng chéo trong hoạt động kiểm tra, gây trở ngại đến hoạt động bình thường của các cơ quan, đơn vị, địa phương được kiểm tra.',
    'Việc kiểm tra công tác CCHC phải toàn diện trên các lĩnh vực, nội dung CCHC, có trọng tâm, trọng điểm, khách quan, đảm bảo hiệu quả; chú ý các nội dung quan trọng nhằm cải thiện, nâng cao các Chỉ số CCHC của tỉnh.',
    'Các cơ quan, đơn vị, địa phương được kiểm tra có trách nhiệm chuẩn bị hồ sơ, tài liệu và tạo điều kiện thuận lợi cho Đoàn kiểm tra thực hiện các nội dung kiểm tra theo Kế hoạch.',
    'Đánh giá, kết luận của Đoàn kiểm tra phải phản ánh đúng thực tế về công tác CCHC tại cơ quan, đơn vị, địa phương; đối với các hạn chế, vi phạm phải làm rõ trách nhiệm của từng cá nhân, tập thể có liên quan.',
    'Kết quả kiểm tra phải được thông báo kịp thời để cơ quan, đơn vị, địa phương biết và khắc phục. Những kiến nghị của Đoàn kiểm tra phải được các cơ quan, đơn vị, địa phương thực hiện nghiêm túc và có báo cáo kết quả khắc phục cho Ủy ban nhân dân tỉnh, Chủ tịch Ủy ban nhân dân tỉnh. Trong trường hợp cần thiết Đoàn kiểm tra có thể thực hiện việc phúc tra, tái kiểm tra tại các cơ quan, đơn vị, địa phương.',
  ],
  forms: ['on_site', 'desk'],
  // III.3: "từ Quý II năm 2024 đến hết Quý III năm 2024".
  windowStart: '2024-04-01',
  windowEnd: '2024-09-30',
  // III.1: "dự kiến kiểm tra 22 cơ quan, đơn vị, địa phương" — stored as written; the actual list is longer.
  expectedTargetCount: 22,
  fundingNote:
    'Kinh phí tổ chức kiểm tra việc thực hiện nhiệm vụ CCHC và kiểm tra chuyên đề được bố trí từ nguồn kinh phí CCHC Ủy ban nhân dân tỉnh đã giao cho Sở Nội vụ trong năm 2024.',
  reportTemplateCode: 'de-cuong-toan-dien',
};
