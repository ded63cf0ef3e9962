/**
 * Arriving from a search result (?hl=words#target): highlights the words in the target paragraph or
 * note (or the whole page) with the CSS Custom Highlight API, which leaves the DOM untouched, and
 * brings the target into view. The words are read as the search read them (parseQuery).
 */
import { QUERY, SEARCH_HIGHLIGHT } from '../constants';
import { foldAligned, parseQuery } from '../lib/search/match';
import { targetId } from './dom';

function highlight(): void {
  const { words } = parseQuery(new URLSearchParams(location.search).get(QUERY.highlight) ?? '');
  if (words.length === 0 || !('highlights' in CSS)) return;
  const id = targetId();
  const target = id ? document.getElementById(id) : null;
  const scope = target?.closest('.ed-para, .ed-note') ?? document.querySelector('main');
  if (!scope) return;
  // Concatenate the text nodes, so that a phrase split by a link or a marker is still found.
  const nodes: { node: Text; start: number }[] = [];
  let text = '';
  const walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) =>
      n.parentElement?.closest('.ed-noteref, .ed-vh, script, style')
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT,
  });
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    nodes.push({ node: n as Text, start: text.length });
    // Folded as the search folds (Moore's finds Moore’s), keeping offsets.
    text += foldAligned((n as Text).data);
  }
  const locate = (offset: number) => {
    let i = nodes.length - 1;
    while (i > 0 && nodes[i]!.start > offset) i--;
    return { node: nodes[i]!.node, offset: offset - nodes[i]!.start };
  };
  const ranges: Range[] = [];
  for (const w of words) {
    for (let at = text.indexOf(w); at !== -1; at = text.indexOf(w, at + w.length)) {
      const range = new Range();
      const s = locate(at);
      const e = locate(at + w.length - 1);
      range.setStart(s.node, s.offset);
      range.setEnd(e.node, e.offset + 1);
      ranges.push(range);
    }
  }
  if (ranges.length === 0) return;
  CSS.highlights.set(SEARCH_HIGHLIGHT, new Highlight(...ranges));
  if (target instanceof HTMLDetailsElement) target.open = true;
  (target ?? ranges[0]!.startContainer.parentElement)?.scrollIntoView({ block: 'start' });
}

highlight();
