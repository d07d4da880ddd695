import { DEMO_SIGN_INS } from '@kiemtra/db';
import { readEnv } from './env.js';

const env = readEnv();
if (env.KIEMTRA_MODE === 'production') {
  console.log(
    'Chế độ vận hành: không có tài khoản dùng thử. Tỉnh chưa thiết lập thì chạy `pnpm kiemtra setup`.',
  );
} else if (env.SEED === 'binh-dinh-2024') {
  console.log('Bản trình diễn. Tài khoản dùng thử (mật khẩu giống nhau cho mọi tài khoản):');
  for (const account of DEMO_SIGN_INS) {
    console.log(
      `  ${account.username.padEnd(14)} ${account.password}  ${account.roleLabel} — ${account.unitName}`,
    );
  }
}
