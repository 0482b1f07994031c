package uk.org.wmca.planforgrowth.source;

import uk.org.wmca.planforgrowth.content.ContentDocument.SourceRecord;
import uk.org.wmca.planforgrowth.content.ContentType;

/** The source type: a cited publication, keyed by its public id; it refers to nothing. */
public final class SourceType extends ContentType<Source, SourceRecord> {

    public SourceType() {
        super(Source.class, SourceRecord.class, SourceService.LIST, SourceRecord::id);
    }

    @Override
    public SourceRecord export(Source s) {
        return new SourceRecord(s.slug, s.title, s.publisher, s.url);
    }

    @Override
    public void apply(SourceRecord r, Source source, Resolver content) {
        source.slug = r.id();
        source.title = r.title();
        source.publisher = r.publisher();
        source.url = r.url();
    }
}
