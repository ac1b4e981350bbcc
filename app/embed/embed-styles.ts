// The embed's own stylesheet, written into its page: the page is one request,
// with no site stylesheet and no script. (No angle brackets or ampersands:
// the text is escaped like any other.)
export const EMBED_STYLES = `
:root { --text: #1b1f24; --muted: #57606a; --surface: #ffffff; --accent: #0b5cad; --pending: #6e5600; color: var(--text); background: var(--surface);
  font-family: system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif; line-height: 1.45; }
body { margin: 0; }
a { color: var(--accent); }
main { padding: 0.75rem 1rem; }
h1 { font-size: 1.3rem; margin: 0 0 0.25rem; line-height: 1.25; }
.headline { margin: 0 0 0.5rem; font-size: 1.05rem; }
.pinned { margin: 0 0 0.5rem; padding: 0.25rem 0.5rem; border-left: 4px solid var(--pending); background: #fff8e1; font-size: 0.9rem; }
figure { margin: 0; }
figure svg { display: block; width: 100%; height: auto; }
figure a:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
figcaption, footer { color: var(--muted); font-size: 0.85rem; }
footer p { margin: 0.25rem 0; }
`;
