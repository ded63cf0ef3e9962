/**
 * A renamed anchor (content/redirects.yaml, "anchors") leads to its new address: a fragment never
 * reaches the server, so the page that had it follows the map MovedAnchors.astro writes into it.
 */
import { ELEMENT_ID } from '../constants';
import { targetId } from './dom';

const id = targetId();
const map = document.getElementById(ELEMENT_ID.movedAnchors);
if (id && map && !document.getElementById(id)) {
  const to = (JSON.parse(map.textContent ?? '{}') as Record<string, string>)[id];
  if (to) location.replace(to);
}
