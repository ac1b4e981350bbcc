import { jsonLdText } from '@/app/lib/publish/json-ld';

/**
 * Structured data for machines reading the page. A data block, not a script:
 * the browser never runs it, so the Content-Security-Policy's nonce is not needed.
 */
export function JsonLd({ data }: { data: object }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLdText(data) }} />;
}
