// Plain ESM so that astro.config.mjs, Playwright and the scripts can all read it.

/** Default absolute origin, used for canonical URLs and citations unless SITE_URL is set. */
export const DEFAULT_SITE_URL = 'http://localhost:4321';

/**
 * The absolute origin of the deployed site, without a trailing slash.
 * @param {string | undefined} value
 */
export function siteOrigin(value) {
  const raw = (value ?? '').trim() || DEFAULT_SITE_URL;
  const url = new URL(raw);
  if (url.pathname !== '/' || url.search || url.hash) {
    throw new Error(
      `SITE_URL must be an origin such as https://example.org, got "${raw}". Put a sub-path in BASE_PATH.`,
    );
  }
  return url.origin;
}

/**
 * The origin for a build, refusing a local one when the build is for deployment (DEPLOY=1, which
 * `npm run build:deploy` and the GitHub Pages workflow set): a canonical URL or a citation on
 * localhost must never reach a published site. Local builds and the tests keep the default.
 * @param {string | undefined} value SITE_URL
 * @param {string | undefined} deploy DEPLOY
 */
export function buildOrigin(value, deploy) {
  const origin = siteOrigin(value);
  if (deploy && deploy !== '0' && deploy !== 'false') {
    const host = new URL(origin).hostname;
    if (
      host === 'localhost' ||
      host.endsWith('.localhost') ||
      /^127\./.test(host) ||
      host === '[::1]' ||
      host === '0.0.0.0'
    ) {
      throw new Error(
        `A build for deployment (DEPLOY=${deploy}) needs SITE_URL set to the published origin, such as https://example.org; ` +
          `it is ${value && value.trim() !== '' ? `"${value.trim()}"` : `unset (default ${DEFAULT_SITE_URL})`}, and every canonical URL and citation would point at ${origin}.`,
      );
    }
  }
  return origin;
}

/**
 * The sub-path, normalised to start and end with a slash ("/", "/edition/"); "/" when BASE_PATH is
 * unset or blank.
 * @param {string | undefined} value
 */
export function basePath(value) {
  const raw = (value ?? '').trim();
  if (!/^[A-Za-z0-9/_.~-]*$/.test(raw)) {
    throw new Error(`BASE_PATH may hold only URL path characters, got "${raw}".`);
  }
  const trimmed = raw.replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

/**
 * The root URL the data files of a released version are archived for (a reserved .invalid host, RFC
 * 6761): the build serves them with the site's own root in its place (src/lib/data/files.ts), so an
 * archive does not depend on where the edition is published.
 */
export const ARCHIVE_ROOT = 'https://apsara-2024-edition.invalid/';
