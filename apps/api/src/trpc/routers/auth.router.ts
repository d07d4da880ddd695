import { deleteSession } from '@kiemtra/db';
import { changeOwnPasswordInput, ROLE_LABELS, signInInput } from '@kiemtra/domain';
import { changeOwnPassword } from '../../auth/change-own-password.js';
import { signIn } from '../../auth/sign-in.js';
import { hashToken, SESSION_COOKIE } from '../../auth/tokens.js';
import { toMeDto } from '../dto/me.dto.js';
import { publicProcedure, router, signedInProcedure } from '../init.js';

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
        mustChangePassword: result.user.mustChangePassword,
      },
    };
  }),

  signOut: publicProcedure.mutation(async ({ ctx }) => {
    if (ctx.sessionToken) await deleteSession(ctx.db, hashToken(ctx.sessionToken));
    void ctx.res.clearCookie(SESSION_COOKIE, { path: '/' });
    return { signedOut: true };
  }),

  // Both stay open to a person with a temporary password: the portal reads the profile to send them
  // to the change-password page, where they change it.
  me: signedInProcedure.query(({ ctx }) => toMeDto(ctx.profile)),

  /** Changes the signed-in person's own password; their other sessions end. */
  changeOwnPassword: signedInProcedure
    .input(changeOwnPasswordInput)
    .mutation(({ ctx, input }) =>
      changeOwnPassword(ctx, { profile: ctx.profile, sessionToken: ctx.sessionToken }, input),
    ),
});
