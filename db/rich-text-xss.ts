// The XSS corpus (issue 8): text a clerk could type or paste — into the minutes, agenda
// titles, guests' names, attachment names — that would run script if any view trusted it.
// Every payload that could run sets the canary global; a test passes when the canary stays
// unset and the payload shows as text. The unit tests (db/) use it here; e2e specs through
// e2e/fixtures/xss.ts. Test data only: nothing shipped imports it.

/** The global a payload sets if it ever runs. */
export const XSS_CANARY = '__minutebookXss';

const run = `window.${XSS_CANARY}=1`;

export const XSS_PAYLOADS: readonly string[] = [
  `<script>${run}</script>`,
  `<img src=x onerror="${run}">`,
  `<img src="x" onerror=${run}//`,
  `<svg onload="${run}"></svg>`,
  `<svg><script>${run}</script></svg>`,
  `<iframe srcdoc="<script>parent.${XSS_CANARY}=1</script>"></iframe>`,
  `<iframe src="javascript:parent.${XSS_CANARY}=1"></iframe>`,
  `<a href="javascript:${run}">bấm vào đây</a>`,
  `<a href="JaVaScRiPt:${run}">link</a>`,
  `<a href="&#106;avascript:${run}">entity link</a>`,
  `<a href="data:text/html,<script>${run}</script>">data link</a>`,
  `<body onload="${run}">`,
  `<div onmouseover="${run}">rê chuột</div>`,
  `<p onclick="${run}">bấm</p>`,
  `<input autofocus onfocus="${run}">`,
  `<details open ontoggle="${run}">`,
  `<video><source onerror="${run}"></video>`,
  `<audio src=x onerror="${run}">`,
  `<object data="javascript:${run}"></object>`,
  `<embed src="javascript:${run}">`,
  `<math><mtext><table><mglyph><style><img src=x onerror="${run}">`,
  `<style>@import 'javascript:${run}';</style>`,
  `<div style="background:url(javascript:${run})">css url</div>`,
  `<div style="width: expression(${run})">css expression</div>`,
  `<link rel="stylesheet" href="javascript:${run}">`,
  `<meta http-equiv="refresh" content="0;url=javascript:${run}">`,
  `<form action="javascript:${run}"><button>gửi</button></form>`,
  `<button formaction="javascript:${run}">nút</button>`,
  `<scr<script>ipt>${run}</scr</script>ipt>`,
  `<img src=x onerror=${run}`,
  `"><img src=x onerror=${run}>`,
  `'';!--"<XSS>=&{()}`,
  `<<img src=x onerror=${run}>>`,
  `<noscript><p title="</noscript><img src=x onerror=${run}>">`,
  `<template><img src=x onerror=${run}></template>`,
  `<base href="javascript:${run}//">`,
  `<table background="javascript:${run}"><tr><td>ô</td></tr></table>`,
  `<a href="#" style="position:fixed;inset:0" onclick="${run}">phủ màn hình</a>`,
  `\u003cimg src=x onerror=${run}\u003e`,
  `&lt;img src=x onerror=${run}&gt;`,
];

/**
 * Editor JSON a forged request could send: foreign node types, foreign marks and
 * attributes. The validator refuses each; the HTML builder never turns one into markup.
 */
export const XSS_FOREIGN_DOCS: readonly unknown[] = [
  { type: 'doc', content: [{ type: 'htmlBlock', text: `<img src=x onerror=${run}>` }] },
  { type: 'doc', content: [{ type: 'iframe', attrs: { src: `javascript:${run}` } }] },
  { type: 'doc', content: [{ type: 'image', attrs: { src: 'x', onerror: run } }] },
  { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'link', marks: [{ type: 'link', attrs: { href: `javascript:${run}` } }] }] }] },
  { type: 'doc', content: [{ type: 'paragraph', attrs: { onclick: run, style: 'background:url(javascript:alert(1))' }, content: [{ type: 'text', text: 'p' }] }] },
  { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'script', text: run }] }] },
  { type: 'doc', content: [{ type: 'heading', attrs: { level: '1 onclick=x' }, content: [{ type: 'text', text: 'h' }] }] },
  { type: 'doc', content: [{ type: 'table', content: [{ type: 'tableRow', content: [{ type: 'tableCell', attrs: { colspan: '2" onmouseover="x' }, content: [{ type: 'paragraph' }] }] }] }] },
];
