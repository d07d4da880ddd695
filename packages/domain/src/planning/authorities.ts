/** The offices whose holders sign a team's forming decision or order an ad-hoc inspection. */
export const SIGNER_OFFICES = ['director_home_affairs', 'chief_of_office_ppc', 'chairman_ppc'] as const;
export type SignerOffice = (typeof SIGNER_OFFICES)[number];

export const SIGNER_OFFICE_LABELS: Record<SignerOffice, string> = {
  director_home_affairs: 'Giám đốc Sở Nội vụ',
  chief_of_office_ppc: 'Chánh Văn phòng UBND tỉnh',
  chairman_ppc: 'Chủ tịch UBND tỉnh',
};
