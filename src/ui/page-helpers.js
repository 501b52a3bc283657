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
/** A failure the page itself raises with a message already in Chinese (a server answer with ok: false). */
class PageError extends Error {}

/**
 * What a failure says to the clerk. A PageError is already Chinese. Anything else reached the page through
 * google.script.run's failure handler: the cases respond() on the server cannot catch (the 6-minute limit,
 * a lapsed authorisation, a dropped connection: developers.google.com/apps-script/guides/services/quotas,
 * …/guides/html/reference/run). Those are told in Chinese, Google's own text kept in brackets for the 管理员.
 * @param {unknown} err
 * @returns {string}
 */
function failureText(err) {
  if (err instanceof PageError) return err.message;
  const m = /** @type {{ message?: unknown } | null | undefined} */ (err)?.message;
  const text = String(m ? m : err);
  let zh = '操作没有完成，Google 的服务返回了错误；请稍后重试，如仍出错，请把括号中的说明告诉管理员';
  if (/maximum execution time|execution time|timed? ?out|执行时间|超时/i.test(text)) {
    zh = '处理时间超过 Google 允许的 6 分钟，没有完成；请缩短统计期间或稍后重试';
  } else if (/authori[sz]|sign[ -]?in|log[ -]?in|PERMISSION_DENIED|授权|登录/i.test(text)) {
    zh = '授权已失效，请刷新页面后重新打开侧栏并按提示授权';
  } else if (/network|connection|HTTP 0|offline|网络|连接/i.test(text)) {
    zh = '网络连接中断，没有完成；请检查网络后重试';
  }
  return `${zh}（${text}）`;
}

/**
 * Whether a keydown belongs to an input method's composition (the Enter or ，/、 that picks pinyin candidates):
 * the page must not act on it (sweep s25c F4). keyCode 229 is what Chrome and Safari send for such keys.
 * @param {KeyboardEvent} e
 * @returns {boolean}
 */
function composing(e) {
  return e.isComposing || e.keyCode === 229;
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
