import adapter from '@sveltejs/adapter-node';

/** @type {import('@sveltejs/kit').Config} */
export default {
  kit: {
    adapter: adapter(),
    typescript: {
      config(tsconfig) {
        // The portal reads the API's router TYPE, so TypeScript checks the API's tRPC context too.
        // That code uses `req.cookies` / `reply.setCookie`, declared by @fastify/cookie's module
        // augmentation, which only the API's server.ts imports. Until the API's context imports
        // the augmentation itself, the portal's type check loads it here (types only, never bundled).
        tsconfig.include.push('../../api/node_modules/@fastify/cookie/types/index.d.ts');
      },
    },
  },
};
