import { type Kysely, sql } from 'kysely';

/**
 * Runs a script of several statements one by one. PGlite's query() uses the extended protocol,
 * which refuses several commands in one string, so migrations cannot send a script whole.
 * Statements end with `;` at the end of a line, outside a `$$ … $$` body.
 */
export async function runScript(db: Kysely<unknown>, script: string): Promise<void> {
  for (const statement of splitStatements(script)) await sql.raw(statement).execute(db);
}

export function splitStatements(script: string): string[] {
  const statements: string[] = [];
  let current: string[] = [];
  let inBody = false;
  for (const line of script.split('\n')) {
    current.push(line);
    inBody = (line.match(/\$\$/g)?.length ?? 0) % 2 === 1 ? !inBody : inBody;
    if (!inBody && /;\s*$/.test(line)) {
      const statement = current.join('\n').trim().replace(/;$/, '');
      if (statement.replace(/--.*$/gm, '').trim()) statements.push(statement);
      current = [];
    }
  }
  const rest = current.join('\n').trim();
  if (rest.replace(/--.*$/gm, '').trim()) statements.push(rest);
  return statements;
}
