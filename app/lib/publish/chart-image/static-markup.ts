import { Fragment, type ReactNode } from 'react';

// React's own renderToStaticMarkup cannot run here: Next.js compiles route
// handlers for React Server Components, where react-dom/server throws by design
// ("not supported in React Server Components"). The chart and the embed page
// are plain elements and function components without hooks, so writing their
// markup takes a few lines, as satori does for the same reason.

// SVG attributes React spells in camelCase that SVG spells the same way; every other camelCase name is kebab-case in SVG.
const CAMEL_IN_SVG = new Set(['viewBox', 'preserveAspectRatio', 'textLength', 'lengthAdjust', 'gradientUnits', 'gradientTransform', 'patternUnits', 'markerWidth', 'markerHeight', 'refX', 'refY', 'pathLength']);

// Elements written as <x/> when empty: SVG shapes, and HTML's void elements. Any other is closed (<p></p>), which both HTML and XML read.
const SELF_CLOSING = new Set(['rect', 'circle', 'ellipse', 'line', 'path', 'polygon', 'polyline', 'stop', 'use', 'meta', 'link', 'br', 'img', 'hr', 'input']);

// Characters XML forbids (C0 controls but tab and line breaks, U+FFFE/U+FFFF, lone surrogates): a vertical tab pasted
// from Word into a speaker's name would make the whole SVG unreadable to resvg and to browsers, so each becomes U+FFFD.
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const escapeText = (text: string) => text.replace(NOT_XML, '\uFFFD').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (text: string) => escapeText(text).replace(/"/g, '&quot;');

function attributeName(prop: string): string {
  if (prop === 'className') return 'class';
  if (prop === 'xlinkHref') return 'xlink:href';
  if (prop === 'charSet') return 'charset';
  if (CAMEL_IN_SVG.has(prop) || prop.startsWith('aria-') || prop.startsWith('data-')) return prop;
  return prop.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

function attributes(props: Record<string, unknown>): string {
  let out = '';
  for (const [prop, value] of Object.entries(props)) {
    if (prop === 'children' || prop === 'key' || value === null || value === undefined || value === false || typeof value === 'function') continue;
    if (typeof value === 'object') throw new Error(`The chart's SVG takes no object attributes (${prop})`);
    out += ` ${attributeName(prop)}="${escapeAttribute(value === true ? '' : String(value))}"`;
  }
  return out;
}

interface ElementLike {
  type: unknown;
  props: Record<string, unknown> & { children?: ReactNode };
}

const isElement = (node: unknown): node is ElementLike => typeof node === 'object' && node !== null && 'type' in node && 'props' in node;

/** The markup of a tree of elements (SVG or HTML) and hook-free function components. */
export function staticMarkup(node: ReactNode): string {
  if (node === null || node === undefined || typeof node === 'boolean') return '';
  if (typeof node === 'string' || typeof node === 'number' || typeof node === 'bigint') return escapeText(String(node));
  if (Array.isArray(node)) return node.map(staticMarkup).join('');
  if (!isElement(node)) throw new Error('The chart can only be drawn from elements, text and arrays');
  const { type, props } = node;
  if (type === Fragment) return staticMarkup(props.children);
  if (typeof type === 'function') return staticMarkup((type as (p: unknown) => ReactNode)(props));
  if (typeof type !== 'string') throw new Error('Only elements and function components can be written out');
  const children = staticMarkup(props.children);
  return children || !SELF_CLOSING.has(type) ? `<${type}${attributes(props)}>${children}</${type}>` : `<${type}${attributes(props)}/>`;
}
