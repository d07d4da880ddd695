import { z } from 'zod';

// Every schema of kiemtra answers in Vietnamese; specific fields add their own, clearer messages.
z.config(z.locales.vi());

export { z };
