// @ts-check
// Shared by the sidebar pages; scripts/pages.mjs inlines it where a page says /* @page-helpers */.

/** @typedef {typeof import('../addon/main')} ServerFunctions the globals a page may call */

/**
 * Every server call through google.script.run, as a promise of what the server function returns: tsc
 * checks the name, the arguments and every field the page reads against src/addon/main.ts.
 * @template {keyof ServerFunctions} K
 * @param {K} name
 * @param {Parameters<ServerFunctions[K]>} args
 * @returns {Promise<ReturnType<ServerFunctions[K]>>}
 */
function call(name, ...args) {
  return new Promise((resolve, reject) => {
    const run = google.script.run.withSuccessHandler(resolve).withFailureHandler(reject);
    run[name].apply(run, args);
  });
}
/**
 * An element of the page by id (every id a script asks for is in its .html; the browser tests load each page).
 * @param {string} id
 * @returns {any}
 */
function $(id) {
  return document.getElementById(id);
}
/**
 * Elements get their text through textContent only: user text is never parsed as HTML.
 * @param {string} tag
 * @param {string} [cls]
 * @param {unknown} [text]
 * @returns {any}
 */
function el(tag, cls, text) {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined && text !== null) e.textContent = String(text);
  return e;
}
