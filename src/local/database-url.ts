/** The PostgreSQL that the machine (and CI) runs on loopback with trust auth: tests and benchmarks use it. */
export const LOCAL_DATABASE_URL = process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";
