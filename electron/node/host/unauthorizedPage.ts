/**
 * What a browser shows for the app's address without its token (a bookmark, a typed URL): how to open
 * the app, in Chinese and English, instead of the API's {"code":"unauthorized"}. Plain HTML, nothing
 * loaded, nothing run.
 */
export const UNAUTHORIZED_PAGE = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>千万工程写作助手 · 需要访问令牌</title>
<style>body{font:15px/1.7 "Noto Sans CJK SC","Microsoft YaHei",sans-serif;max-width:640px;margin:12vh auto;padding:0 20px;color:#2b2925}code{background:#f1eee7;padding:1px 4px;border-radius:3px}p.en{color:#6f6a60}</style>
</head><body>
<h1>请用带访问令牌的网址打开</h1>
<p>为保护你的文稿，浏览器版只接受带有访问令牌（token）的网址。请回到启动它的终端窗口，复制其中以
<code>?token=</code> 结尾的完整网址打开；也可以重新运行 <code>npm start</code> 或 <code>qianwan serve</code>，它会自动打开窗口。</p>
<p>终端窗口需要保持打开：关闭它，程序就停止了。</p>
<p class="en">This address needs its access token. Copy the full address ending in <code>?token=…</code> from the terminal
that started the app (keep that terminal open), or run <code>npm start</code> / <code>qianwan serve</code> again.</p>
</body></html>
`;
