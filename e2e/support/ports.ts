/**
 * Where the browser tier's processes listen: the app on E2E_PORT, its embedded PostgreSQL on the
 * next port (or E2E_PG_PORT), then the test SMTP server and that server's HTTP reading API.
 */
export const APP_PORT = Number(process.env.E2E_PORT ?? 3210);
export const PG_PORT = Number(process.env.E2E_PG_PORT ?? APP_PORT + 1);
export const SMTP_PORT = APP_PORT + 2;
export const MAIL_API = `http://127.0.0.1:${APP_PORT + 3}`;
