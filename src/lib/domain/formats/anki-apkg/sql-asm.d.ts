// sql.js's asm.js build (no WebAssembly) exports the same initSqlJs as its default build.
declare module 'sql.js/dist/sql-asm.js' {
  import initSqlJs from 'sql.js';
  export default initSqlJs;
}
