import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderEmbeddedMigrations } from '../db/migrations/embed';

const dir = join(import.meta.dirname, '..', 'db', 'migrations');
writeFileSync(join(dir, 'embedded.ts'), renderEmbeddedMigrations(dir));
console.log('db/migrations/embedded.ts updated');
