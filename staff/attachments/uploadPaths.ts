// The routes that receive files: they read their own body, up to ATTACHMENT_MAX_BYTES, so the
// server's 1 MiB body parser passes them by (server/app.ts, http/requestGuards.ts).
export const UPLOAD_PATHS = {
  /** The staff API: the file is the raw body, its name in `?filename=`. */
  api: '/api/staff/cases/:reference/attachments',
  /** The console's upload form: multipart/form-data with one file field. */
  console: '/console/cases/:reference/attachments',
} as const;
