/**
 * Hostile Markdown for the cooking tests (unit: structure of the output; browser: nothing runs).
 * Each payload that would execute sets `top.__xss` to its case name (on the page itself `top` is
 * `window`; inside a frame it still reaches the page), so a browser test can tell which one got
 * through. The cases cover what markdown-it could let through (link and image URLs in every
 * spelling, titles, alt text, code info strings, mention names) and raw HTML, which must come
 * out as text, including the mutation-XSS shapes that defeat sanitizers that re-parse HTML.
 */
export interface XssCase {
  readonly name: string;
  readonly raw: string;
}

const UPLOAD = '/api/uploads/3f2a9c4e-5b6d-4e7f-8a9b-0c1d2e3f4a5b';
const MENTIONED = '7d1e2f3a-4b5c-4d6e-8f7a-9b0c1d2e3f4a';
const base64 = (text: string) => Buffer.from(text).toString('base64');
/** `javascript:` with every letter as a decimal or hex HTML entity. */
const entities = (text: string, hex: boolean) => [...text].map((c) => (hex ? `&#x${c.charCodeAt(0).toString(16)};` : `&#${c.charCodeAt(0)};`)).join('');

const CASES: ReadonlyArray<readonly [string, (js: string) => string]> = [
  // Raw HTML: markdown-it escapes it; the sanitizer would drop it.
  ['script-tag', (js) => `<script>${js}</script>`],
  ['script-inline', (js) => `Hello <script>${js}</script> world`],
  ['script-uppercase-split', (js) => `<SCRIPT\n>${js}</SCRIPT\n>`],
  ['img-onerror', (js) => `<img src=x onerror="${js}">`],
  ['img-onerror-unquoted', (js) => `<img src=x onerror=${js}>`],
  ['img-onerror-in-bold', (js) => `**<img src=x onerror="${js}">**`],
  ['img-onerror-in-heading', (js) => `# <img src=x onerror="${js}">`],
  ['img-onerror-in-table', (js) => `| a |\n| --- |\n| <img src=x onerror="${js}"> |`],
  ['img-onerror-in-link-text', (js) => `[<img src=x onerror="${js}">](https://example.org)`],
  ['img-onload-svg-data', (js) => `<img src="data:image/svg+xml;base64,${base64('<svg xmlns="http://www.w3.org/2000/svg"/>')}" onload="${js}">`],
  ['body-onload', (js) => `<body onload="${js}">`],
  ['div-onmouseover', (js) => `<div onmouseover="${js}" style="position:fixed;inset:0">hover me</div>`],
  ['details-ontoggle', (js) => `<details open ontoggle="${js}"><summary>x</summary></details>`],
  ['input-autofocus-onfocus', (js) => `<input autofocus onfocus="${js}">`],
  ['video-source-onerror', (js) => `<video><source onerror="${js}"></video>`],
  ['audio-onerror', (js) => `<audio src=x onerror="${js}"></audio>`],
  ['svg-onload', (js) => `<svg onload="${js}"></svg>`],
  ['svg-script', (js) => `<svg><script>${js}</script></svg>`],
  ['svg-animate-href', (js) => `<svg><a><animate attributeName=href values=javascript:${js} /><text x=20 y=20>click</text></a></svg>`],
  ['xlink-href', (js) => `<a xlink:href="javascript:${js}">click</a>`],
  ['a-href-entities', (js) => `<a href="${entities('javascript:', true)}${js}">click</a>`],
  ['a-href-tab', (js) => `<a href="java\tscript:${js}">click</a>`],
  ['a-href-leading-control', (js) => `<a href=" &#14; javascript:${js}">click</a>`],
  ['iframe-javascript', (js) => `<iframe src="javascript:${js}"></iframe>`],
  ['iframe-srcdoc', (js) => `<iframe srcdoc="<script>${js}</script>"></iframe>`],
  ['object-data', (js) => `<object data="data:text/html;base64,${base64(`<script>${js}</script>`)}"></object>`],
  ['embed-src', (js) => `<embed src="javascript:${js}">`],
  ['form-formaction', (js) => `<form><button formaction="javascript:${js}">send</button></form>`],
  ['form-action', (js) => `<form action="javascript:${js}"><input type=submit></form>`],
  ['meta-refresh', (js) => `<meta http-equiv="refresh" content="0;url=javascript:${js}">`],
  ['base-href', (js) => `<base href="javascript:${js}//">[home](/)`],
  ['style-element', (js) => `<style>body{background:url("javascript:${js}")}</style>`],
  ['style-attribute-expression', (js) => `<p style="width:expression(${js})">x</p>`],
  ['link-stylesheet', (js) => `<link rel=stylesheet href="javascript:${js}">`],
  // Mutation XSS: harmless as first parsed, dangerous once serialised and parsed again.
  ['mxss-noscript-title', (js) => `<noscript><p title="</noscript><img src=x onerror=${js}>">`],
  ['mxss-svg-style', (js) => `<svg></p><style><a id="</style><img src=1 onerror=${js}>">`],
  ['mxss-math-mglyph', (js) => `<math><mtext><table><mglyph><style><!--</style><img title="--&gt;&lt;/mglyph&gt;&lt;img&Tab;src=1&Tab;onerror=${js}&gt;">`],
  ['mxss-textarea', (js) => `<textarea></textarea><img src=x onerror=${js}>`],
  ['mxss-xmp', (js) => `<xmp><p title="</xmp><img src=x onerror=${js}>">`],
  ['html-comment', (js) => `<!--<img src="--><img src=x onerror=${js}>">`],
  ['html-comment-bang', (js) => `<!--!><img src=x onerror=${js}>-->`],
  ['cdata', (js) => `<![CDATA[><img src=x onerror=${js}>]]>`],
  ['unclosed-img', (js) => `<img src=x onerror=${js}`],
  ['unclosed-a', (js) => `<a href="javascript:${js}">click`],
  ['template-img', (js) => `<template><img src=x onerror=${js}></template>`],
  // Code: shown as text, never as markup.
  ['code-span-img', (js) => `\`<img src=x onerror=${js}>\``],
  ['code-span-nested-backticks', (js) => `\`\` \` <img src=x onerror=${js}> \` \`\``],
  ['code-span-unbalanced', (js) => `\`\`<img src=x onerror=${js}>\` <img src=y onerror=${js}>`],
  ['code-block-html', (js) => `\`\`\`html\n<img src=x onerror=${js}>\n<script>${js}</script>\n\`\`\``],
  ['code-indented-html', (js) => `    <img src=x onerror=${js}>`],
  ['fence-info-attribute', (js) => `\`\`\`" onmouseover="${js}\ncode\n\`\`\``],
  ['fence-info-tag', (js) => `\`\`\`<img/src=x/onerror=${js}>\ncode\n\`\`\``],
  // Markdown links in every spelling of a script URL.
  ['md-link-javascript', (js) => `[click](javascript:${js})`],
  ['md-link-javascript-mixed-case', (js) => `[click](JaVaScRiPt:${js})`],
  ['md-link-javascript-decimal-entities', (js) => `[click](${entities('javascript:', false)}${js})`],
  ['md-link-javascript-hex-entities', (js) => `[click](${entities('javascript:', true)}${js})`],
  ['md-link-javascript-entity-tab', (js) => `[click](java&#x09;script:${js})`],
  ['md-link-javascript-named-tab', (js) => `[click](java&Tab;script:${js})`],
  ['md-link-javascript-newline-entity', (js) => `[click](java&#x0A;script:${js})`],
  ['md-link-javascript-colon-entity', (js) => `[click](javascript&colon;${js})`],
  ['md-link-javascript-angle-brackets', (js) => `[click](<javascript:${js}>)`],
  ['md-link-javascript-angle-space', (js) => `[click](< javascript:${js}>)`],
  ['md-link-javascript-escaped-colon', (js) => `[click](javascript\\:${js})`],
  ['md-link-javascript-null-byte', (js) => `[click](java\0script:${js})`],
  ['md-link-javascript-fullwidth', (js) => `[click](ｊａｖａｓｃｒｉｐｔ:${js})`],
  ['md-link-javascript-title-breakout', (js) => `[click](javascript:${js} "title")`],
  ['md-link-title-breakout', (js) => `[click](https://example.org "a&quot; onmouseover=&quot;${js}")`],
  ['md-link-quote-reply', (js) => `> **Ada** [wrote](javascript:${js}):\n> hello`],
  ['md-link-around-upload-image', (js) => `[![photo](${UPLOAD})](javascript:${js})`],
  ['md-link-vbscript', () => '[click](vbscript:msgbox(1))'],
  ['md-link-data-html', (js) => `[click](data:text/html;base64,${base64(`<script>${js}</script>`)})`],
  ['md-link-data-svg', (js) => `[click](data:image/svg+xml;base64,${base64(`<svg xmlns="http://www.w3.org/2000/svg" onload="${js}"/>`)})`],
  ['md-link-protocol-relative', () => '[click](//evil.example/steal)'],
  ['md-reference-javascript', (js) => `[click][evil]\n\n[evil]: javascript:${js}`],
  ['md-reference-entities', (js) => `[click][evil]\n\n[evil]: ${entities('javascript:', true)}${js}`],
  ['md-reference-data', (js) => `[click][evil]\n\n[evil]: data:text/html;base64,${base64(`<script>${js}</script>`)}`],
  ['md-reference-image-javascript', (js) => `![photo][evil]\n\n[evil]: javascript:${js}`],
  ['md-autolink-javascript', (js) => `<javascript:${js}>`],
  ['md-autolink-javascript-upper', (js) => `<JAVASCRIPT:${js}>`],
  ['md-autolink-vbscript', () => '<vbscript:msgbox(1)>'],
  ['md-autolink-data', (js) => `<data:text/html;base64,${base64(`<script>${js}</script>`)}>`],
  ['md-autolink-email-breakout', (js) => `<a@b.co"onmouseover="${js}>`],
  ['md-linkify-quote-breakout', (js) => `https://example.org/"onmouseover="${js}"`],
  ['md-linkify-javascript', (js) => `javascript:${js}`],
  // Markdown images: only our uploads and allowed hosts, never a script or data URL.
  ['md-image-javascript', (js) => `![photo](javascript:${js})`],
  ['md-image-data-svg', (js) => `![photo](data:image/svg+xml;base64,${base64(`<svg xmlns="http://www.w3.org/2000/svg"><script>${js}</script></svg>`)})`],
  ['md-image-data-png', () => '![photo](data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==)'],
  ['md-image-alt-breakout', (js) => `![" onerror="${js}](${UPLOAD})`],
  ['md-image-title-breakout', (js) => `![photo](${UPLOAD} "a&quot; onerror=&quot;${js}")`],
  ['md-image-upload-lookalike', (js) => `![photo](/api/uploads/../../x" onerror="${js})`],
  ['md-image-foreign-host', () => '![tracking pixel](https://tracker.example/pixel.gif)'],
  // Mentions: the name is text, the id a UUID.
  ['mention-name-tag', (js) => `@[<img src=x onerror=${js}>](mention:${MENTIONED})`],
  ['mention-name-attribute', (js) => `@[" onmouseover="${js}](mention:${MENTIONED})`],
  ['mention-bad-id', (js) => `@[Ada](mention:"onmouseover="${js})`],
];

// `void`: a `javascript:` URL whose value is a string would replace the page, and its window
// with the evidence.
export const XSS_CORPUS: readonly XssCase[] = CASES.map(([name, make]) => ({ name, raw: make(`void(top.__xss='${name}')`) }));
