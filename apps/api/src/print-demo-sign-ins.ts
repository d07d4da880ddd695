import { DEMO_SIGN_INS } from '@kiemtra/db';

console.log('Tài khoản dùng thử (mật khẩu giống nhau cho mọi tài khoản):');
for (const account of DEMO_SIGN_INS) {
  console.log(
    `  ${account.username.padEnd(14)} ${account.password}  ${account.roleLabel} — ${account.unitName}`,
  );
}
