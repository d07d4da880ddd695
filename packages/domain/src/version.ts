/** kiemtra's version, as the root package.json states it (a test keeps the two equal); shown in the portal's footer and by /health. */
export const KIEMTRA_VERSION = '1.2.0';
