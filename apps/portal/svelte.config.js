import adapter from '@sveltejs/adapter-node';

/** @type {import('@sveltejs/kit').Config} */
export default {
  // precompress: every built asset also as .gz and .br, which the handler serves to browsers that accept them.
  kit: { adapter: adapter({ precompress: true }) },
};
