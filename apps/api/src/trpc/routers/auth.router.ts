import { deleteSession } from '@kiemtra/db';
import { ROLE_LABELS, signInInput } from '@kiemtra/domain';
import { signIn } from '../../auth/sign-in.js';
import { hashToken, SESSION_COOKIE } from '../../auth/tokens.js';
import { toMeDto } from '../dto/me.dto.js';
import { authedProcedure, publicProcedure, router } from '../init.js';

export const authRouter = router({
  /** Opens a session: the httpOnly cookie alone carries its token (a server that forwards it, the portal, reads Set-Cookie). */
  signIn: publicProcedure.input(signInInput).mutation(async ({ ctx, input }) => {
    const result = await signIn(ctx, { ...input, clientIp: ctx.clientIp });
    void ctx.res.setCookie(SESSION_COOKIE, result.token, {
      httpOnly: true,
      sameSite: 'lax',
      secure: ctx.secureCookies,
      path: '/',
      expires: result.expiresAt,
    });
    return {
      expiresAt: result.expiresAt,
      user: {
        id: result.user.id,
        username: result.user.username,
        fullName: result.user.fullName,
        roles: result.user.roles,
        roleLabels: result.user.roles.map((r) => ROLE_LABELS[r]),
      },
    };
  }),

  signOut: publicProcedure.mutation(async ({ ctx }) => {
    if (ctx.sessionToken) await deleteSession(ctx.db, hashToken(ctx.sessionToken));
    void ctx.res.clearCookie(SESSION_COOKIE, { path: '/' });
    return { signedOut: true };
  }),

  me: authedProcedure.query(({ ctx }) => toMeDto(ctx.profile)),
});
