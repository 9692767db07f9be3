import { createRequire } from 'node:module';
import type BetterSqlite3 from 'better-sqlite3';

/**
 * The better-sqlite3 build for this Node.js: 13 (Node-API) on Node 22 and later, 12 on Node 20.
 * 12 derives its statements from Node's raw ObjectWrap, and since Node 24.19 a statement collected by an idle
 * garbage collection aborts the whole process (WiseLibs/better-sqlite3#1515, not fixed in 12); 13 does not
 * support Node 20 (it crashes there). Both are installed (13 as the alias `better-sqlite3-napi`, which ships
 * its binaries and needs no build); every SQLite user imports the driver from here, never the package itself.
 */
const major = Number(process.versions.node.split('.')[0]);
export const SQLITE_PACKAGE = major >= 22 ? 'better-sqlite3-napi' : 'better-sqlite3';

const Database: typeof BetterSqlite3 = createRequire(import.meta.url)(SQLITE_PACKAGE);

export default Database;
/** An open SQLite database (the same API in both builds). */
export type SqliteDatabase = BetterSqlite3.Database;
