/** The gallery's stylesheet: system fonts only (no external request); theme colours come in as CSS variables. */
export const GALLERY_CSS = [
  'body{margin:0;font:14px/1.4 Inter,system-ui,-apple-system,"Segoe UI",sans-serif;background:#0a0a0a;color:#fff}',
  '.defs{position:absolute;width:0;height:0;overflow:hidden}',
  'header{padding:24px 32px}header h1{margin:0 0 8px;font-size:22px}nav a{color:inherit;margin-right:16px}',
  '.theme{background:var(--bg);color:var(--title);padding:24px 32px 40px}',
  '.theme h2{margin:0;font-size:20px}.theme p{margin:4px 0 8px;color:var(--sub)}',
  '.theme h3{margin:24px 0 10px;font-size:13px;text-transform:uppercase;letter-spacing:.08em}',
  '.theme h3 small{color:var(--sub);font-weight:400}',
  '.grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(210px,1fr));gap:12px}',
  '.card{display:flex;align-items:center;gap:10px;margin:0;padding:10px 12px;background:var(--fill);',
  'border:var(--border) solid var(--accent);border-radius:var(--radius);box-shadow:var(--glow,none);min-width:0}',
  '.icon{flex:none;width:28px;height:28px;color:var(--icon)}',
  'figcaption{display:flex;flex-direction:column;min-width:0}',
  'figcaption>*{overflow:hidden;text-overflow:ellipsis;white-space:nowrap}.label{white-space:normal}',
  '.label{color:var(--label);font-weight:600}',
  'code,.meta{color:var(--sub);font-size:12px}code{font-family:ui-monospace,SFMono-Regular,Menlo,monospace}',
].join('');
