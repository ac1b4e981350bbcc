-- What SQLite's migrations 0005 and 0014 add by hand, in PostgreSQL's words.
--
-- Pair revisions and live counts per stated order, kept by a trigger so every
-- writer (the app on any instance, an import, psql by hand) moves them: a
-- cached analysis of a pair knows it is stale by reading one row.
CREATE FUNCTION tradewatch_statements_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF TG_OP IN ('UPDATE', 'DELETE') THEN
		INSERT INTO pair_revisions (pair, revision) VALUES (OLD.pair, 1)
			ON CONFLICT (pair) DO UPDATE SET revision = pair_revisions.revision + 1;
		UPDATE pair_orders SET live_statements = live_statements - (OLD.deleted_at IS NULL)::int
			WHERE pair = OLD.pair AND economy_a = OLD.economy_a AND economy_b = OLD.economy_b;
	END IF;
	IF TG_OP IN ('INSERT', 'UPDATE') THEN
		INSERT INTO pair_revisions (pair, revision) VALUES (NEW.pair, 1)
			ON CONFLICT (pair) DO UPDATE SET revision = pair_revisions.revision + 1;
		INSERT INTO pair_orders (pair, economy_a, economy_b, live_statements)
			VALUES (NEW.pair, NEW.economy_a, NEW.economy_b, (NEW.deleted_at IS NULL)::int)
			ON CONFLICT (pair, economy_a, economy_b) DO UPDATE SET live_statements = pair_orders.live_statements + excluded.live_statements;
	END IF;
	RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER statements_changed AFTER INSERT OR UPDATE OR DELETE ON statements
	FOR EACH ROW EXECUTE FUNCTION tradewatch_statements_changed();
--> statement-breakpoint
-- The statements browser's full-text document over what people search by (the
-- quote and who said it where), as FTS5's unicode61 tokenizer reads it: words
-- without stemming, diacritics removed, and punctuation between them (the
-- simple parser alone would keep info@kabulnow.af, U.S. and 1.5 whole, where
-- FTS5 finds kabulnow, u and 5; the query side must split the same way). A
-- stored generated column, so
-- PostgreSQL itself keeps it for every writer, with no trigger to forget.
-- unaccent is a trusted extension (PostgreSQL 13+): a database's owner may
-- create it, managed services included. unaccent() itself is only STABLE (its
-- dictionary could change), and a generated column needs an IMMUTABLE
-- expression, hence the wrapper naming the dictionary.
CREATE EXTENSION IF NOT EXISTS unaccent WITH SCHEMA public;
--> statement-breakpoint
CREATE FUNCTION tradewatch_unaccent(text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
	AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$;
--> statement-breakpoint
ALTER TABLE statements ADD COLUMN search_document tsvector GENERATED ALWAYS AS (
	to_tsvector('simple'::regconfig, regexp_replace(tradewatch_unaccent(
		coalesce(quote, '') || ' ' || coalesce(speaker, '') || ' ' || coalesce(speaker_role, '') || ' ' ||
		coalesce(organisation, '') || ' ' || coalesce(outlet, '') || ' ' || coalesce(notes, '')
	), '[[:punct:]]', ' ', 'g'))
) STORED;
--> statement-breakpoint
CREATE INDEX statements_search_document ON statements USING gin (search_document);
