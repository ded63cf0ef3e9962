// Plain ESM so that astro.config.mjs, Playwright and the scripts can all read it.

/** Default absolute origin, used for canonical URLs and citations unless SITE_URL is set. */
export const DEFAULT_SITE_URL = 'http://localhost:4321';

/** Default sub-path the site is served under, unless BASE_PATH is set. */
export const DEFAULT_BASE_PATH = '/';

/**
 * The absolute origin of the deployed site, without a trailing slash.
 * @param {string | undefined} value
 */
export function siteOrigin(value) {
  const raw = value && value.trim() !== '' ? value.trim() : DEFAULT_SITE_URL;
  const url = new URL(raw);
  if (url.pathname !== '/' || url.search || url.hash) {
    throw new Error(
      `SITE_URL must be an origin such as https://example.org, got "${raw}". Put a sub-path in BASE_PATH.`,
    );
  }
  return url.origin;
}

/**
 * The sub-path, normalised to start and end with a slash ("/", "/edition/").
 * @param {string | undefined} value
 */
export function basePath(value) {
  const raw = value && value.trim() !== '' ? value.trim() : DEFAULT_BASE_PATH;
  if (!/^[A-Za-z0-9/_.~-]*$/.test(raw)) {
    throw new Error(`BASE_PATH may hold only URL path characters, got "${raw}".`);
  }
  const trimmed = raw.replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}
