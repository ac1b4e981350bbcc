import { NotFoundMessage } from '@/app/ui/site/not-found-message';

/** A site page that called notFound(), such as a statement that does not exist: inside the site's layout already. */
export default function NotFound() {
  return <NotFoundMessage />;
}
