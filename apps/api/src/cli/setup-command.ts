import { createInterface } from 'node:readline/promises';
import { type DatabaseHandle, loadReferenceData, migrateToLatest } from '@kiemtra/db';
import { type ProvinceSetupInput, provinceSetupInput, todayInVietnam, toIsoDate } from '@kiemtra/domain';
import { hashPassword } from '../auth/password.js';
import { setUpProvince } from '../setup/set-up-province.js';
import { CliFailure } from './cli-failure.js';

/** The flags of `kiemtra setup`, each with the question asked when it is missing and a terminal is there. */
export const SETUP_FLAGS = {
  code: { question: 'Mã tỉnh (chữ thường không dấu, ví dụ quang-tri)', required: true },
  name: { question: 'Tên tỉnh (ví dụ Tỉnh Quảng Trị)', required: true },
  place: { question: 'Địa danh ghi trên văn bản (Enter: lấy từ tên tỉnh)', required: false },
  committee: { question: 'Tên Ủy ban nhân dân tỉnh (Enter: Ủy ban nhân dân + tên tỉnh)', required: false },
  'home-affairs': { question: 'Tên Sở Nội vụ (Enter: Sở Nội vụ)', required: false },
  'valid-from': {
    question: 'Danh mục đơn vị có hiệu lực từ ngày (dd/mm/yyyy, Enter: hôm nay)',
    required: false,
  },
  'admin-username': { question: 'Tên đăng nhập của quản trị hệ thống (ví dụ quantri)', required: true },
  'admin-name': { question: 'Họ và tên của quản trị hệ thống', required: true },
  'admin-position': { question: 'Chức vụ của quản trị hệ thống (Enter: bỏ qua)', required: false },
} as const;
export type SetupFlag = keyof typeof SETUP_FLAGS;

/** Asks, on a terminal, for every flag not given; without a terminal a missing required flag is an error. */
export async function completeSetupFlags(
  given: Partial<Record<SetupFlag, string>>,
  interactive: boolean,
): Promise<Partial<Record<SetupFlag, string>>> {
  const flags = { ...given };
  const missing = (Object.keys(SETUP_FLAGS) as SetupFlag[]).filter((f) => flags[f] === undefined);
  if (!interactive) {
    const required = missing.filter((f) => SETUP_FLAGS[f].required);
    if (required.length > 0) {
      throw new CliFailure(
        `Thiếu ${required.map((f) => `--${f}`).join(', ')} (hoặc chạy trong một cửa sổ dòng lệnh để được hỏi).`,
        2,
      );
    }
    return flags;
  }
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    for (const flag of missing) flags[flag] = (await rl.question(`${SETUP_FLAGS[flag].question}: `)).trim();
  } finally {
    rl.close();
  }
  return flags;
}

/** The set-up's input from the flags; the register starts today unless told. */
export function setupInputOf(flags: Partial<Record<SetupFlag, string>>, today: Date): ProvinceSetupInput {
  const validFrom = flags['valid-from'];
  return {
    code: flags.code ?? '',
    name: flags.name ?? '',
    placeName: flags.place,
    committeeName: flags.committee,
    homeAffairsName: flags['home-affairs'],
    validFrom: validFrom === undefined || validFrom === '' ? toIsoDate(todayInVietnam(today)) : validFrom,
    admin: {
      username: flags['admin-username'] ?? '',
      fullName: flags['admin-name'] ?? '',
      position: flags['admin-position'],
    },
  };
}

/** Runs the migrations, then creates the province and its administrator; prints the temporary password once. */
export async function runSetup(
  database: DatabaseHandle,
  input: ProvinceSetupInput,
  output: { json: boolean; write(line: string): void },
): Promise<void> {
  const parsed = provinceSetupInput.safeParse(input);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `- ${i.message}`);
    throw new CliFailure(`Thông tin thiết lập chưa đúng:\n${lines.join('\n')}`, 2);
  }
  await migrateToLatest(database.db);
  await loadReferenceData(database.db);
  const result = await setUpProvince(database.db, input, { hashPassword });
  if (output.json) {
    output.write(JSON.stringify(result));
    return;
  }
  output.write(`Đã thiết lập ${parsed.data.name} (mã ${result.tenantId}).`);
  output.write(`  Quản trị hệ thống: ${result.username}`);
  output.write(`  Mật khẩu tạm thời: ${result.temporaryPassword}`);
  output.write('  Mật khẩu này chỉ hiện một lần; người quản trị phải đổi nó ngay khi đăng nhập lần đầu.');
}
