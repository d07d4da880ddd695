import adapter from '@sveltejs/adapter-node';

/** @type {import('@sveltejs/kit').Config} */
export default {
  kit: {
    // precompress: every built asset also as .gz and .br, which the handler serves to browsers that accept them.
    adapter: adapter({ precompress: true }),
    // Issue 18: no script runs unless SvelteKit put it there (a nonce or hash per response), and
    // no other site may frame the portal (the sign-in form could be framed before).
    csp: {
      mode: 'auto',
      directives: {
        'default-src': ['self'],
        'script-src': ['self'],
        // Svelte writes style attributes during rendering; styles cannot run code.
        'style-src': ['self', 'unsafe-inline'],
        'img-src': ['self', 'data:'],
        'font-src': ['self'],
        'connect-src': ['self'],
        'object-src': ['none'],
        'base-uri': ['self'],
        'form-action': ['self'],
        'frame-ancestors': ['none'],
      },
    },
  },
};
