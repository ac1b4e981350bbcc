import { isIsoDate, todayIso } from '../../domain/dates';
import { TEXT_LIMITS } from '../../domain/limits';
import { isWebAddress } from '../../domain/statement-rules';

// The provenance a news page declares about itself, read from its markup before
// Readability rewrites it: Open Graph and article: meta tags, JSON-LD (also
// inside @graph arrays, as WordPress and many CMSs write it), <time datetime>,
// and the canonical link.

export interface PageMetadata {
  title: string | null;
  siteName: string | null;
  /** yyyy-mm-dd as the page gives it (the outlet's own date, not converted to UTC). */
  published: string | null;
  author: string | null;
  /** The page's canonical address, absolute, or null when it gives none that is usable. */
  canonical: string | null;
}

type Json = Record<string, unknown>;

// A page's JSON-LD is the site's own; these bound how much of it is looked at.
const MAX_JSON_LD_SCRIPTS = 20;
const MAX_JSON_LD_CHARS = 200_000;
const MAX_NODES = 200;

/** Whitespace collapsed, length capped, empty as null. */
export function tidy(text: unknown, max = 300): string | null {
  if (typeof text !== 'string') return null;
  const clean = text.replace(/\s+/g, ' ').trim();
  return clean ? clean.slice(0, max) : null;
}

/** yyyy-mm-dd from "2024-03-05T10:00:00+05:00", "2024-03-05", "2024/03/05" or a date Date can read; null if none or in the future. */
export function publicationDay(text: unknown): string | null {
  const value = tidy(text, 100);
  if (!value) return null;
  const iso = /^(\d{4})[-/](\d{2})[-/](\d{2})/.exec(value);
  let day: string | null = iso ? `${iso[1]}-${iso[2]}-${iso[3]}` : null;
  if (!iso && /[a-z]/i.test(value) && /\d{4}/.test(value)) {
    const parsed = new Date(value);
    if (!Number.isNaN(parsed.getTime())) day = `${parsed.getFullYear()}-${String(parsed.getMonth() + 1).padStart(2, '0')}-${String(parsed.getDate()).padStart(2, '0')}`;
  }
  return day && isIsoDate(day) && day <= todayIso() && day >= '1900-01-01' ? day : null;
}

/** A person's name as a byline gives it: "By Ana Pérez" → "Ana Pérez"; a link (article:author often is one) is no name. */
function personName(text: unknown): string | null {
  const name = tidy(text, 200)?.replace(/^by\s+/i, '') ?? null;
  return name && !/^https?:\/\//i.test(name) ? name : null;
}

export function readPageMetadata(document: Document, pageUrl: string): PageMetadata {
  const meta = metaTags(document);
  const ld = jsonLdNodes(document);
  const first = <T>(...candidates: (() => T | null)[]): T | null => {
    for (const candidate of candidates) {
      const value = candidate();
      if (value !== null) return value;
    }
    return null;
  };
  return {
    title: first(
      () => tidy(meta.get('og:title')),
      () => tidy(meta.get('twitter:title')),
      () => ldField(ld, (n) => tidy(n.headline)),
    ),
    siteName: first(
      () => tidy(meta.get('og:site_name'), 200),
      () => ldField(ld, (n) => tidy(ld.deref(n.publisher)?.name, 200)),
      () => tidy(meta.get('application-name'), 200),
    ),
    published: first(
      () => publicationDay(meta.get('article:published_time')),
      () => ldField(ld, (n) => publicationDay(n.datePublished)),
      () => timeElementDay(document),
      () => publicationDay(meta.get('datepublished')),
      () => publicationDay(meta.get('og:published_time')),
      () => publicationDay(meta.get('pubdate')),
      () => publicationDay(meta.get('publishdate')),
      () => publicationDay(meta.get('dc.date.issued')),
      () => publicationDay(meta.get('date')),
    ),
    author: first(
      () => personName(meta.get('author')),
      () => ldField(ld, (n) => authorNames(n.author, ld.deref)),
      () => personName(meta.get('article:author')),
    ),
    canonical: first(
      () => canonicalAddress(linkHref(document, 'canonical'), pageUrl),
      () => canonicalAddress(meta.get('og:url') ?? null, pageUrl),
    ),
  };
}

/** Each meta tag's content by its property, name or itemprop, lower-cased; the first one of a name counts. */
function metaTags(document: Document): Map<string, string> {
  const tags = new Map<string, string>();
  for (const element of Array.from(document.querySelectorAll('meta'))) {
    const content = element.getAttribute('content');
    if (content === null) continue;
    for (const key of ['property', 'name', 'itemprop']) {
      const name = element.getAttribute(key)?.trim().toLowerCase();
      if (name && !tags.has(name)) tags.set(name, content);
    }
  }
  return tags;
}

function linkHref(document: Document, rel: string): string | null {
  for (const element of Array.from(document.querySelectorAll('link'))) {
    const rels = (element.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
    if (rels.includes(rel)) return element.getAttribute('href');
  }
  return null;
}

function canonicalAddress(href: string | null, pageUrl: string): string | null {
  if (!href?.trim()) return null;
  try {
    const url = new URL(href.trim(), pageUrl).href;
    return isWebAddress(url) && url.length <= TEXT_LIMITS.url ? url : null;
  } catch {
    return null;
  }
}

/** The date of the article's <time>: one marked as the publication's first, then one inside <article>, then any. */
function timeElementDay(document: Document): string | null {
  const selectors = ['time[itemprop="datePublished"]', 'time[pubdate]', 'article time[datetime]', 'time[datetime]'];
  for (const selector of selectors) {
    const element = document.querySelector(selector);
    const day = publicationDay(element?.getAttribute('datetime') ?? element?.textContent);
    if (day) return day;
  }
  return null;
}

/** "Ana Pérez", {name: "Ana Pérez"}, a reference to a Person node, or a list of them, as one line of up to three names. */
function authorNames(author: unknown, deref: JsonLd['deref']): string | null {
  const list = Array.isArray(author) ? author : [author];
  const names = list.slice(0, 3).map((a) => personName(typeof a === 'string' ? a : deref(a)?.name)).filter((n): n is string => n !== null);
  return names.length ? names.join(', ') : null;
}

const ARTICLE_TYPES = /article|posting|report/i;

interface JsonLd {
  /** Every object, articles first, flattened out of arrays and @graph. */
  nodes: Json[];
  /** An object, or the node a {"@id": …} reference names (how @graph ties an article to its author and publisher). */
  deref: (value: unknown) => Json | null;
}

function jsonLdNodes(document: Document): JsonLd {
  const nodes: Json[] = [];
  const visit = (value: unknown, depth: number) => {
    if (nodes.length >= MAX_NODES || depth > 4 || typeof value !== 'object' || value === null) return;
    if (Array.isArray(value)) return value.forEach((v) => visit(v, depth + 1));
    const node = value as Json;
    nodes.push(node);
    if (Array.isArray(node['@graph'])) visit(node['@graph'], depth + 1);
  };
  const scripts = Array.from(document.querySelectorAll('script[type="application/ld+json"]')).slice(0, MAX_JSON_LD_SCRIPTS);
  for (const script of scripts) {
    const text = script.textContent ?? '';
    if (text.length > MAX_JSON_LD_CHARS) continue;
    try {
      visit(JSON.parse(text), 0);
    } catch {
      // A site's broken JSON-LD is only one source among several.
    }
  }
  const isArticle = (n: Json) => [n['@type']].flat().some((t) => typeof t === 'string' && ARTICLE_TYPES.test(t));
  const byId = new Map<string, Json>();
  for (const node of nodes) if (typeof node['@id'] === 'string' && !byId.has(node['@id'])) byId.set(node['@id'], node);
  const deref = (value: unknown): Json | null => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
    const node = value as Json;
    return node.name === undefined && typeof node['@id'] === 'string' ? (byId.get(node['@id']) ?? node) : node;
  };
  return { nodes: [...nodes.filter(isArticle), ...nodes.filter((n) => !isArticle(n))], deref };
}

function ldField<T>({ nodes }: JsonLd, read: (node: Json) => T | null): T | null {
  for (const node of nodes) {
    const value = read(node);
    if (value !== null) return value;
  }
  return null;
}
