import { z } from 'zod';
import { count, described, path, share, text } from './fields';

/*
 * A speaker as GET /api/speakers gives it: every spelling grouped under one
 * normalised name, how much they said, and how their targets turned out on
 * today's date (the verdicts /speakers/<slug> shows, from target_verdicts).
 */

export const speakerSchema = z
  .object({
    name: text('The most used spelling of the name.'),
    slug: described(z.string().min(1), 'The name’s key in addresses: /speakers/<slug>.'),
    spellings: described(z.array(z.string()), 'Every spelling on file grouped under this name (normalised for case, diacritics and titles such as “Mr.”, or merged by an editor), most used first.'),
    statement_count: count('Live statements by this speaker, of every kind.'),
    targets: count('Targets (projected figures) this speaker stated.'),
    met: count('Targets due by today that were met.'),
    missed: count('Targets due by today that were missed.'),
    disputed: count('Targets due by today whose reported figures disagree on whether they were met.'),
    no_reported_figure: count('Targets due by today with no reported figure for their period yet.'),
    not_yet_due: count('Targets whose period has not ended by today.'),
    median_share: share('The median, over targets met or missed that have one, of the reported figure as a share of the target'),
    summary: text('The track record in a sentence, as the speaker’s page shows it (“1 target: 1 missed (19% of target)”).'),
    record_url: path('The speaker’s page'),
    statements_url: path('Their statements through the API'),
  })
  .meta({ id: 'Speaker', description: 'A person (or institution) quoted in statements, with the track record of their targets.' });

export const speakerListSchema = z
  .object({ speakers: described(z.array(speakerSchema), 'Every speaker matching the query, most statements first.') })
  .meta({ id: 'SpeakerList', description: 'The speakers on file.' });

export type ApiSpeaker = z.infer<typeof speakerSchema>;
