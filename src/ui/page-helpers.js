// Shared by the sidebar pages; scripts/pages.mjs inlines it where a page says /* @page-helpers */.
// Every server call through google.script.run, as a promise.
function call(name, ...args) {
  return new Promise((resolve, reject) => {
    const run = google.script.run.withSuccessHandler(resolve).withFailureHandler(reject);
    run[name].apply(run, args);
  });
}
function $(id) {
  return document.getElementById(id);
}
// Elements get their text through textContent only: user text is never parsed as HTML.
function el(tag, cls, text) {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined && text !== null) e.textContent = String(text);
  return e;
}
