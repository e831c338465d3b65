// Progressive enhancement of the clerk's review page: selecting text in the original fills
// the "add a redaction" form with its exact offsets. Without JavaScript the clerk types it.
(function () {
  "use strict";
  var original = document.getElementById("original-text");
  var form = document.getElementById("add-form");
  if (!original || !form) { return; }
  function offset(node, within) {
    var el = node.nodeType === 3 ? node.parentNode : node;
    while (el && el !== original && !el.hasAttribute("data-start")) { el = el.parentNode; }
    if (!el || el === original) { return null; }
    return parseInt(el.getAttribute("data-start"), 10) + within;
  }
  document.addEventListener("selectionchange", function () {
    var sel = window.getSelection();
    if (!sel || sel.rangeCount === 0 || sel.isCollapsed) { return; }
    var range = sel.getRangeAt(0);
    if (!original.contains(range.startContainer) || !original.contains(range.endContainer)) { return; }
    var start = offset(range.startContainer, range.startOffset);
    var end = offset(range.endContainer, range.endOffset);
    if (start === null || end === null || end <= start) { return; }
    document.getElementById("add-start").value = start;
    document.getElementById("add-end").value = end;
    document.getElementById("add-text").value = sel.toString();
  });
  document.getElementById("add-text").addEventListener("input", function () {
    document.getElementById("add-start").value = "";
    document.getElementById("add-end").value = "";
  });
}());
