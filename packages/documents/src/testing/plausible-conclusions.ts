import {
  addDays,
  CONTENT_AREAS,
  type Finding,
  type FindingArea,
  type LocalDate,
  type RecommendationDraft,
  THEMATIC_TOPICS,
} from '@kiemtra/domain';

/** What a team typically writes about each content area (seed Đề cương), good and bad. */
const PHRASES: Record<FindingArea, { good: string; bad: string; fix: string }> = {
  A1: {
    good: 'Ban hành kịp thời Kế hoạch cải cách hành chính năm 2024 và các văn bản chỉ đạo, điều hành',
    bad: 'Một số nhiệm vụ trong Kế hoạch CCHC chưa hoàn thành đúng tiến độ; chưa ban hành kế hoạch kiểm tra CCHC đối với đơn vị trực thuộc',
    fix: 'Ban hành kế hoạch kiểm tra CCHC đối với các đơn vị trực thuộc và báo cáo kết quả về Sở Nội vụ',
  },
  A2: {
    good: 'Thực hiện tốt công tác rà soát, hệ thống hóa văn bản quy phạm pháp luật',
    bad: 'Công tác theo dõi thi hành pháp luật chưa được thực hiện thường xuyên',
    fix: 'Xây dựng và thực hiện kế hoạch theo dõi thi hành pháp luật năm 2024',
  },
  A3: {
    good: 'Niêm yết, công khai đầy đủ thủ tục hành chính tại Bộ phận Một cửa',
    bad: 'Còn hồ sơ thủ tục hành chính giải quyết trễ hẹn nhưng chưa gửi thư xin lỗi tổ chức, công dân',
    fix: 'Rà soát hồ sơ trễ hẹn, gửi thư xin lỗi tổ chức, công dân theo quy định',
  },
  A4: {
    good: 'Kiện toàn cơ cấu tổ chức bên trong theo quy định',
    bad: 'Chưa hoàn thành việc rà soát chức năng, nhiệm vụ của các đơn vị thuộc và trực thuộc',
    fix: 'Hoàn thành rà soát, sắp xếp tổ chức bộ máy của các đơn vị thuộc và trực thuộc',
  },
  A5: {
    good: 'Bố trí công chức, viên chức theo vị trí việc làm đã được phê duyệt',
    bad: 'Chưa xây dựng kế hoạch chuyển đổi vị trí công tác đối với công chức, viên chức',
    fix: 'Xây dựng, thực hiện kế hoạch chuyển đổi vị trí công tác theo quy định',
  },
  A6: {
    good: 'Ban hành quy chế chi tiêu nội bộ, quy chế quản lý, sử dụng tài sản công',
    bad: 'Quy chế chi tiêu nội bộ chưa được rà soát, cập nhật theo quy định mới',
    fix: 'Rà soát, sửa đổi quy chế chi tiêu nội bộ',
  },
  A7: {
    good: 'Sử dụng chữ ký số trong trao đổi văn bản điện tử đạt tỷ lệ cao',
    bad: 'Tỷ lệ hồ sơ thủ tục hành chính được số hóa kết quả giải quyết còn thấp',
    fix: 'Đẩy mạnh số hóa hồ sơ, kết quả giải quyết thủ tục hành chính',
  },
  T1: {
    good: 'Tiếp nhận, giải quyết hồ sơ thủ tục hành chính cơ bản đúng hạn',
    bad: 'Tỷ lệ hồ sơ nộp trực tuyến và thanh toán trực tuyến còn thấp',
    fix: 'Hướng dẫn người dân nộp hồ sơ, thanh toán trực tuyến',
  },
  T2: {
    good: 'Đã khắc phục phần lớn tồn tại theo kết luận kiểm tra các năm 2021–2023',
    bad: 'Còn tồn tại theo kết luận kiểm tra năm 2023 chưa được khắc phục dứt điểm',
    fix: 'Khắc phục dứt điểm các tồn tại theo kết luận kiểm tra năm 2023',
  },
  T3: {
    good: 'Triển khai các giải pháp nâng cao Chỉ số PAPI, SIPAS',
    bad: 'Chưa đánh giá kết quả thực hiện các giải pháp cải thiện Chỉ số PAPI',
    fix: 'Đánh giá, báo cáo kết quả thực hiện Kế hoạch số 135/KH-UBND',
  },
  T4: {
    good: 'Giải quyết hồ sơ đăng ký đất đai cơ bản đúng thời hạn',
    bad: 'Còn hồ sơ đăng ký đất đai quá hạn giải quyết',
    fix: 'Rà soát, giải quyết dứt điểm hồ sơ đăng ký đất đai quá hạn',
  },
};

/**
 * Findings and recommendations a team could plausibly conclude for the `index`-th target, from
 * the seed's content areas (comprehensive) or topics (thematic): an achievement per area, a
 * shortcoming in two areas, a violation in every third target, a recommendation for each problem
 * due 30 days after the conclusion.
 */
export function plausibleConclusion(input: { index: number; thematic: boolean; concludedOn: LocalDate }): {
  findings: Finding[];
  recommendations: RecommendationDraft[];
} {
  const areas: readonly FindingArea[] = input.thematic ? THEMATIC_TOPICS : CONTENT_AREAS;
  const findings: Finding[] = areas.map((area, i) => ({
    id: `f${input.index}-${i}-a`,
    area,
    kind: 'achievement',
    description: PHRASES[area].good,
  }));
  const problemAreas = [areas[input.index % areas.length], areas[(input.index + 2) % areas.length]].filter(
    (a): a is FindingArea => a !== undefined,
  );
  problemAreas.forEach((area, i) => {
    const violation = i === 1 && input.index % 3 === 0;
    const responsibilities = [
      { holderKind: 'collective' as const, holder: 'Văn phòng cơ quan', description: 'tham mưu, theo dõi' },
      ...(violation
        ? [
            {
              holderKind: 'individual' as const,
              holder: 'Công chức đầu mối CCHC',
              description: 'chưa kịp thời cập nhật',
            },
          ]
        : []),
    ];
    findings.push(
      violation
        ? {
            id: `f${input.index}-${i}-v`,
            area,
            kind: 'violation',
            severity: 'minor',
            description: PHRASES[area].bad,
            responsibilities,
          }
        : {
            id: `f${input.index}-${i}-s`,
            area,
            kind: 'shortcoming',
            description: PHRASES[area].bad,
            responsibilities,
          },
    );
  });
  const recommendations: RecommendationDraft[] = findings
    .filter((f) => f.kind !== 'achievement')
    .map((f, i) => ({
      id: `r${input.index}-${i}`,
      action: PHRASES[f.area].fix,
      responsible: 'Thủ trưởng cơ quan, đơn vị',
      dueDate: addDays(input.concludedOn, 30),
      findingIds: [f.id],
    }));
  return { findings, recommendations };
}
