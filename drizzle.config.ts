import { defineConfig } from 'drizzle-kit';

// Generates SQL migrations from db/schema; `npm run db:generate` then embeds them (db/migrations/embedded.ts).
export default defineConfig({
  dialect: 'sqlite',
  schema: './db/schema/index.ts',
  out: './db/migrations',
});
