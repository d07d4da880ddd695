import 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Set when the tests run on a real PostgreSQL: the migrated template database to clone. */
    pgTemplateDatabase: string | null;
    /** Set when the tests run on PGlite: a dump of a migrated data directory to load. */
    pgliteTemplateFile: string | null;
  }
}
